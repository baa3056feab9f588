// The Node tests assert behaviour, never wall-clock time: a busy machine must not fail them.
// Timing belongs to `npm run bench` (bench/cases/*.js), which reports figures and flags budgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const CLOCKS = /performance\.now\(|Date\.now\(|process\.hrtime|console\.time\(/;

test('no Node test reads a clock', () => {
  const dir = new URL('./', import.meta.url);
  const timed = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'no-timing.test.ts')
    .filter((f) => CLOCKS.test(readFileSync(new URL(f, dir), 'utf8')));
  assert.deepEqual(timed, [], `move these timings to bench/cases/*.js: ${timed.join(', ')}`);
});
