// The owner roll-up in typed columns (src/models/owner-groups.ts, issue 11) against the roll-up it
// replaced (a map of per-owner lists and comparator sorts, kept here as the reference), on generated
// lists with repeated, blank, missing and non-text owners, fractional amounts (the sum's order) and
// filtered views; and the panels' owner columns (their aggregates) against the column of the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessChurn, CHURN_SIGNAL_CODES } from '../../src/models/churn.js';
import {
  assessOpportunities,
  DEFAULT_PIPELINE_RULES,
  OPPORTUNITY_SIGNAL_CODES,
} from '../../src/models/opportunities.js';
import { ownerColumn, ownerOfRow, rollUpByColumn, rollUpSteps } from '../../src/models/owner-groups.js';
import { RENEWAL_SHIFT, rollUpOwners, type OwnerRisk } from '../../src/models/risk-owners.js';
import { assessIndexed, facetsOf, type RiskFacets } from '../../src/risk/engine.js';
import { churnAggregates } from '../../src/views/risk-churn.js';
import { opportunityAggregates } from '../../src/views/risk-opportunity.js';
import { drainSteps } from '../../src/views/stepped-sort.js';

/** The roll-up before issue 11 (same contract), as the reference. */
function reference(
  f: RiskFacets,
  list: readonly unknown[],
  keep: ArrayLike<number> | null,
  stale?: Float64Array,
  signalShift?: number,
): OwnerRisk[] {
  const rankOrder = (a: OwnerRisk, b: OwnerRisk) =>
    b.critical - a.critical || b.warning - a.warning || b.moneyAtRisk - a.moneyAtRisk;
  const groups = new Map<string | null, { r: OwnerRisk; stale: number[] }>();
  const n = keep ? keep.length : f.level.length;
  for (let p = 0; p < n; p++) {
    const k = keep ? keep[p]! : p;
    const owner = ownerOfRow(list[f.index[k]!]);
    let g = groups.get(owner);
    if (!g) {
      const r: OwnerRisk = {
        owner,
        rank: null,
        rows: 0,
        ok: 0,
        warning: 0,
        critical: 0,
        atRisk: 0,
        moneyAtRisk: 0,
        staleDaysMedian: null,
        staleDaysMax: null,
        withSignal: 0,
      };
      groups.set(owner, (g = { r, stale: [] }));
    }
    const r = g.r;
    r.rows++;
    const level = f.level[k]!;
    if (level === 0) r.ok++;
    else {
      if (level === 1) r.warning++;
      else r.critical++;
      r.atRisk++;
      r.moneyAtRisk += f.money[k]!;
    }
    if (stale) g.stale.push(stale[k]!);
    if (signalShift !== undefined && ((f.signals[k]! >>> signalShift) & 3) > 0) r.withSignal++;
  }
  const owned: OwnerRisk[] = [];
  let none: OwnerRisk | null = null;
  for (const g of groups.values()) {
    if (stale && g.stale.length) {
      g.stale.sort((a, b) => a - b);
      const m = g.stale.length >> 1;
      g.r.staleDaysMedian = g.stale.length % 2 ? g.stale[m]! : (g.stale[m - 1]! + g.stale[m]!) / 2;
      g.r.staleDaysMax = g.stale[g.stale.length - 1]!;
    }
    if (g.r.owner === null) none = g.r;
    else owned.push(g.r);
  }
  owned.sort((a, b) => rankOrder(a, b) || (a.owner! < b.owner! ? -1 : a.owner! > b.owner! ? 1 : 0));
  for (let i = 0; i < owned.length; i++)
    owned[i]!.rank = i > 0 && rankOrder(owned[i - 1]!, owned[i]!) === 0 ? owned[i - 1]!.rank : i + 1;
  if (none) owned.push(none);
  return owned;
}

