// The build's caches, listed once: what a clean build must not find. Used by
// the determinism check and the benchmark's clean builds.
import { rmSync } from 'node:fs';

/** Astro's caches (content, reused pages; `node_modules/.astro` was their old place), the diagram layouts, the social cards and the search index. */
const BUILD_CACHES = ['.astro', 'node_modules/.astro', '.cache/astro', '.cache/diagrams', '.cache/og', '.cache/search'];

/** Removes every build cache (and any `extra` folder). */
export const clearCaches = (extra = []) => [...BUILD_CACHES, ...extra].forEach((p) => rmSync(p, { recursive: true, force: true }));
