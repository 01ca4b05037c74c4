/**
 * The only module that reads content collections. It loads everything once,
 * runs the cross-checks and the editorial checks (a bad reference, copied
 * prose or an outside name fails the build here, naming file and field) and
 * hands pages a ready-to-use, indexed model.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { buildModel, type Model } from './model';
import type { Corpus, Entry } from './types';
import { collectionNames } from '@/schemas/collections';
import { assertContent, copyCheckNote } from './content-check';
import { readEditorialInput } from './content-files';
import { LOAD_ERROR_ID } from '@/plugins/yaml-loader';

let cached: Promise<Model> | undefined;
/** The copy check's one line is printed once per process, not on every dev request. */
let noted = false;

async function load(): Promise<Model> {
  const entries = async (name: CollectionKey): Promise<Entry<unknown>[]> =>
    (await getCollection(name)).map((e) => {
      // In dev a collection whose files do not load holds only this marker: fail the page with its message.
      if (e.id === LOAD_ERROR_ID) throw new Error((e.data as unknown as { message: string }).message);
      return {
        id: e.id,
        filePath: e.filePath ?? `content/${name}/${e.id}`,
        data: e.data as unknown,
        ...('body' in e && typeof e.body === 'string' ? { body: e.body } : {}),
      };
    });
  const loaded: Record<string, Entry<unknown>[]> = {};
  for (const name of collectionNames) loaded[name] = await entries(name);
  const corpus = loaded as Corpus;
  // The cross-checks and the editorial checks (own words, outside names, spellings, counts), all problems at once.
  const input = readEditorialInput(corpus);
  if (!noted) console.log(copyCheckNote(corpus, input.textsDir, input.texts));
  noted = true;
  assertContent(corpus, input);
  return buildModel(corpus);
}

/** The validated, indexed content model (loaded once per build; in dev on every request, so edits show). */
export function getModel(): Promise<Model> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Article entries with their renderable content, for `render()`. */
export async function getArticleEntries() {
  return (await getCollection('articles')).sort((a, b) => a.id.localeCompare(b.id));
}

/** A long-form page entry (home story, About) for `render()`. */
export async function getPageEntry(id: string) {
  const entry = (await getCollection('pages')).find((e) => e.id === id);
  if (!entry) throw new Error(`content/pages/${id}.mdx is missing`);
  return entry;
}
