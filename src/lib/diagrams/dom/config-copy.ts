/**
 * Mermaid's `getConfig()` copies its whole configuration (about 25 KB of
 * objects, three levels deep) on every call, so that a caller may change its
 * copy, and a flowchart calls it about 150 times: with its general-purpose
 * deep merge (`assignWithDepth`) that was about a third of a diagram's CPU
 * time in the worker. Here the worker gives mermaid a copier that makes the
 * same copy (same keys in the same order, the same values, the same three
 * levels new and deeper objects shared, nulls left out, arrays without
 * duplicates) in a plain loop, and `getConfig()` makes each section of it
 * (`flowchart`, `themeVariables`…, 33 in mermaid 12's defaults) only when the
 * caller first reads it. Every call still returns a fresh
 * copy, so no caller can see another's changes; tests/unit/config-copy.test.ts
 * compares the two on mermaid's own default configuration and on edge cases.
 * `updateCurrentConfig()`, which starts each diagram's configuration from the
 * site's with the same deep merge (several times a diagram), makes it the same
 * lazy way, so the sections a flowchart never reads are never copied.
 *
 * What a copy holds is worked out once per configuration object (its "plan":
 * its keys in order, with each plain value and a getter for each section) and
 * made with one `defineProperty` a key (a quarter faster in the worker than
 * `defineProperties` from a plan object: 16 against 21 µs a copy), and the
 * plan is reused by every
 * `getConfig()` until the configuration changes. That is sound because mermaid
 * never changes its configuration object in place: `updateCurrentConfig()`
 * builds a new one for each change. Without the plan each call made two
 * closures a section; with it and the lazy start, a diagram allocates about
 * 9 % less memory in all (bench/NOTES.md, "7 December, afternoon").
 *
 * It works by rewriting those two functions in mermaid's source as the worker
 * loads it (`CONFIG_COPY`, applied by source-patch.ts). If mermaid's source no
 * longer has them in the expected form, the worker's start fails with a
 * message that says so.
 */
import type { SourcePatch } from './source-patch.ts';

/** mermaid 12's getConfig(), as its bundle has it. */
export const ORIGINAL = `var getConfig = /* @__PURE__ */ __name(() => {
  return assignWithDepth_default({}, currentConfig);
}, "getConfig");`;

/**
 * The same as `assignWithDepth({}, src, { depth })` for a plain-object `src`
 * (`getConfigCopy`), and the same copy with each object section made on first
 * read (depth 2): `getConfigLazy` with the plan kept per `src` (getConfig()),
 * `getConfigFresh` with a new plan (updateCurrentConfig(), whose source is the
 * site's configuration). A section of a lazy `src` not yet read is read through.
 */
export const COPIER = `var getConfigUnique = (src) => {
  const dst = [];
  src.forEach((s) => {
    if (!dst.includes(s)) dst.push(s);
  });
  return dst;
};
var getConfigValue = (v, depth) =>
  typeof v !== "object" ? v : Array.isArray(v) ? getConfigUnique(v) : depth > 1 ? getConfigCopy(v, depth - 1) : Object.assign({}, v);
var getConfigData = (value) => ({ value, writable: true, enumerable: true, configurable: true });
var getConfigOwn = (dst, key, value) => Object.defineProperty(dst, key, getConfigData(value))[key];
var getConfigSet = (dst, key, value) => {
  if (key === "__proto__") getConfigOwn(dst, key, value);
  else dst[key] = value;
};
var getConfigCopy = (src, depth) => {
  const dst = {};
  for (const key of Object.keys(src)) {
    const v = src[key];
    if (v !== null) getConfigSet(dst, key, getConfigValue(v, depth));
  }
  return dst;
};
var getConfigPlan = (src) => {
  const keys = [];
  const descriptors = [];
  for (const key of Object.keys(src)) {
    const { get, value: v } = Object.getOwnPropertyDescriptor(src, key);
    if (!get && v === null) continue;
    keys.push(key);
    descriptors.push(
      !get && typeof v !== "object"
        ? getConfigData(v)
        : {
            get() {
              return getConfigOwn(this, key, getConfigValue(get ? src[key] : v, 2));
            },
            set(value) {
              getConfigOwn(this, key, value);
            },
            enumerable: true,
            configurable: true
          }
    );
  }
  return { keys, descriptors };
};
var getConfigMake = ({ keys, descriptors }) => {
  const dst = {};
  for (let i = 0; i < keys.length; i++) Object.defineProperty(dst, keys[i], descriptors[i]);
  return dst;
};
var getConfigFresh = (src) => getConfigMake(getConfigPlan(src));
var getConfigPlans = new WeakMap();
var getConfigLazy = (src) => {
  let plan = getConfigPlans.get(src);
  if (!plan) getConfigPlans.set(src, (plan = getConfigPlan(src)));
  return getConfigMake(plan);
};`;

/** mermaid 12 builds each diagram's configuration with the same copy, from the site's. */
export const ORIGINAL_UPDATE = `var updateCurrentConfig = /* @__PURE__ */ __name((siteCfg, _directives) => {
  let cfg = assignWithDepth_default({}, siteCfg);`;

/** The copiers go before updateCurrentConfig, which mermaid may call while its module loads. */
export const CONFIG_COPY: SourcePatch = {
  where: '/mermaid/dist/',
  replacements: [
    [
      ORIGINAL_UPDATE,
      `${COPIER}
var updateCurrentConfig = /* @__PURE__ */ __name((siteCfg, _directives) => {
  let cfg = getConfigFresh(siteCfg);`,
    ],
    [
      ORIGINAL,
      `var getConfig = /* @__PURE__ */ __name(() => {
  return getConfigLazy(currentConfig);
}, "getConfig");`,
    ],
  ],
  advice:
    "mermaid's getConfig() and updateCurrentConfig() are no longer in the form expected: update ORIGINAL and ORIGINAL_UPDATE in src/lib/diagrams/dom/config-copy.ts (or remove the faster copy)",
};
