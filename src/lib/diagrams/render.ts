/**
 * One renderer for every diagram of a build: mermaid source → inline SVG.
 * All diagrams share one headless-browser session; each SVG is cached on disk
 * under a hash of its source, options and the mermaid version, so a warm
 * rebuild renders nothing. The browser is passed in, so tests can use a fake.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mermaidConfig } from './theme';

/** Something that turns mermaid sources into SVG strings, in one session. */
export interface DiagramBrowser {
  render(items: { id: string; code: string }[]): Promise<({ svg: string } | { error: string })[]>;
  close(): Promise<void>;
}

export interface RenderStats {
  rendered: number;
  cached: number;
}

/** Raised when a diagram does not parse; names where the diagram came from. */
export class DiagramError extends Error {
  override name = 'DiagramError';
}

export interface RendererOptions {
  cacheDir: string;
  /** Starts the browser on first need (never when every diagram is cached). */
  launch: () => Promise<DiagramBrowser>;
  /** Part of the cache key: a new mermaid version re-renders everything. */
  version: string;
}

/** Stable short hash used for cache keys and SVG ids. */
export function diagramHash(code: string, version: string): string {
  return createHash('sha256')
    .update(JSON.stringify([code, mermaidConfig, version]))
    .digest('hex')
    .slice(0, 16);
}

/** Creates a renderer; `render(code, origin)` returns the SVG for one diagram. */
export function createRenderer(opts: RendererOptions) {
  let browser: Promise<DiagramBrowser> | undefined;
  const stats: RenderStats = { rendered: 0, cached: 0 };
  mkdirSync(opts.cacheDir, { recursive: true });

  async function render(code: string, origin: string): Promise<string> {
    const hash = diagramHash(code, opts.version);
    const file = join(opts.cacheDir, `${hash}.svg`);
    if (existsSync(file)) {
      stats.cached++;
      return readFileSync(file, 'utf8');
    }
    browser ??= opts.launch();
    const [result] = await (await browser).render([{ id: `d${hash}`, code }]);
    if (!result || 'error' in result) {
      throw new DiagramError(`Diagram in ${origin} does not parse: ${result?.error ?? 'no output'}`);
    }
    stats.rendered++;
    writeFileSync(file, result.svg);
    return result.svg;
  }

  async function close(): Promise<void> {
    if (browser) await (await browser).close();
    browser = undefined;
  }

  return { render, close, stats };
}
export type Renderer = ReturnType<typeof createRenderer>;
