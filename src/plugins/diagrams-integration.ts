/**
 * Stops the build's diagram engine when the build ends and reports how many
 * diagrams were rendered and how many came from the cache.
 */
import type { AstroIntegration } from 'astro';
import { finishDiagrams } from '../lib/diagrams/index.ts';

export function diagramsIntegration(): AstroIntegration {
  return {
    name: 'diagrams',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const stats = await finishDiagrams();
        const s = stats ?? { rendered: 0, cached: 0 };
        logger.info(`diagrams: ${s.rendered} rendered, ${s.cached} from cache${s.rendered === 0 ? ' (warm build: nothing rendered)' : ''}`);
      },
    },
  };
}
