/**
 * The only module that reads content collections. It loads everything once,
 * runs the cross-checks and the editorial checks (a bad reference, copied
 * prose or an outside name fails the build here, naming file and field) and
 * hands pages a ready-to-use, indexed model.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { hashFiles, listFiles } from '@/lib/files';
import { getCollection, type CollectionKey } from 'astro:content';
import { engineFingerprint } from '@/lib/diagrams/dom-workers';
import { buildModel, type Model } from './model';
import type { Corpus, Entry } from './types';
import { collectionNames } from '@/schemas/collections';
import { assertContent, copyCheckNote } from './content-check';
import { readEditorialInput } from './content-files';
import { LOAD_ERROR_ID } from '@/plugins/yaml-loader';

let cached: Promise<Loaded> | undefined;

interface Loaded {
  model: Model;
  corpus: Corpus;
}
/** Each loaded corpus's digest (in dev every request loads afresh, so each load has its own). */
const digests = new WeakMap<Corpus, string>();
/** The copy check's one line is printed once per process, not on every dev request. */
let noted = false;

async function load(): Promise<Loaded> {
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
  return { model: buildModel(corpus), corpus };
}

/** The content, the site's own code (every file under src/, the configuration) and the diagram engine's files and fonts. */
function digestOf(corpus: Corpus): string {
  const hash = createHash('sha256').update(JSON.stringify(corpus)).update(engineFingerprint());
  hashFiles(hash, [...listFiles(join(process.cwd(), 'src')), join(process.cwd(), 'astro.config.mjs')]);
  return hash.digest('hex').slice(0, 20);
}

/** The validated, indexed content model (loaded once per build; in dev on every request, so edits show). */
export async function getModel(): Promise<Model> {
  return (await loaded()).model;
}

function loaded(): Promise<Loaded> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/**
 * A digest of all a page is drawn from: every entry of the content, the site's own code and the
 * diagram engine. The dynamic routes give it as their `cacheKey`, so the build's incremental
 * cache reuses last build's page only while none of these changed (Astro adds the configuration
 * and the lockfile). Any change renders every page again: a page's own inputs are not tracked.
 */
export async function contentDigest(): Promise<string> {
  const { corpus } = await loaded();
  let digest = digests.get(corpus);
  if (!digest) digests.set(corpus, (digest = digestOf(corpus)));
  return digest;
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
