import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assessOpportunities, OPPORTUNITY_SIGNAL_CODES, type OpportunityRow } from '../../src/models/opportunities.js';
import { assessChurn, CHURN_SIGNAL_CODES, type ChurnRow } from '../../src/models/churn.js';
import {
  assessAllSlices,
  assessFacetsInSlices,
  assessInSlices,
  type FacetedAssessment,
} from '../../src/risk/slices.js';
import {
  assessIndexed as indexed,
  facetBuffers,
  facetsOf,
  FLAG_KEY_ACCOUNT,
  LEVEL_OF,
  moneyOf,
  signalAt,
  signalShifts,
  type RiskJob,
  type RiskKind,
  type RiskRow,
} from '../../src/risk/engine.js';
import { lazyAssessment, RowStore } from '../../src/risk/rows.js';
import { issuesOf } from './helpers.js';

const AS_OF = '2026-03-31';
const STAGES = ['qualify', 'solution', 'proposal', 'negotiation', 'bogus'];

/** Opportunities with repeated ids, equal amounts, a few invalid rows. */
const oppArb = fc.record({
  id: fc.oneof(
    fc.constantFrom('a', 'b', 'c', '\u0000#1'),
    fc.string({ minLength: 1, maxLength: 3 }),
    fc.constant(''),
    fc.constant(7),
  ),
  amount: fc.oneof(fc.constantFrom(0, 1000, 500000, 750000), fc.integer({ min: -5, max: 900000 })),
  stage: fc.constantFrom(...STAGES),
  stageEnteredAt: fc.constantFrom('2026-01-01', '2026-03-01', '2026-03-25', '2026-03-31T23:00:00-02:00', 'nope'),
  keyAccount: fc.option(fc.boolean(), { nil: undefined }),
  expectedCloseDate: fc.option(fc.constantFrom('2026-03-01', '2026-05-01'), { nil: undefined }),
  fields: fc.option(fc.record({ need: fc.constantFrom('x', '', null), budget: fc.constantFrom(0, ' ') }), {
    nil: undefined,
  }),
  activities: fc.option(
    fc.array(
      fc.record({
        type: fc.constantFrom('call', 'visit', 'demo'),
        at: fc.constantFrom('2026-03-10', '2026-03-30', '2025-12-01'),
      }),
      { maxLength: 4 },
    ),
    { nil: undefined },
  ),
});

const accArb = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string({ minLength: 1, maxLength: 3 })),
  arr: fc.option(fc.constantFrom(0, 1000, 1000, 90000, -1), { nil: undefined }),
  renewalDate: fc.option(fc.constantFrom('2026-04-15', '2026-12-01', '2026-03-01'), { nil: undefined }),
  nps: fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }),
  tickets: fc.option(
    fc.record({ last30d: fc.integer({ min: 0, max: 9 }), baseline30d: fc.integer({ min: 0, max: 3 }) }),
    { nil: undefined },
  ),
  usage: fc.option(
    fc.constantFrom(
      [
        { month: '2026-01', usageRate: 0.8 },
        { month: '2026-02', usageRate: 0.4 },
      ],
      [{ month: '2026-02', usageRate: 0.2, activeUsers: 10 }],
      [
        { month: '2026-02', usageRate: 0.5 },
        { month: '2026-02', usageRate: 0.1 },
      ],
    ),
    { nil: undefined },
  ),
});

const MODELS = { opportunities: assessOpportunities, accounts: assessChurn } as const;
const withModel = (job: Omit<RiskJob, 'model'>): RiskJob => ({ ...job, model: MODELS[job.kind] });
const assessIndexed = (job: Omit<RiskJob, 'model'>) => indexed(withModel(job));
const model = (kind: RiskKind, list: unknown[]) =>
  kind === 'opportunities'
    ? assessOpportunities({ asOf: AS_OF, opportunities: list })
    : assessChurn({ asOf: AS_OF, accounts: list });

const CODES = { opportunities: OPPORTUNITY_SIGNAL_CODES, accounts: CHURN_SIGNAL_CODES } as const;

