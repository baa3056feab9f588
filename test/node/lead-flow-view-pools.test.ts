import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow, type Transition } from '../../src/models/lead-flow.js';
import { dueByPool, dueOfReason, flowsByReason, pageWindow } from '../../src/views/lead-flow-pools.js';
import { fixture } from './helpers.js';
import type { LeadFlowInput } from '../../src/schemas/lead-flow.js';

const DATA = fixture<LeadFlowInput>('lead-flow.json');
/** Due as of 2026-03-31: p1 and p3 (no follow-up), p4 (not converted in 30 days), l1 (unclaimed 15 days). */
const RESULT = analyzeLeadFlow(DATA);

test('flows by reason, in rule order whatever order the transitions come in', () => {
  const expected = [
    { key: 'no-follow-up', from: 'private', to: 'line', count: 2 },
    { key: 'not-converted-in-time', from: 'private', to: 'line', count: 1 },
    { key: 'unclaimed', from: 'line', to: 'company', count: 1 },
  ];
  assert.deepEqual(flowsByReason(RESULT.transitions), expected);
  assert.deepEqual(flowsByReason([...RESULT.transitions].reverse()), expected);
  assert.deepEqual(flowsByReason([]), []);
});

test('due out of and into each pool (the pool table)', () => {
  assert.deepEqual(dueByPool(RESULT.transitions), {
    private: { out: 3, in: 0 },
    line: { out: 1, in: 3 },
    company: { out: 0, in: 1 },
    blacklist: { out: 0, in: 0 },
  });
});

test('the due list under a reason filter', () => {
  const ids = (xs: readonly Transition[]) => xs.map((x) => x.id);
  assert.deepEqual(ids(dueOfReason(RESULT.transitions, '')), ['p1', 'p3', 'p4', 'l1']);
  assert.deepEqual(ids(dueOfReason(RESULT.transitions, 'no-follow-up')), ['p1', 'p3']);
  assert.deepEqual(ids(dueOfReason(RESULT.transitions, 'unclaimed')), ['l1']);
});

test('pages of a long list', () => {
  assert.deepEqual(pageWindow(120, 0, 50), { page: 0, pages: 3, start: 0, end: 50 });
  assert.deepEqual(pageWindow(120, 2, 50), { page: 2, pages: 3, start: 100, end: 120 });
  // Past the end: the last page; before the start: the first.
  assert.deepEqual(pageWindow(120, 9, 50), { page: 2, pages: 3, start: 100, end: 120 });
  assert.deepEqual(pageWindow(5, -1, 2), { page: 0, pages: 3, start: 0, end: 2 });
  assert.deepEqual(pageWindow(0, 0, 25), { page: 0, pages: 1, start: 0, end: 0 });
  // A page size under 1 shows one item per page; a fractional one whole items.
  assert.deepEqual(pageWindow(3, 1, 0), { page: 1, pages: 3, start: 1, end: 2 });
  assert.deepEqual(pageWindow(5, 1, 2.5), { page: 1, pages: 3, start: 2, end: 4 });
});
