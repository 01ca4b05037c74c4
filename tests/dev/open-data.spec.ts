/**
 * The dev server answers the open data files at the addresses the build writes, so an editor's
 * citation previews show each paragraph's gist (read from /data/sources.json) as readers' do.
 */
import { expect, test } from '@playwright/test';

for (const file of ['data/sources.json', 'data/sources.schema.json', 'data/relationships.csv']) {
  test(`dev serves /${file}`, async ({ request }) => {
    const response = await request.get(file);
    expect(response.status(), `an editor's preview would miss what /${file} holds`).toBe(200);
    expect((await response.text()).length).toBeGreaterThan(100);
  });
}
