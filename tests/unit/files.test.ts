/** hashFiles: the one way the build digests files (its code, the diagram engine's fonts, the schemas). */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';
import { hashFiles } from '@/lib/files';

test('a digest covers each file’s name and bytes, in the order given', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hash-files-'));
  const [a, b] = [join(dir, 'a.ts'), join(dir, 'b.ts')];
  writeFileSync(a, 'one');
  writeFileSync(b, 'two');
  const digest = (files: string[], name?: (f: string) => string) => hashFiles(createHash('sha256'), files, name).digest('hex');
  expect(digest([a, b], basename)).toBe(createHash('sha256').update('a.ts').update('one').update('b.ts').update('two').digest('hex'));
  expect(digest([b, a], basename), 'another order is another digest').not.toBe(digest([a, b], basename));
  expect(digest([a, b]), 'by default a file is named by its path from the working directory').not.toBe(digest([a, b], basename));
  writeFileSync(b, 'TWO');
  expect(digest([a, b], basename), 'a changed byte').not.toBe(
    createHash('sha256').update('a.ts').update('one').update('b.ts').update('two').digest('hex'),
  );
  rmSync(dir, { recursive: true, force: true });
});
