/**
 * Mermaid's `getConfig()` copies its whole configuration (about 25 KB of
 * objects, three levels deep) on every call, so that a caller may change its
 * copy, and a flowchart calls it about 150 times: with its general-purpose
 * deep merge (`assignWithDepth`) that was about a third of a diagram's CPU
 * time in the worker. Here the worker gives mermaid a copier that makes the
 * same copy (same keys in the same order, the same values, the same three
 * levels new and deeper objects shared, nulls left out, arrays without
 * duplicates) in a plain loop. Every call still returns a fresh copy, so no
 * caller can see another's changes; tests/unit/config-copy.test.ts compares
 * the two on mermaid's own default configuration and on edge cases.
 *
 * It works by rewriting that one function in mermaid's source as the worker
 * loads it (a module loading hook of this thread only). If mermaid's source no
 * longer has the function in the expected form, `assertConfigCopy()` fails
 * the worker's start with a message that says so.
 */
import { registerHooks } from 'node:module';

/** mermaid 12's getConfig(), as its bundle has it. */
export const ORIGINAL = `var getConfig = /* @__PURE__ */ __name(() => {
  return assignWithDepth_default({}, currentConfig);
}, "getConfig");`;

/** The same as `assignWithDepth({}, src, { depth })` for a plain-object `src`. */
export const COPIER = `var getConfigUnique = (src) => {
  const dst = [];
  src.forEach((s) => {
    if (!dst.includes(s)) dst.push(s);
  });
  return dst;
};
var getConfigCopy = (src, depth) => {
  const dst = {};
  for (const key of Object.keys(src)) {
    let v = src[key];
    if (typeof v === "object") {
      if (v === null) continue;
      v = Array.isArray(v) ? getConfigUnique(v) : depth > 1 ? getConfigCopy(v, depth - 1) : Object.assign({}, v);
    }
    if (key === "__proto__") Object.defineProperty(dst, key, { value: v, writable: true, enumerable: true, configurable: true });
    else dst[key] = v;
  }
  return dst;
};`;

const REPLACEMENT = `${COPIER}
var getConfig = /* @__PURE__ */ __name(() => {
  return getConfigCopy(currentConfig, 2);
}, "getConfig");`;

let patched = 0;

/** Installs the hook; call before mermaid is first imported in this thread. */
export function fasterMermaidConfigCopy(): void {
  registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (!url.includes('/mermaid/dist/') || result.source === undefined) return result;
      const source = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
      if (!source.includes(ORIGINAL)) return result;
      patched++;
      return { ...result, source: source.replace(ORIGINAL, REPLACEMENT) };
    },
  });
}

/** After mermaid is imported: throws unless exactly one getConfig() was replaced. */
export function assertConfigCopy(): void {
  if (patched !== 1) {
    throw new Error(
      `diagram engine: expected mermaid's getConfig() in one module, found it in ${patched}; mermaid's source changed, so update ORIGINAL in src/lib/diagrams/dom/config-copy.ts (or remove the faster copy)`,
    );
  }
}