/** assessFacetsInSlices run to its end. */
function facetsInSlices(job: RiskJob, size: number): FacetedAssessment {
  const it = assessFacetsInSlices(job, CODES[job.kind], size);
  for (;;) {
    const s = it.next();
    if (s.done) return s.value;
  }
}

function check(kind: RiskKind, list: unknown[], size: number) {
  const expected = model(kind, list);
  const one = assessIndexed({ kind, asOf: AS_OF, list });
  assert.deepEqual(one.result, expected, 'one call: the model output unchanged');
  const sliced = assessAllSlices(withModel({ kind, asOf: AS_OF, list }), size);
  assert.deepEqual(sliced.result, expected, 'slices: the model output unchanged');
  for (const r of [one, sliced]) {
    assert.equal(r.index.length, expected.rows.length);
    // Each output row is the one its input row gives on its own.
    r.result.rows.forEach((row, k) => {
      const own = model(kind, [list[r.index[k]!]]);
      assert.deepEqual(row, own.rows[0]);
    });
    assert.equal(new Set(r.index).size, r.index.length, 'indices are distinct');
  }
  // Slices reduced to facets as they are made (no row kept): the facets of the one-call result, its summary
  // (the same bits: counts and money at risk) and invalid rows.
  const faceted = facetsInSlices(withModel({ kind, asOf: AS_OF, list }), size);
  assert.deepEqual(faceted.facets, facetsOf(kind, one, list, CODES[kind]));
  assert.deepEqual(faceted.summary, expected.summary);
  assert.deepEqual(faceted.invalid, expected.invalid);
  assert.deepEqual(Object.keys(faceted.summary), Object.keys(expected.summary), 'summary keys in the model order');
}

