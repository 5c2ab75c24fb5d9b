// Prints one closing line for the whole run, "N passed, N failed", from Vitest's JSON reports
// (written when CI is set; see vitest.config.ts, vitest.e2e.config.ts and vitest.firefox.config.ts),
// after one line per suite.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const suites = { unit: 'test-results/unit.json', 'e2e Chromium': 'test-results/e2e.json', 'e2e Firefox': 'test-results/firefox.json' };
for (const [suite, file] of Object.entries(suites)) {
  if (!existsSync(file)) {
    console.error(`missing ${file}: did the test run write its report?`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  console.log(`${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
