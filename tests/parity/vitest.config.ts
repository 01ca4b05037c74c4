/// <reference types="vitest/config" />
// The parity test needs Chromium, so it is not part of `npm run test:unit`; run it with `npm run test:parity`.
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/parity/**/*.test.ts'], testTimeout: 900_000, hookTimeout: 300_000 },
});
