/**
 * The GitHub Pages workflow publishes only what passed the project's checks:
 * lint and types, the unit tests (every content rule on broken copies, the
 * content itself) and the build's own content check, in that order, before the
 * upload; and the build gets the report texts when the repository names them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as { jobs: { build: { steps: Step[] } } };
const steps = workflow.jobs.build.steps;
const at = (what: (s: Step) => boolean) => steps.findIndex(what);

describe('the Pages workflow', () => {
  test('runs the checks, the unit tests and the checked build before it uploads the site', () => {
    const check = at((s) => s.run === 'npm run check');
    const unit = at((s) => s.run === 'npm run test:unit');
    const build = at((s) => s.run === 'npm run build');
    const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact') ?? false);
    expect(
      [check, unit, build].every((i) => i >= 0),
      'a deploy would skip a check',
    ).toBe(true);
    expect(check < unit && unit < build && build < upload, 'a check would run after the site is uploaded').toBe(true);
  });

  test('hands the build the report texts under the one name the project uses, REPORT_TEXTS', () => {
    const build = steps.find((s) => s.run === 'npm run build');
    expect(Object.keys(build?.env ?? {})).toContain('REPORT_TEXTS');
    expect(readFileSync('.github/workflows/pages.yml', 'utf8')).not.toMatch(/SOURCES_DIR/);
  });
});
