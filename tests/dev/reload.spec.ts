/**
 * An editor runs `npm run dev`, edits a profile's YAML and sees the change
 * without restarting; a broken save shows the file and the field in the dev
 * overlay, and the next good save brings the page back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const FILE = 'content/actors/esmail-qaani.yaml';
const PAGE = 'actors/esmail-qaani/';
// A save shows on the next load within about a second on an idle machine; the margin is for a busy one.
// Each try loads the page afresh (the dev server may reload it by itself at the same moment).
const WITHIN = 60_000;

test('editing a profile in dev reloads it; a broken edit names file and field; a fixed one recovers', async ({ page }) => {
  const original = readFileSync(FILE, 'utf8');
  const marker = `Edited in dev ${Date.now()}`;
  try {
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esmail Qaani');

    writeFileSync(FILE, original.replace(/^name: Esmail Qaani$/m, `name: ${marker}`));
    await expect(async () => {
      await page.goto(PAGE);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(marker, { timeout: 2000 });
    }, 'the edited name shows without a restart').toPass({ timeout: WITHIN });

    writeFileSync(FILE, original.replace(/^kind: person$/m, 'kind: wizard'));
    const overlay = page.locator('vite-error-overlay');
    await expect(async () => {
      await page.goto(PAGE);
      await expect(overlay, 'the dev overlay shows the content error').toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: WITHIN });
    await expect(overlay).toContainText(FILE);
    await expect(overlay).toContainText('kind');

    writeFileSync(FILE, original);
    await expect(async () => {
      await page.goto(PAGE);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esmail Qaani', { timeout: 2000 });
    }, 'a good save recovers').toPass({ timeout: WITHIN });
    await expect(overlay).toHaveCount(0);
  } finally {
    writeFileSync(FILE, original);
  }
});
