// Prints one plain line "tests: N passed, N failed" from jest's --json report; fails when no test
// passed, any failed, or a test suite could not run.
import fs from 'node:fs';

const file = process.argv[2] ?? '.jest-results.json';
let passed = 0;
let failed = 0;
let suitesFailed = 0;
try {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  suitesFailed = report.numRuntimeErrorTestSuites + report.numFailedTestSuites;
} catch {
  // no report: jest did not run (install, typecheck or build failed)
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(passed > 0 && failed === 0 && suitesFailed === 0 ? 0 : 1);
