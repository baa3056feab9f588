/** Float-tolerant asserts in the manner of d3's assertInDelta. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isModelInputError, type Issue } from '../../src/schemas/issues.js';

/** Assert |actual − expected| ≤ delta, recursively through arrays and objects. */
export function near(actual: unknown, expected: unknown, delta = 1e-9, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    assert.ok(
      Math.abs(actual - expected) <= delta,
      `${path || 'value'}: expected ${expected} ± ${delta}, got ${actual}`,
    );
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: expected a list`);
    assert.equal(actual.length, expected.length, `${path}: length`);
    expected.forEach((e, i) => near((actual as unknown[])[i], e, delta, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${path}: expected an object`);
    for (const [k, e] of Object.entries(expected))
      near((actual as Record<string, unknown>)[k], e, delta, path ? `${path}.${k}` : k);
  } else {
    assert.deepEqual(actual, expected, path);
  }
}

/** Run fn, expect a ModelInputError, return its issues. */
export function issuesOf(fn: () => unknown): Issue[] {
  try {
    fn();
  } catch (e) {
    if (isModelInputError(e)) return e.issues;
    throw e;
  }
  assert.fail('expected a ModelInputError');
}

/** Expect an issue at `path` whose message mentions the path. */
export function hasIssue(issues: Issue[], path: string): Issue {
  const hit = issues.find((i) => i.path === path);
  assert.ok(hit, `expected an issue at ${path}; got ${JSON.stringify(issues)}`);
  assert.ok(hit.message.includes(path) || path === '', `message should name the field: ${hit.message}`);
  return hit;
}

/** A JSON file of test/fixtures, read as `T` (the shape the fixture is written in). */
export const fixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;
