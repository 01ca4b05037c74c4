/**
 * One renderer for every diagram of a build: mermaid source → inline SVG.
 * Each SVG is cached on disk under a hash of its source, options and the
 * engine's version (with the source beside it, which the parity test reads),
 * so a warm rebuild renders nothing. The engine that lays diagrams out is
 * passed in: the build uses worker threads with an emulated DOM
 * (dom-workers.ts); tests use a fake or Chromium.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mermaidConfig } from './theme.ts';

export type EngineResult = { svg: string } | { error: string };

/** Something that turns mermaid sources into SVG strings, in one session. */
export interface DiagramEngine {
  render(items: { id: string; code: string }[]): Promise<EngineResult[]>;
  close(): Promise<void>;
}

interface RenderStats {
  rendered: number;
  cached: number;
}

/** Raised when a diagram does not parse; names where the diagram came from. */
class DiagramError extends Error {
  override name = 'DiagramError';
}

export interface RendererOptions {
  cacheDir: string;
  /** Starts the engine on first need (never when every diagram is cached). */
  launch: () => Promise<DiagramEngine>;
  /** Part of the cache key: a new mermaid version or engine re-renders everything. */
  version: string;
}

/** Stable short hash used for cache keys and SVG ids. */
function diagramHash(code: string, version: string): string {
  return createHash('sha256')
    .update(JSON.stringify([code, mermaidConfig, version]))
    .digest('hex')
    .slice(0, 16);
}

/** Creates a renderer; `render(code, origin)` returns the SVG for one diagram. */
export function createRenderer(opts: RendererOptions) {
  let engine: Promise<DiagramEngine> | undefined;
  const stats: RenderStats = { rendered: 0, cached: 0 };
  /** Hashes of every diagram this build used, rendered or cached. */
  const used = new Set<string>();
  mkdirSync(opts.cacheDir, { recursive: true });

  async function render(code: string, origin: string): Promise<string> {
    const hash = diagramHash(code, opts.version);
    used.add(hash);
    const file = join(opts.cacheDir, `${hash}.svg`);
    if (existsSync(file)) {
      stats.cached++;
      return readFileSync(file, 'utf8');
    }
    engine ??= opts.launch();
    const [result] = await (await engine).render([{ id: `d${hash}`, code }]).catch((e: Error) => {
      throw new DiagramError(`Diagram in ${origin} could not be laid out: ${e.message}`);
    });
    if (!result || 'error' in result) {
      throw new DiagramError(`Diagram in ${origin} does not parse: ${result?.error ?? 'no output'}`);
    }
    stats.rendered++;
    writeFileSync(file, result.svg);
    writeFileSync(join(opts.cacheDir, `${hash}.mmd`), code);
    return result.svg;
  }

  /** Stops the engine and writes the list of this build's diagrams (`last-build.json` in the cache). */
  async function close(): Promise<void> {
    if (engine) await (await engine).close();
    engine = undefined;
    if (used.size) writeFileSync(join(opts.cacheDir, 'last-build.json'), JSON.stringify([...used].sort(), null, 1));
  }

  return { render, close, stats };
}
export type Renderer = ReturnType<typeof createRenderer>;
