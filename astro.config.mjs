// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { site } from './src/site.config.ts';
import { rehypeMermaid } from './src/plugins/rehype-mermaid.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors.ts';
import { remarkTypography } from './src/plugins/remark-typography.ts';
import { diagramsIntegration } from './src/plugins/diagrams-integration.ts';
import { plainLazyImports } from './src/plugins/plain-lazy-imports.ts';
import { pruneBuiltStyles } from './src/plugins/css-prune-integration.ts';
import { searchIntegration } from './src/plugins/search-integration.ts';
import { siteUrlIntegration } from './src/plugins/site-url.ts';
import { contentStoreIntegration } from './src/plugins/content-store-integration.ts';

// A sub-path deployment (e.g. a project page) sets BASE_PATH=/explainer/, or
// gives the path in SITE_URL (https://user.github.io/explainer/).
const base = process.env.BASE_PATH ?? (site.url ? new URL(site.url).pathname : '/');

export default defineConfig({
  // Unset without SITE_URL: pages then link to themselves by relative address.
  ...(site.url ? { site: new URL(site.url).origin } : {}),
  base,
  trailingSlash: 'always',
  // The build script stages output elsewhere and swaps it in only when complete.
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro's caches (content, reused pages) beside the build's others in .cache/, which a deploy host
  // can keep between builds; builds over other content (test fixtures) keep their own.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
  // A rebuild reuses the pages of the previous build whose code, configuration, lockfile and
  // content digest (`contentDigest` in src/data/corpus.ts, the routes' `cacheKey`) are unchanged.
  experimental: { incrementalBuild: true },
  // A duplicate content id is an error, never a silent overwrite.
  prerenderConflictBehavior: 'error',
  // Two pages at a time: the two diagram workers then use both cores.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  devToolbar: { enabled: false },
  markdown: {
    // Mermaid blocks must reach our rehype plugin as code, not as highlighted HTML.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    // Headings get their ids before their "#" links (Astro's own id pass keeps ids already given).
    // Curly quotes and dashes by Astro's default plugin, run only where a document has straight ones
    // (src/plugins/remark-typography.ts); it takes the default's place, first after GFM.
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkTypography],
      rehypePlugins: [rehypeMermaid, [rehypeBaseLinks, { base }], rehypeHeadingIds, rehypeHeadingAnchors],
    }),
  },
  integrations: [
    siteUrlIntegration(site.url),
    // Content parsed again when a schema changes, not only when content.config.ts does.
    contentStoreIntegration(),
    mdx(),
    diagramsIntegration(),
    // Each page's styles without the rules it cannot use, pruned while Pagefind parses the pages.
    searchIntegration({ whileIndexing: pruneBuiltStyles }),
  ],
  vite: {
    // Lazy imports without the bundler's preload helper (see the plugin).
    plugins: [plainLazyImports()],
    build: {
      // Never inline scripts: the Content-Security-Policy allows no inline script.
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry an Astro directive the bundler warns about on every file; it is harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
