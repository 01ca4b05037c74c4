/** Ends the test output with one pass/fail line, for people and CI logs. */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  onTestEnd(_test: TestCase, result: TestResult) {
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }
  onEnd(result: FullResult) {
    console.log(`\nEnd-to-end: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped (${result.status})`);
  }
}
