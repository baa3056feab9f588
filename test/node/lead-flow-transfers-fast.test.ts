// The hand check of a lead's `transfers` (fastTransfers, the fast path of analyzeLeadFlow) against the
// lead schema (zod): on hand-picked edge cases and on seeded random lists they accept and refuse the
// same values, and the analysis counts the same transfers whichever path reads a lead.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow } from '../../src/index.js';
import { fastTransfers } from '../../src/models/lead-flow-transfers.js';
import { leadSchema } from '../../src/schemas/lead-flow.js';
import { tryParse } from '../../src/schemas/issues.js';
import { TRANSFER_LEADS, transferLead } from '../fixtures/lead-flow-extras.js';

const LEAD = transferLead('L1', undefined);
const zodAccepts = (transfers: unknown): boolean => tryParse(leadSchema, { ...LEAD, transfers }).ok;
const fastAccepts = (transfers: unknown): boolean => fastTransfers(transfers) !== false;

const CASES: [string, unknown][] = [
  ['absent', undefined],
  ['null', null],
  ['empty list', []],
  ['pool → rep', [{ at: '2026-03-02', from: null, to: 'Li' }]],
  ['no from key', [{ at: '2026-03-02', to: 'Li' }]],
  ['empty names', [{ at: '2026-03-02', from: '', to: '' }]],
  ['a date-time with a zone', [{ at: '2026-03-02T10:00:00.000Z', from: 'Li', to: 'Wang' }]],
  ['a date-time with an offset', [{ at: '2026-03-02T10:00:00+08:00', from: 'Li', to: 'Wang' }]],
  ['a reason', [{ at: '2026-03-02', from: 'Li', to: 'Wang', reason: 'holiday' }]],
  ['an extra key', [{ at: '2026-03-02', to: 'Li', by: 'admin' }]],
  ['not a list', { at: '2026-03-02', to: 'Li' }],
  ['a string', '2026-03-02'],
  ['an entry null', [null]],
  ['an entry a list', [['2026-03-02', 'Li']]],
  ['no at', [{ to: 'Li' }]],
  ['at null', [{ at: null, to: 'Li' }]],
  ['at a number', [{ at: 20260302, to: 'Li' }]],
  ['at not a date', [{ at: 'next Tuesday', to: 'Li' }]],
  ['at 2026-02-30', [{ at: '2026-02-30', to: 'Li' }]],
  ['at 2026-13-01', [{ at: '2026-13-01', to: 'Li' }]],
  ['to a number', [{ at: '2026-03-02', to: 7 }]],
  ['from an object', [{ at: '2026-03-02', from: { name: 'Li' }, to: 'Wang' }]],
  ['reason a number', [{ at: '2026-03-02', to: 'Li', reason: 1 }]],
  [
    'the second entry bad',
    [
      { at: '2026-03-02', to: 'Li' },
      { at: '2026-03-03', to: false },
    ],
  ],
  ['10,000 entries (the limit)', Array.from({ length: 10_000 }, () => ({ at: '2026-03-02', to: 'Li' }))],
  ['10,001 entries', Array.from({ length: 10_001 }, () => ({ at: '2026-03-02', to: 'Li' }))],
];

describe('fastTransfers mirrors the lead schema', () => {
  for (const [name, v] of CASES)
    it(`${name}: the same answer as zod`, () => {
      assert.equal(fastAccepts(v), zodAccepts(v));
    });

  it('the usual lists take the fast path (else it would be no faster)', () => {
    for (const [name, v] of CASES.slice(0, 10)) assert.notEqual(fastTransfers(v), false, name);
  });

  it('seeded random lists: the same answer as zod on every one (2,000 lists)', () => {
    let s = 42;
    const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const DATES = ['2026-03-02', '2026-03-02T10:00:00Z', '2026-02-29', '2026-3-2', '', 'x', 7, null, undefined];
    const NAMES = ['Li', '', null, undefined, 3, true, ['Li']];
    let accepted = 0;
    for (let k = 0; k < 2000; k++) {
      const n = Math.floor(rnd() * 4);
      const list: unknown[] = [];
      for (let i = 0; i < n; i++) {
        const e: Record<string, unknown> = {};
        if (rnd() < 0.95) e.at = pick(DATES);
        if (rnd() < 0.8) e.from = pick(NAMES);
        if (rnd() < 0.9) e.to = pick(NAMES);
        if (rnd() < 0.2) e.reason = pick(NAMES);
        list.push(rnd() < 0.03 ? pick([null, 'x', 1]) : e);
      }
      const fast = fastAccepts(list);
      assert.equal(fast, zodAccepts(list), JSON.stringify(list));
      if (fast) accepted++;
    }
    // Both answers occur, so the comparison tells something.
    assert.ok(accepted > 100 && accepted < 1900, String(accepted));
  });

  it('a bad entry is named by zod at its path, the rest of the leads analysed', () => {
    const out = analyzeLeadFlow({
      asOf: '2026-03-31',
      leads: [...TRANSFER_LEADS, { ...LEAD, id: 'BAD', transfers: [{ at: '2026-03-02', to: 'Li' }, { at: 'soon' }] }],
    });
    assert.deepEqual(
      out.invalid.map((r) => [r.index, r.id, r.issues.map((i) => i.path)]),
      [[5, 'BAD', [['transfers', 1, 'at'].join('.')]]],
    );
    assert.deepEqual(out.transfers?.byKind, { 'rep-to-rep': 1, 'pool-to-rep': 3, 'rep-to-pool': 1, 'pool-to-pool': 1 });
  });
});
