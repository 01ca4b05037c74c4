/**
 * The layer rule in eslint.config.js, run through ESLint itself on small files
 * placed (virtually) in each layer: an import that goes against the layers must
 * fail `npm run check`, one that follows them must pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

/** The rule ids ESLint reports for `code` as if it were the file at `path`. */
async function errors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('imports follow the layers', { timeout: 60_000 }, () => {
  test('a generic helper in src/lib may not import the corpus layer', async () => {
    expect(await errors('src/lib/layer-fixture.ts', "import { getModel } from '@/data/corpus';\nexport const m = getModel;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*goes against the layers/),
    ]);
  });
  test('nor reach it by a relative path', async () => {
    expect(
      await errors('src/lib/diagrams/layer-fixture.ts', "import { buildModel } from '../../data/model';\nexport const b = buildModel;\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });
  test('a schema may not import a helper above it', async () => {
    expect(await errors('src/schemas/layer-fixture.ts', "import { slugify } from '@/lib/text';\nexport const s = slugify;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: /),
    ]);
  });
  test('src/data may not import a component', async () => {
    expect(await errors('src/data/layer-fixture.ts', "import X from '@/components/CiteList.astro';\nexport const x = X;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: /),
    ]);
  });
  test('browser scripts import only src/lib: not the corpus layer, nor a schema', async () => {
    expect(await errors('src/scripts/layer-fixture.ts', "import { getModel } from '@/data/corpus';\nexport const m = getModel;\n")).toEqual(
      [expect.stringMatching(/^no-restricted-imports: .*goes against the layers/)],
    );
    expect(await errors('src/scripts/layer-fixture.ts', "import { slug } from '@/schemas/common';\nexport const s = slug;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: /),
    ]);
    expect(
      await errors('src/scripts/layer-fixture.ts', "import { quickMatch } from '@/lib/quick-match';\nexport const q = quickMatch;\n"),
    ).toEqual([]);
  });
  test('the site does not import tooling from tests/ or scripts/', async () => {
    expect(
      await errors(
        'src/pages/layer-fixture.ts',
        "import { launchChromium } from '../../scripts/lib/chromium';\nexport const l = launchChromium;\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*The site does not import tooling/)]);
    expect(
      await errors(
        'src/data/layer-fixture.ts',
        "import { retellings } from '../../tests/support/retelling';\nexport const r = retellings;\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*The site does not import tooling/)]);
    expect(
      await errors('src/components/layer-fixture.ts', "import { enhance } from '../scripts/enhance';\nexport const e = enhance;\n"),
    ).toEqual([]);
  });
  test('only src/data/corpus.ts reads collections', async () => {
    const code = "import { getCollection } from 'astro:content';\nexport const g = getCollection;\n";
    expect(await errors('src/pages/layer-fixture.ts', code)).toEqual([
      expect.stringMatching(/Only src\/data\/corpus\.ts reads collections/),
    ]);
    expect(await errors('src/data/corpus.ts', code)).toEqual([]);
  });
  test('imports down the layers pass', async () => {
    expect(await errors('src/data/layer-fixture.ts', "import { slugify } from '@/lib/text';\nexport const s = slugify;\n")).toEqual([]);
    expect(
      await errors('src/lib/layer-fixture.ts', "import type { PartialDate } from '@/schemas/common';\nexport type D = PartialDate;\n"),
    ).toEqual([]);
  });
});