const OWNERS = ['Li', 'Wang', 'Zhao', '李', 'Chen', '', null, 7, 'Zhou'];
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}
function opportunities(n: number, seed: number) {
  const rnd = rng(seed);
  const stages = ['qualify', 'solution', 'proposal', 'negotiation'];
  return Array.from({ length: n }, (_, i) => {
    const owner = OWNERS[Math.floor(rnd() * OWNERS.length)];
    return {
      id: `o${i}`,
      ...(owner === null ? {} : { owner }),
      amount: Math.round(rnd() * 1e8) / 100,
      stage: stages[Math.floor(rnd() * 4)]!,
      stageEnteredAt: `2026-0${1 + Math.floor(rnd() * 3)}-1${Math.floor(rnd() * 10)}`,
      activities: rnd() < 0.7 ? [{ type: 'call', at: `2026-03-${10 + Math.floor(rnd() * 20)}` }] : [],
      fields: { need: rnd() < 0.5 ? 'x' : '' },
    };
  });
}
function accounts(n: number, seed: number) {
  const rnd = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const owner = OWNERS[Math.floor(rnd() * OWNERS.length)];
    return {
      id: `a${i}`,
      ...(owner === null ? {} : { owner }),
      arr: Math.round(rnd() * 1e7) / 10,
      ...(rnd() < 0.4 ? { overdueDays: Math.floor(rnd() * 90) } : {}),
      ...(rnd() < 0.5 ? { renewalDate: `2026-0${5 + Math.floor(rnd() * 4)}-1${Math.floor(rnd() * 10)}` } : {}),
      ...(rnd() < 0.3 ? { contactChanged: true } : {}),
    };
  });
}
/** Every third output row, backwards: a filtered view in another order. */
const someRows = (n: number) => Int32Array.from({ length: Math.ceil(n / 3) }, (_, i) => n - 1 - 3 * i);

test('the rep roll-up in typed columns equals the reference, on every row and on filtered views', () => {
  for (const seed of [1, 2, 3]) {
    const list = opportunities(2000, seed);
    const a = assessIndexed({ kind: 'opportunities', model: assessOpportunities, asOf: '2026-03-31', list });
    const f = facetsOf('opportunities', a, list, OPPORTUNITY_SIGNAL_CODES);
    const stale = f.numbers[2]!;
    for (const keep of [null, someRows(f.level.length), new Int32Array(0)]) {
      const want = reference(f, list, keep, stale);
      assert.deepEqual(rollUpOwners(f, list, keep, { stale }), want);
      assert.deepEqual(rollUpByColumn(f, ownerColumn(list), keep, { stale }), want);
    }
    // The panel's column (its aggregates, in steps) is the list's.
    const agg = drainSteps(opportunityAggregates(f, list, DEFAULT_PIPELINE_RULES, 'en', 300));
    assert.deepEqual(agg.ownerColumn, ownerColumn(list));
    assert.deepEqual(rollUpOwners(f, list, null, { stale, owners: agg.ownerColumn }), reference(f, list, null, stale));
  }
});

test('the CSM roll-up in typed columns equals the reference, with the churn aggregates’ owner column', () => {
  const list = accounts(3000, 5);
  const a = assessIndexed({ kind: 'accounts', model: assessChurn, asOf: '2026-05-15', list });
  const f = facetsOf('accounts', a, list, CHURN_SIGNAL_CODES);
  const agg = drainSteps(churnAggregates(f, list, () => 'mid', 250));
  const owners = { idx: agg.ownerIdx, names: agg.ownerList };
  assert.deepEqual(owners, ownerColumn(list));
  for (const keep of [null, someRows(f.level.length)]) {
    const want = reference(f, list, keep, undefined, RENEWAL_SHIFT);
    assert.ok(want.some((r) => r.withSignal > 0) && want.some((r) => r.owner === null));
    assert.deepEqual(rollUpOwners(f, list, keep, { signalShift: RENEWAL_SHIFT, owners }), want);
  }
});

test('an owner column of another list length is not used (aggregates not computed yet)', () => {
  const list = opportunities(50, 9);
  const a = assessIndexed({ kind: 'opportunities', model: assessOpportunities, asOf: '2026-03-31', list });
  const f = facetsOf('opportunities', a, list, OPPORTUNITY_SIGNAL_CODES);
  const stale = f.numbers[2]!;
  const empty = { idx: new Int32Array(0), names: [] };
  assert.deepEqual(rollUpOwners(f, list, null, { stale, owners: empty }), reference(f, list, null, stale));
});

