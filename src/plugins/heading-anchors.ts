/**
 * Gives every h2 and h3 that has an id a visible "#" link to itself, on every
 * built page, whether the heading came from MDX or from a template. Pure
 * string work on the finished HTML, so it is one mechanism for all pages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/files.ts';

/** Adds the anchor links to one page's HTML. */
export function addHeadingAnchors(html: string): string {
  return html.replace(
    /<(h[23])([^>]*\sid="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g,
    (all, tag: string, attrs: string, id: string, inner: string) => {
      if (inner.includes('class="heading-anchor"')) return all;
      const label = inner.replace(/<[^>]+>/g, '').trim();
      return `<${tag}${attrs}>${inner}<a class="heading-anchor" href="#${id}" aria-label="Link to the section “${label.replace(/"/g, '&quot;')}”" data-pagefind-ignore>#</a></${tag}>`;
    },
  );
}

export function headingAnchorsIntegration(): AstroIntegration {
  return {
    name: 'heading-anchors',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of listFiles(fileURLToPath(dir)).filter((f) => f.endsWith('.html'))) {
          const html = await readFile(file, 'utf8');
          const out = addHeadingAnchors(html);
          if (out !== html) await writeFile(file, out);
        }
      },
    },
  };
}
