// Preloaded with `node --import` by the determinism check's clean build: any attempt to
// load Playwright (and so to start a browser) fails loudly and is recorded.
// Vite resolves bare names itself and imports file paths, so the resolved URL
// is checked as well as the name asked for.
import { appendFileSync } from 'node:fs';
import * as nodeModule from 'node:module';

const BANNED = /(^|\/node_modules\/)(playwright-core|playwright|@playwright\/test|chrome-launcher|puppeteer)(\/|$)/;
// npx itself may run under an older system Node without registerHooks; the build's own Node (24) has it.
nodeModule.registerHooks?.({
  resolve(specifier, context, next) {
    const resolved = BANNED.test(specifier) ? undefined : next(specifier, context);
    if (!resolved || BANNED.test(resolved.url)) {
      if (process.env.NO_PLAYWRIGHT_LOG) appendFileSync(process.env.NO_PLAYWRIGHT_LOG, `${specifier} from ${context.parentURL}\n`);
      throw new Error(`The build tried to load ${specifier} (from ${context.parentURL}): the build must need no browser.`);
    }
    return resolved;
  },
});
