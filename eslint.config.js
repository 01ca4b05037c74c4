import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * The layers, bottom to top; a file may import only from its own layer and the
 * layers below (CONTRIBUTING.md explains each):
 *   src/schemas    the content's shapes and vocabulary (zod only)
 *   src/lib        generic helpers and pure generators: never the loaded corpus
 *   src/data       reads collections, checks, derives (+ src/plugins/yaml-loader, its input)
 *   src/plugins    build plugins
 *   src/pages, src/layouts, src/components, src/scripts (browser code)
 * `@/x` and relative `../x` imports are both caught. Tooling sits outside
 * src/ (scripts/lib, tests/support) and may import the site; no file in src/
 * may import it.
 */
const layer = (...dirs) => ({
  regex: `^(@/|(\\.\\./)+)(${dirs.join('|')})(/|\\.|$)`,
  message: `This import goes against the layers (src/schemas → src/lib → src/data → pages/components; see CONTRIBUTING.md).`,
});
const noTooling = {
  regex: `^(\\.\\./)+(tests|scripts/lib|scripts/bench)(/|$)|^(\\.\\./)+scripts/[\\w-]+\\.mjs$`,
  message: 'The site does not import tooling (tests/, scripts/); move what both need into src/lib.',
};
const onlyCorpusReadsCollections = {
  name: 'astro:content',
  importNames: ['getCollection', 'getEntry', 'getEntries'],
  message: 'Only src/data/corpus.ts reads collections; take the model from getModel().',
};
const restrict = (files, dirs, extra = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [layer(...dirs), noTooling], paths: [onlyCorpusReadsCollections, ...extra] }] },
});

export default [
  { ignores: ['dist/', '**/.astro/', 'node_modules/', '.cache/', 'test-results/', 'playwright-report/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'document', 'window', 'navigator', 'history', 'location'].map(
          (g) => [g, 'readonly'],
        ),
      ),
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  restrict(['src/schemas/**'], ['lib', 'data', 'plugins', 'pages', 'layouts', 'components', 'scripts']),
  restrict(['src/lib/**'], ['data', 'plugins', 'pages', 'layouts', 'components', 'scripts']),
  restrict(['src/data/**'], ['pages', 'layouts', 'components', 'scripts']),
  restrict(['src/plugins/**'], ['data', 'pages', 'layouts', 'components', 'scripts']),
  restrict(['src/components/**', 'src/layouts/**'], ['pages', 'plugins']),
  restrict(['src/pages/**'], ['plugins']),
  restrict(['src/*'], []),
  restrict(['src/scripts/**'], ['data', 'schemas', 'plugins', 'pages', 'layouts', 'components']),
  {
    files: ['src/data/corpus.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('pages', 'layouts', 'components', 'scripts'), noTooling] }] },
  },
];
