/**
 * An editor runs `npm run dev`, edits a profile's YAML and sees the change
 * without restarting; a broken save shows the file and the field in the dev
 * overlay, and the next good save brings the page back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const FILE = 'content/actors/esmail-qaani.yaml';
const PAGE = 'actors/esmail-qaani/';
// A save shows on the next load within about a second on an idle machine; the margin is for a busy one.
const WITHIN = 60_000;

/**
 * Opens the profile in a new tab, as an editor reloading would, and closes the
 * tab before. A tab left open runs the dev server's client, which reloads it by
 * itself after a save; reusing it raced that reload (the navigation was aborted).
 */
async function freshLoad(context: BrowserContext, previous: { page?: Page }): Promise<Page> {
  await previous.page?.close();
  const page = await context.newPage();
  previous.page = page;
  await page.goto(PAGE, { waitUntil: 'domcontentloaded' });
  return page;
}

test('editing a profile in dev reloads it; a broken edit names file and field; a fixed one recovers', async ({ context }) => {
  const original = readFileSync(FILE, 'utf8');
  const marker = `Edited in dev ${Date.now()}`;
  const tab: { page?: Page } = {};
  const heading = () => tab.page!.getByRole('heading', { level: 1 });
  const overlay = () => tab.page!.locator('vite-error-overlay');
  try {
    await freshLoad(context, tab);
    await expect(heading()).toHaveText('Esmail Qaani');

    writeFileSync(FILE, original.replace(/^name: Esmail Qaani$/m, `name: ${marker}`));
    await expect(async () => {
      await freshLoad(context, tab);
      await expect(heading()).toHaveText(marker, { timeout: 2000 });
    }, 'the edited name shows without a restart').toPass({ timeout: WITHIN });

    writeFileSync(FILE, original.replace(/^kind: person$/m, 'kind: wizard'));
    // The watcher can read the file half-written and show that error first; a reload after the
    // save has landed must name the file and the field.
    await expect(async () => {
      await freshLoad(context, tab);
      await expect(overlay(), 'the dev overlay shows the content error').toBeVisible({ timeout: 2000 });
      await expect(overlay()).toContainText(FILE, { timeout: 1000 });
      await expect(overlay()).toContainText('kind', { timeout: 1000 });
    }).toPass({ timeout: WITHIN });

    writeFileSync(FILE, original);
    await expect(async () => {
      await freshLoad(context, tab);
      await expect(heading()).toHaveText('Esmail Qaani', { timeout: 2000 });
    }, 'a good save recovers').toPass({ timeout: WITHIN });
    await expect(overlay()).toHaveCount(0);
  } finally {
    writeFileSync(FILE, original);
  }
});
