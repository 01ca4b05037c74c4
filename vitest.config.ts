/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // One worker per core: the bad-content builds wait on child processes, so a worker that
    // would sit out (the default keeps one core free) runs the unit files meanwhile.
    maxWorkers: availableParallelism(),
    // Files share their workers (a fresh worker per file spent more time starting than the unit
    // tests spend running). No test mocks a module or changes a global; one that has to must undo
    // it in afterEach (vi.restoreAllMocks, vi.unstubAllGlobals), or the next file inherits it.
    isolate: false,
  },
});