describe('risk engine: input index per output row, output unchanged', () => {
  test('opportunities: random lists with repeated ids and bad rows, one call and slices', () => {
    fc.assert(
      fc.property(fc.array(oppArb, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (list, size) =>
        check('opportunities', list, size),
      ),
      { numRuns: 150 },
    );
  });

  test('accounts: random lists with repeated ids and bad rows, one call and slices', () => {
    fc.assert(
      fc.property(fc.array(accArb, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (list, size) =>
        check('accounts', list, size),
      ),
      { numRuns: 150 },
    );
  });

  test('repeated ids map to their own rows; invalid rows keep the real id', () => {
    const list = [
      {
        id: 'x',
        amount: 10,
        stage: 'qualify',
        stageEnteredAt: '2026-03-30',
        activities: [
          { type: 'call', at: '2026-03-31' },
          { type: 'call', at: '2026-03-31' },
        ],
      },
      { id: 'x', amount: 5, stage: 'qualify', stageEnteredAt: '2026-01-01' },
      { id: 'x', amount: -1, stage: 'qualify', stageEnteredAt: '2026-01-01' },
    ];
    const r = assessIndexed({ kind: 'opportunities', asOf: AS_OF, list });
    // The critical row (input 1) sorts first, the ok row (input 0) second.
    assert.deepEqual([...r.index], [1, 0]);
    assert.deepEqual(
      r.result.rows.map((x) => [x.id, x.level]),
      [
        ['x', 'critical'],
        ['x', 'ok'],
      ],
    );
    assert.deepEqual(
      r.result.invalid.map((b) => [b.index, b.id, b.issues[0]!.path]),
      [[2, 'x', 'amount']],
    );
  });

  test('bad envelopes fail as the model does', () => {
    const issues = issuesOf(() =>
      assessAllSlices(
        withModel({ kind: 'accounts', asOf: 'soon', list: Array.from({ length: 12 }, (_, i) => ({ id: `a${i}` })) }),
        5,
      ),
    );
    assert.deepEqual(
      issues.map((i) => i.path),
      ['asOf'],
    );
    assert.deepEqual(
      issuesOf(() => assessIndexed({ kind: 'opportunities', asOf: AS_OF, list: 'x' })).map((i) => i.path),
      ['opportunities'],
    );
    assert.deepEqual(
      issuesOf(() =>
        facetsInSlices(withModel({ kind: 'accounts', asOf: 'soon', list: Array.from({ length: 12 }, () => ({})) }), 5),
      ).map((i) => i.path),
      ['asOf'],
    );
    assert.deepEqual(
      issuesOf(() => facetsInSlices(withModel({ kind: 'opportunities', asOf: AS_OF, list: 'x' }), 5)).map(
        (i) => i.path,
      ),
      ['opportunities'],
    );
    assert.deepEqual(
      issuesOf(() =>
        assessAllSlices(
          withModel({ kind: 'opportunities', asOf: AS_OF, rules: { keyAccountMinAmount: -1 }, list: [{}, {}, {}] }),
          2,
        ),
      ).map((i) => i.path),
      ['rules.keyAccountMinAmount'],
    );
  });
});

describe('risk engine: facets and rows rebuilt on demand', () => {
  function checkFacets(kind: RiskKind, list: unknown[]) {
    const a = assessIndexed({ kind, asOf: AS_OF, list });
    const f = facetsOf(kind, a, list, CODES[kind]);
    const shifts = signalShifts(CODES[kind]);
    const rows = a.result.rows as RiskRow[];
    assert.deepEqual([...f.index], [...a.index]);
    rows.forEach((row, k) => {
      assert.equal(LEVEL_OF[f.level[k]!], row.level);
      assert.equal(f.riskScore[k], row.riskScore);
      assert.equal(f.money[k], moneyOf(kind, list[a.index[k]!]));
      for (const code of CODES[kind]) {
        const worst = row.signals
          .filter((s) => s.code === code)
          .reduce((m, s) => Math.max(m, s.level === 'critical' ? 2 : 1), 0);
        assert.equal(signalAt(f, k, shifts.get(code)!), worst, `${code} of row ${k}`);
      }
      if (kind === 'opportunities') {
        const o = row as OpportunityRow;
        assert.equal((f.flags[k]! & FLAG_KEY_ACCOUNT) !== 0, o.keyAccount);
        assert.deepEqual(
          [f.numbers[0]![k], f.numbers[1]![k], f.numbers[2]![k]],
          [o.metrics.daysInStage, o.metrics.cycleRatio, o.metrics.daysIdle],
        );
      } else {
        const d = (row as ChurnRow).daysToRenewal;
        assert.ok(d === null ? Number.isNaN(f.numbers[0]![k]) : f.numbers[0]![k] === d);
      }
    });
    // Rows rebuilt from the input rows, in any order of reading, equal the model's.
    const store = new RowStore({ kind, model: MODELS[kind], asOf: AS_OF }, list, f.index);
    const order = rows.map((_, k) => k).reverse();
    for (const k of order) assert.deepEqual(store.get(k), rows[k]);
    assert.deepEqual(store.all(), rows);
    const lazy = lazyAssessment(
      new RowStore({ kind, model: MODELS[kind], asOf: AS_OF }, list, f.index),
      a.result.summary,
      a.result.invalid,
    );
    assert.deepEqual(JSON.parse(JSON.stringify(lazy)), JSON.parse(JSON.stringify(model(kind, list))));
    assert.deepEqual(lazy, model(kind, list));
  }

  test("opportunities: facets hold each row's level, score, money, signal levels and numbers; rebuilt rows are the model's", () => {
    fc.assert(
      fc.property(fc.array(oppArb, { maxLength: 150 }), (list) => checkFacets('opportunities', list)),
      { numRuns: 60 },
    );
  });

  test('accounts: the same for churn rows', () => {
    fc.assert(
      fc.property(fc.array(accArb, { maxLength: 150 }), (list) => checkFacets('accounts', list)),
      { numRuns: 60 },
    );
  });

  test('facets cross a structured clone (a worker message) unchanged', () => {
    const list = fc.sample(oppArb, 40);
    const a = assessIndexed({ kind: 'opportunities', asOf: AS_OF, list });
    const f = facetsOf('opportunities', a, list, OPPORTUNITY_SIGNAL_CODES);
    const copy = structuredClone(f);
    const moved = structuredClone(copy, { transfer: facetBuffers(copy) });
    assert.deepEqual(moved, f);
    assert.equal(copy.level.length, 0, 'the buffers were transferred, not copied');
  });

  test('a lazy assessment builds its rows once, when first read', () => {
    const list = fc.sample(accArb, 30);
    const a = assessIndexed({ kind: 'accounts', asOf: AS_OF, list });
    const store = new RowStore({ kind: 'accounts', model: assessChurn, asOf: AS_OF }, list, a.index);
    const lazy = lazyAssessment(store, a.result.summary, a.result.invalid);
    assert.equal(store.complete, a.index.length === 0);
    const first = lazy.rows;
    assert.equal(store.complete, true);
    assert.equal(lazy.rows, first);
    assert.deepEqual(Object.keys(lazy).sort(), ['invalid', 'rows', 'summary']);
  });
});

test('slices: the merge runs in steps reported as the whole list done, and gives the one-call result', () => {
  const list = Array.from({ length: 12_000 }, (_, i) => ({
    id: `o${i}`,
    amount: ((i * 7919) % 97) * 1000,
    stage: STAGES[i % 4]!,
    stageEnteredAt: ['2026-01-01', '2026-03-01', '2026-03-25'][i % 3]!,
  }));
  const it = assessInSlices(withModel({ kind: 'opportunities', asOf: AS_OF, list }), 1000);
  const progress: number[] = [];
  for (;;) {
    const s = it.next();
    if (s.done) {
      assert.deepEqual(s.value.result, model('opportunities', list));
      break;
    }
    assert.equal(s.value.total, 12_000);
    progress.push(s.value.done);
  }
  // 12 slices (1,000 … 12,000), then the merge: gathering (5,000 rows a step), the summary, the sort's
  // passes and placing the rows (5,000 a step), every one of them reported as 12,000 done.
  assert.deepEqual(
    progress.slice(0, 12),
    Array.from({ length: 12 }, (_, i) => (i + 1) * 1000),
  );
  const merging = progress.slice(12);
  assert.ok(merging.length >= 7, `merge steps ${merging.length}`);
  assert.ok(merging.every((d) => d === 12_000));
});

test('slices to facets: 12,000 rows give the facets of the one call, the merge in steps', () => {
  const list = Array.from({ length: 12_000 }, (_, i) => ({
    id: `o${i % 11_000}`,
    amount: ((i * 7919) % 97) * 1000 + (i % 3) * 0.25,
    stage: STAGES[i % 4]!,
    stageEnteredAt: ['2026-01-01', '2026-03-01', '2026-03-25'][i % 3]!,
    keyAccount: i % 5 === 0,
  }));
  const it = assessFacetsInSlices(
    withModel({ kind: 'opportunities', asOf: AS_OF, list }),
    OPPORTUNITY_SIGNAL_CODES,
    1000,
  );
  const progress: number[] = [];
  let s = it.next();
  while (!s.done) {
    progress.push(s.value.done);
    s = it.next();
  }
  const one = assessIndexed({ kind: 'opportunities', asOf: AS_OF, list });
  assert.deepEqual(s.value.facets, facetsOf('opportunities', one, list, OPPORTUNITY_SIGNAL_CODES));
  assert.deepEqual(s.value.summary, one.result.summary);
  assert.deepEqual(Object.keys(s.value), ['summary', 'invalid', 'facets'], 'no rows');
  // 12 slices, then the merge (the sort's steps, placing 5,000 rows a step) reported as 12,000 done.
  assert.deepEqual(
    progress.slice(0, 12),
    Array.from({ length: 12 }, (_, i) => (i + 1) * 1000),
  );
  const merging = progress.slice(12);
  assert.ok(merging.length >= 4 && merging.every((d) => d === 12_000), `merge steps ${merging.length}`);
});
