// Prints, alone on the last line, `wtr: N passed, N failed, N skipped` so CI can read
// the result (the default summary carries a progress bar). A test file that fails to
// load, or a browser that does not start, counts as a failure.
export function summaryReporter() {
  let line = 'wtr: 0 passed, 1 failed, 0 skipped';
  const print = () => process.stdout.write(`\n${line}\n`);
  return {
    // Printed on exit, after the default reporter's last progress frame.
    start() {
      process.once('exit', print);
    },
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        const before = failed;
        if (s.testResults) walk(s.testResults);
        // A file that did not load, or a session that failed without a failing test, still fails.
        if (s.errors?.length || (!s.passed && failed === before)) failed++;
      }
      line = `wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`;
    },
  };
}
