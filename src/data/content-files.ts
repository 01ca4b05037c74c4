/**
 * What the editorial checks (`content-check.ts`) read from disk besides the
 * content collections: the report texts, kept beside the repository
 * (`REPORT_TEXTS`, by default `../shared/sources` from the repository root),
 * and the text of the site's pages and components, whose prose is checked like
 * the content's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { listFiles } from '@/lib/files';
import { paragraphsOf } from '@/lib/text';
import type { Corpus } from './types';
import type { EditorialInput, ProseFile, ReportTexts } from './content-check';

/** Where the report texts are kept when REPORT_TEXTS does not say, from the repository root. */
const DEFAULT_REPORT_TEXTS = '../shared/sources';

/** The folder of report texts: REPORT_TEXTS (relative to the repository root, or absolute), else ../shared/sources. */
function reportTextsDir(root = process.cwd()): string {
  return resolve(root, process.env.REPORT_TEXTS || DEFAULT_REPORT_TEXTS);
}

/** Each report's text as paragraphs, by source id; undefined when the folder is not there. */
function readReportTexts(sources: Corpus['sources'], dir: string): ReportTexts | undefined {
  if (!existsSync(dir)) return undefined;
  const paragraphs = new Map<string, string[]>();
  const missing: string[] = [];
  for (const s of sources) {
    const file = join(dir, s.data.textFile);
    if (existsSync(file)) paragraphs.set(s.id, paragraphsOf(readFileSync(file, 'utf8')));
    else missing.push(s.id);
  }
  return paragraphs.size ? { dir, paragraphs, missing } : undefined;
}

/** Folders whose files hold prose a reader sees: the pages and what they are built of. */
const PROSE_DIRS = ['src/pages', 'src/components', 'src/layouts'];

/** The text of every page, component and layout, named by its path from the repository root. */
function readSiteProse(root = process.cwd()): ProseFile[] {
  return PROSE_DIRS.filter((d) => existsSync(join(root, d)))
    .flatMap((d) => listFiles(join(root, d)))
    .filter((f) => /\.(astro|ts|mdx?)$/.test(f))
    .map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }));
}

/** The line of its file each MDX body starts on (bodies come trimmed), so a message can name the file's line. */
function readBodyStarts(entries: { filePath: string; body?: string }[], root = process.cwd()): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) {
    const path = resolve(root, e.filePath);
    const body = e.body?.trim();
    if (!body || !existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf(body.slice(0, 200));
    if (at >= 0) out.set(e.filePath, text.slice(0, at).split('\n').length);
  }
  return out;
}

/** Everything the editorial checks need from disk, for the corpus at hand. */
export function readEditorialInput(
  c: Pick<Corpus, 'sources' | 'articles' | 'pages'>,
  root = process.cwd(),
): EditorialInput & { textsDir: string } {
  const textsDir = reportTextsDir(root);
  return {
    texts: readReportTexts(c.sources, textsDir),
    prose: readSiteProse(root),
    bodyStarts: readBodyStarts([...c.articles, ...c.pages], root),
    textsDir,
  };
}
