/**
 * Rewrites a dependency's source as this thread loads it (a module loading
 * hook of this thread only): the diagram engine's few exact-text patches to
 * mermaid (config-copy.ts) and linkedom (lazy-listeners.ts,
 * selector-cache.ts). A patch names its module by a part of its file URL and
 * the texts it replaces; a module is patched only if it holds each of them
 * exactly once, else it is left as it is. After the patched libraries are
 * imported, `assertApplied()` fails the worker's start unless every patch was
 * applied to exactly one module, with that patch's own advice: a new release
 * of the library has changed the text.
 *
 * Register before the library is first imported in this thread, and import it
 * dynamically after that: a static import loads its source before any of the
 * importer's code runs.
 *
 * Only erasable TypeScript here: this file runs in a worker thread straight
 * from source.
 */
import { registerHooks } from 'node:module';

export interface SourcePatch {
  /** A part of the module's file URL, e.g. `/mermaid/dist/`. */
  readonly where: string;
  /** Each `from` text and what replaces it. */
  readonly replacements: readonly (readonly [from: string, to: string])[];
  /** Said when the patch did not apply to exactly one module: what changed and what to update. */
  readonly advice: string;
}

/** The source with the patch applied, or undefined unless it holds each replaced text exactly once. */
export function patchedSource(patch: SourcePatch, source: string): string | undefined {
  if (!patch.replacements.every(([from]) => source.split(from).length === 2)) return undefined;
  return patch.replacements.reduce((s, [from, to]) => s.replace(from, () => to), source);
}

/** Installs the patches; returns the check to run once their libraries are loaded. */
export function patchSources(patches: readonly SourcePatch[]): { assertApplied(): void } {
  const applied = patches.map(() => 0);
  registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      const i = patches.findIndex((p) => url.includes(p.where));
      const patch = patches[i];
      if (!patch || result.source === undefined) return result;
      const source = patchedSource(patch, typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source));
      if (source === undefined) return result;
      applied[i]!++;
      return { ...result, source };
    },
  });
  return {
    assertApplied() {
      patches.forEach((p, i) => {
        if (applied[i] !== 1)
          throw new Error(`diagram engine: a patch to ${p.where} applied to ${applied[i]} modules, not one; ${p.advice}`);
      });
    },
  };
}