test('hand-checked: medians of an even and an odd run, the maximum, no owner last', () => {
  const list = [{ owner: 'A' }, { owner: 'B' }, { owner: 'A' }, {}, { owner: 'A' }, { owner: 'B' }];
  const f: RiskFacets = {
    index: Int32Array.from([0, 1, 2, 3, 4, 5]),
    level: Uint8Array.from([2, 1, 0, 2, 1, 0]),
    riskScore: new Float64Array(6),
    money: Float64Array.from([10, 20, 30, 40, 50, 60]),
    signals: new Uint32Array(6),
    flags: new Uint8Array(6),
    numbers: [new Float64Array(6), new Float64Array(6), Float64Array.from([9, 4, 1, 7, 5, 2])],
  };
  const out = rollUpByColumn(f, ownerColumn(list), null, { stale: f.numbers[2] });
  assert.deepEqual(
    out.map((r) => [r.owner, r.rank, r.rows, r.critical, r.warning, r.moneyAtRisk, r.staleDaysMedian, r.staleDaysMax]),
    [
      // A: rows 0, 2, 4 (critical 10, ok, warning 50): stale 9, 1, 5 → median 5, max 9.
      ['A', 1, 3, 1, 1, 60, 5, 9],
      // B: rows 1, 5 (warning 20, ok): stale 4, 2 → median 3, max 4.
      ['B', 2, 2, 0, 1, 20, 3, 4],
      [null, null, 1, 1, 0, 40, 7, 7],
    ],
  );
});

test('medians by selection equal the sorted medians: ascending, descending, equal and few distinct days', () => {
  const n = 1001;
  const list = Array.from({ length: n }, (_, i) => ({ owner: i % 3 ? 'A' : 'B' }));
  const facets = (days: Float64Array): RiskFacets => ({
    index: Int32Array.from({ length: n }, (_, i) => i),
    level: new Uint8Array(n),
    riskScore: new Float64Array(n),
    money: new Float64Array(n),
    signals: new Uint32Array(n),
    flags: new Uint8Array(n),
    numbers: [new Float64Array(n), new Float64Array(n), days],
  });
  const columns = [
    Float64Array.from({ length: n }, (_, i) => i),
    Float64Array.from({ length: n }, (_, i) => n - i),
    new Float64Array(n).fill(4),
    Float64Array.from({ length: n }, (_, i) => (i * 7919) % 5),
    Float64Array.from({ length: n }, (_, i) => ((i * 104729) % 1000) / 7),
  ];
  for (const days of columns)
    for (const keep of [null, someRows(n), Int32Array.from([5, 6])]) {
      const f = facets(days);
      assert.deepEqual(rollUpOwners(f, list, keep, { stale: days }), reference(f, list, keep, days));
    }
});

test('the roll-up in steps (a panel computes it between frames before drawing it) gives the same rows', () => {
  const list = opportunities(20_000, 4);
  const a = assessIndexed({ kind: 'opportunities', model: assessOpportunities, asOf: '2026-03-31', list });
  const f = facetsOf('opportunities', a, list, OPPORTUNITY_SIGNAL_CODES);
  const stale = f.numbers[2]!;
  const col = ownerColumn(list);
  for (const keep of [null, someRows(f.level.length)]) {
    const it = rollUpSteps(f, col, keep, { stale });
    let steps = 0;
    let s = it.next();
    while (!s.done) {
      steps++;
      s = it.next();
    }
    assert.deepEqual(s.value, reference(f, list, keep, stale));
    // 8,192 rows a step, counted then gathered, then the medians: 3 + 3 + 1 steps for 20,000 rows.
    const n = keep ? keep.length : f.level.length;
    assert.equal(steps, 2 * Math.ceil(n / 8192) + 1);
  }
});
