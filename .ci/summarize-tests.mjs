// Prints one closing line for the whole run, "N passed, N failed", from Vitest's JSON reports
// (written when CI is set; see vitest.config.ts, vitest.e2e.config.ts, vitest.firefox.config.ts and
// vitest.live.config.ts),
// after one line per suite.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
// A file that failed before its tests ran (a live suite whose helpdesk did not come up) counts as failed.
let failedFiles = 0;
const suites = {
  unit: 'test-results/unit.json',
  'e2e Chromium': 'test-results/e2e.json',
  'e2e Firefox': 'test-results/firefox.json',
  'live helpdesks': 'test-results/live.json',
};
for (const [suite, file] of Object.entries(suites)) {
  if (!existsSync(file)) {
    console.error(`missing ${file}: did the test run write its report?`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skippedHere = report.numPendingTests + report.numTodoTests;
  console.log(`${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skippedHere ? `, ${skippedHere} skipped` : ''}`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += skippedHere;
  failedFiles += report.numFailedTestSuites ?? 0;
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped${failedFiles ? `; ${failedFiles} test files failed` : ''}`);
process.exit(failed > 0 || failedFiles > 0 || passed === 0 ? 1 : 0);
