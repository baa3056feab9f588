import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assessOpportunities, OPPORTUNITY_SIGNAL_CODES, resolvePipelineRules } from '../../src/models/opportunities.js';
import { assessChurn, CHURN_SIGNAL_CODES, resolveChurnRules } from '../../src/models/churn.js';
import { assessIndexed, facetsOf, signalShifts } from '../../src/risk/engine.js';
import {
  assessedInputs,
  collectTexts,
  distinctTexts,
  keyIndexByInput,
  keyList,
  sortTexts,
  inRenewalWindow,
  keyAccountsAtRisk,
  parseTierOrder,
  PAST_RENEWAL,
  planRowKey,
  planStepKey,
  renewalSortKey,
  repeatedIds,
  riskGridCounts,
  rowsWithSignal,
  tierOrderFromModel,
} from '../../src/charts/risk-summary.js';
import { sortTiers } from '../../src/charts/risk-grid.js';
import { sparkline } from '../../src/charts/sparkline.js';
import { stageCycleOf } from '../../src/charts/stage-cycle.js';
import { buildSearchIndex, searchRows } from '../../src/views/search-index.js';
import { drainSteps, sortSteps } from '../../src/views/stepped-sort.js';
import {
  dropOverlayStages,
  isEmptyOverlay,
  overlayChurnRules,
  overlayPipelineRules,
  setInOverlay,
} from '../../src/risk/overlay.js';
import { formatDay, formatMonth } from '../../src/i18n/risk.js';

const AS_OF = '2026-03-31';
const opp = (o: Record<string, unknown>) => ({ stage: 'qualify', stageEnteredAt: '2026-03-30', amount: 0, ...o });
const OPPS = [
  opp({
    id: 'a',
    amount: 800000,
    stage: 'proposal',
    stageEnteredAt: '2026-03-01',
    expectedCloseDate: '2026-03-15',
    owner: 'Zoe',
  }), // key, critical
  opp({ id: 'b', amount: 120000, owner: 'Bob' }), // ok
  opp({ id: 'c', amount: 50000, keyAccount: true, stage: 'negotiation', stageEnteredAt: '2026-03-20', owner: 'Ann' }), // key, at risk (missing fields)
  opp({ id: 'd', amount: 900000, owner: 'Bob', fields: { need: 'CRM', contactRole: 'CTO' } }), // key, ok
  opp({ id: 'e', amount: 300000, stage: 'solution', stageEnteredAt: '2026-03-10', owner: 'ann' }), // not key, at risk
];
const oppFacets = (list: unknown[]) =>
  facetsOf(
    'opportunities',
    assessIndexed({ kind: 'opportunities', model: assessOpportunities, asOf: AS_OF, list }),
    list,
    OPPORTUNITY_SIGNAL_CODES,
  );

describe('risk summary: opportunity aggregates', () => {
  test('key accounts at risk: key rows at warning or critical and their amount', () => {
    const m = assessOpportunities({ asOf: AS_OF, opportunities: OPPS });
    const want = m.rows.filter((r) => r.keyAccount && r.level !== 'ok');
    assert.deepEqual(want.map((r) => r.id).sort(), ['a', 'c']);
    assert.deepEqual(keyAccountsAtRisk(oppFacets(OPPS)), { count: 2, amount: 850000 });
    assert.deepEqual(keyAccountsAtRisk(oppFacets([])), { count: 0, amount: 0 });
  });

  test('owners in the locale order, empty and missing left out', () => {
    const list = [...OPPS, opp({ id: 'f', owner: '' }), opp({ id: 'g' })];
    assert.deepEqual(
      distinctTexts(oppFacets(list), list, (r) => (r as { owner?: string }).owner, 'en'),
      ['Ann', 'ann', 'Bob', 'Zoe'].sort(new Intl.Collator('en', { numeric: true }).compare),
    );
  });

  test('team stats per stage over all rows or the rows kept', () => {
    const f = oppFacets(OPPS);
    const rules = resolvePipelineRules();
    const overdue = signalShifts(OPPORTUNITY_SIGNAL_CODES).get('stage-overdue')!;
    const stages = new Map(rules.stages.map((s, i) => [s.key, i]));
    const stageIdx = keyIndexByInput(
      OPPS,
      (r) => (r as { stage: string }).stage,
      stages,
      new Int32Array(OPPS.length),
      0,
      OPPS.length,
      false,
    );
    const all = stageCycleOf(
      rules.stages,
      f.level.length,
      (k) => stageIdx[f.index[k]!]!,
      f.numbers[0]!,
      (k) => ((f.signals[k]! >>> overdue) & 3) > 0,
    );
    assert.deepEqual(
      all.map((s) => [s.key, s.count, s.median, s.overdue]),
      [
        ['qualify', 2, 1, 0],
        ['solution', 1, 21, 0],
        ['proposal', 1, 30, 1],
        ['negotiation', 1, 11, 0],
      ],
    );
    const some = stageCycleOf(
      rules.stages,
      f.level.length,
      (k) => stageIdx[f.index[k]!]!,
      f.numbers[0]!,
      () => false,
      Int32Array.of(0),
    );
    assert.deepEqual(
      some.map((s) => s.count),
      [0, 0, 1, 0],
    );
    // A stage the rules do not have counts nowhere.
    assert.deepEqual(
      [
        ...keyIndexByInput(
          [{ stage: 'gone' }, null, { stage: 'qualify' }],
          (r) => (r as { stage?: string } | null)?.stage,
          stages,
          new Int32Array(3),
          0,
          3,
          false,
        ),
      ],
      [-1, -1, 0],
    );
  });

  test('slices add up to the whole', () => {
    const f = oppFacets(OPPS);
    const acc = keyAccountsAtRisk(f, 0, 2);
    assert.deepEqual(keyAccountsAtRisk(f, 2, f.level.length, acc), keyAccountsAtRisk(f));
    const assessed = assessedInputs(f, OPPS.length);
    const owners = collectTexts(OPPS, assessed, (r) => (r as { owner?: string }).owner, 0, 3);
    collectTexts(OPPS, assessed, (r) => (r as { owner?: string }).owner, 3, OPPS.length, owners);
    assert.deepEqual(
      sortTexts(owners, 'en'),
      distinctTexts(f, OPPS, (r) => (r as { owner?: string }).owner, 'en'),
    );
    const keys = new Map<string, number>();
    const idx = keyIndexByInput(
      [{ t: 'B' }, { t: 'A' }, { t: 'B' }],
      (r) => (r as { t: string }).t,
      keys,
      new Int32Array(3),
    );
    assert.deepEqual([...idx], [0, 1, 0]);
    assert.deepEqual(keyList(keys), ['B', 'A']);
  });
});

describe('risk summary: churn aggregates', () => {
  const ACCOUNTS = [
    { id: 'x1', tier: 'A', arr: 600000, renewalDate: '2026-05-15', nps: 3 }, // warning + renewal-at-risk → critical
    { id: 'x2', tier: 'B', arr: 200000, nps: 5 }, // warning
    { id: 'x3', tier: 'A', arr: 150000, renewalDate: '2026-04-20', nps: 9 }, // ok
    { id: 'x4', overdueDays: 65 }, // critical, no tier, no arr
  ];
  const list = ACCOUNTS;
  const f = facetsOf(
    'accounts',
    assessIndexed({ kind: 'accounts', model: assessChurn, asOf: AS_OF, list }),
    list,
    CHURN_SIGNAL_CODES,
  );

  test('grid counts and ARR per tier and level; renewals at risk', () => {
    const g = riskGridCounts(f, (k) => (list[f.index[k]!] as { tier?: string }).tier ?? '');
    const half = riskGridCounts(f, (k) => (list[f.index[k]!] as { tier?: string }).tier ?? '', 0, 2);
    assert.deepEqual(
      riskGridCounts(f, (k) => (list[f.index[k]!] as { tier?: string }).tier ?? '', 2, 4, half),
      g,
    );
    assert.deepEqual(Object.fromEntries(g), {
      A: { critical: { count: 1, money: 600000 }, ok: { count: 1, money: 150000 } },
      B: { warning: { count: 1, money: 200000 } },
      '': { critical: { count: 1, money: 0 } },
    });
    assert.equal(rowsWithSignal(f, signalShifts(CHURN_SIGNAL_CODES).get('renewal-at-risk')), 1);
    assert.equal(rowsWithSignal(f, undefined), 0);
  });

  test('the renewal window and the renewal sort: coming soonest first, then lapsed (latest first), then none', () => {
    assert.deepEqual(
      [0, 45, 90, 91, -1].map((d) => inRenewalWindow(d, 90)),
      [true, true, true, false, false],
    );
    assert.equal(inRenewalWindow(null, 90), false);
    assert.equal(inRenewalWindow(NaN, 90), false);
    const days = [-303, 20, null, 245, -5, 45];
    const keys = days.map(renewalSortKey);
    const order = days
      .map((_, i) => i)
      .sort((a, b) => (keys[a] === null ? 1 : keys[b] === null ? -1 : keys[a]! - keys[b]!));
    assert.deepEqual(
      order.map((i) => days[i]),
      [20, 45, 245, -5, -303, null],
    );
    assert.equal(renewalSortKey(-1), PAST_RENEWAL + 1);
  });

  test('tier order: a tiering model by minScore descending (ties in input order), or an attribute; else A–Z', () => {
    assert.deepEqual(
      tierOrderFromModel({
        tiers: [
          { key: 'C', minScore: 40 },
          { key: 'A', minScore: 80 },
          { key: 'B', minScore: 80 },
          { key: 'D', minScore: 0 },
        ],
      }),
      ['A', 'B', 'C', 'D'],
    );
    assert.deepEqual(
      tierOrderFromModel({
        model: {
          tiers: [
            { key: 'low', minScore: 0 },
            { key: 'high', minScore: 70 },
          ],
        },
      }),
      ['high', 'low'],
    );
    assert.equal(tierOrderFromModel({ factors: [] }), null);
    assert.equal(tierOrderFromModel(undefined), null);
    assert.deepEqual(parseTierOrder('Strategic, Growth ,Core'), ['Strategic', 'Growth', 'Core']);
    assert.deepEqual(parseTierOrder('A B'), ['A', 'B']);
    assert.equal(parseTierOrder('  '), null);
    assert.deepEqual(sortTiers(['B', '', 'A', 'Core', 'Strategic'], ['Strategic', 'Growth', 'Core']), [
      'Strategic',
      'Core',
      'A',
      'B',
      '',
    ]);
    assert.deepEqual(sortTiers(['T10', 'T2', '', 'T1']), ['T1', 'T2', 'T10', '']);
  });
});

describe('risk summary: response-plan keys', () => {
  const rec = { stage: 'proposal', stageEnteredAt: '2026-03-01' };
  const sig = (code: string, detail: unknown) => ({ code, detail });

  test('a step key holds while the task is the same and changes with what the signal is about', () => {
    const idle = (days: number, last: string | null) =>
      sig('idle', { daysIdle: days, maxIdleDays: 5, criticalAfterDays: 10, lastActivityAt: last });
    assert.equal(
      planStepKey(idle(11, '2026-03-20'), rec),
      planStepKey(idle(12, '2026-03-20'), rec),
      'a day later: same task',
    );
    assert.notEqual(
      planStepKey(idle(11, '2026-03-20'), rec),
      planStepKey(idle(3, '2026-03-28'), rec),
      'a new activity: a new idle spell',
    );
    const missing = (m: string[]) => sig('missing-fields', { missing: m, completeness: 0.5, required: 6 });
    assert.equal(planStepKey(missing(['a', 'b']), rec), planStepKey(missing(['b', 'a']), rec));
    assert.notEqual(planStepKey(missing(['a', 'b']), rec), planStepKey(missing(['a']), rec));
    const overdue = sig('stage-overdue', { daysInStage: 30, standardDays: 14, cycleRatio: 2.1 });
    assert.equal(
      planStepKey(overdue, rec),
      planStepKey({ ...overdue, detail: { daysInStage: 31, standardDays: 14, cycleRatio: 2.2 } }, rec),
    );
    assert.notEqual(planStepKey(overdue, rec), planStepKey(overdue, { ...rec, stage: 'negotiation' }));
    const shortfall = (s: Record<string, number>) =>
      sig('activity-shortfall', { shortfall: s, compliance: 0, daysInStage: 30, standardDays: 14 });
    assert.equal(
      planStepKey(shortfall({ visit: 1, demo: 1 }), rec),
      planStepKey(shortfall({ demo: 1, visit: 1 }), rec),
    );
    assert.notEqual(planStepKey(shortfall({ visit: 1 }), rec), planStepKey(shortfall({ visit: 2 }), rec));
    const close = (d: string) => sig('close-date-passed', { expectedCloseDate: d, daysPast: 3 });
    assert.notEqual(planStepKey(close('2026-03-15'), rec), planStepKey(close('2026-03-20'), rec));
    assert.match(planStepKey(close('2026-03-15'), rec), /^close-date-passed:[0-9a-z]+$/);
  });

  test('rows sharing an id get keys of their own', () => {
    assert.deepEqual([...repeatedIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, null, { id: 7 }])], ['a']);
    assert.equal(planRowKey('a', 3, false), 'a');
    assert.notEqual(planRowKey('a', 0, true), planRowKey('a', 2, true));
  });
});

describe('risk view: search index and stepped sort', () => {
  test('search finds rows by any part of their text, case-insensitive; never across rows', () => {
    const idx = buildSearchIndex([
      'Acme\u0001o1\u0001Alice',
      'Beta\nPilot\u0001o2\u0001Bob',
      'GAMMA\u0001o3\u0001alice',
    ]);
    assert.equal(searchRows(idx, '  '), null);
    assert.deepEqual([...searchRows(idx, 'ALICE')!], [1, 0, 1]);
    assert.deepEqual([...searchRows(idx, 'beta pilot')!], [0, 1, 0]);
    assert.deepEqual([...searchRows(idx, 'bob\nga')!], [0, 0, 0]);
    assert.deepEqual([...searchRows(idx, 'o')!], [1, 1, 1]);
    assert.deepEqual([...searchRows(buildSearchIndex([]), 'x')!], []);
  });

  test('sortSteps equals a stable sort, in steps or at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 400 }),
        fc.integer({ min: 16, max: 500 }),
        (keys, step) => {
          const want = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
          const it = sortSteps(keys.length, (x, y) => keys[x]! - keys[y]!, step);
          assert.deepEqual([...drainSteps(it)], want);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a long sort yields between steps', () => {
    const n = 50_000;
    const keys = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
    const it = sortSteps(n, (x, y) => keys[x]! - keys[y]!);
    let yields = 0;
    let s = it.next();
    while (!s.done) {
      yields++;
      s = it.next();
    }
    assert.ok(yields > 10, `yielded ${yields} times`);
    for (let p = 1; p < n; p++) assert.ok(keys[s.value[p - 1]!]! <= keys[s.value[p]!]!);
  });
});

describe("rules overlay: the user's changes over the host's rules", () => {
  const host = resolvePipelineRules({ keyAccountMinAmount: 300000 });

  test("stage edits follow the stage key; other values stay the host's", () => {
    const overlay = setInOverlay(
      setInOverlay(undefined, ['stages', 'solution', 'standardDays'], 10),
      ['thresholds', 'cycleWarn'],
      1.2,
    );
    assert.deepEqual(overlay, { stages: { solution: { standardDays: 10 } }, thresholds: { cycleWarn: 1.2 } });
    const { rules, dropped } = overlayPipelineRules(host, overlay);
    const r = resolvePipelineRules(rules);
    assert.deepEqual(dropped, []);
    assert.equal(r.stages[1]!.standardDays, 10);
    assert.equal(r.stages[1]!.maxIdleDays, host.stages[1]!.maxIdleDays);
    assert.equal(r.keyAccountMinAmount, 300000);
    assert.equal(r.thresholds.cycleWarn, 1.2);
    assert.equal(r.thresholds.cycleCritical, host.thresholds.cycleCritical);
    // The host reorders its stages: the edit stays with "solution".
    const moved = resolvePipelineRules({ stages: [host.stages[1], host.stages[0], host.stages[2]] });
    assert.equal(resolvePipelineRules(overlayPipelineRules(moved, overlay).rules).stages[0]!.standardDays, 10);
  });

  test('a stage the host no longer has is dropped and named', () => {
    const overlay = { stages: { solution: { standardDays: 10 }, gone: { maxIdleDays: 2 } } };
    const { rules, dropped } = overlayPipelineRules(host, overlay);
    assert.deepEqual(dropped, ['gone']);
    assert.equal(resolvePipelineRules(rules).stages.length, 4);
    assert.deepEqual(dropOverlayStages(overlay, dropped), { stages: { solution: { standardDays: 10 } } });
    assert.deepEqual(dropOverlayStages({ stages: { gone: {} } }, ['gone']), {});
    assert.equal(isEmptyOverlay({}), true);
    assert.equal(isEmptyOverlay(undefined), true);
  });

  test("a stage list replaces the host's stages; bad values reach the model with their path", () => {
    const list = [{ key: 'only', standardDays: 5, maxIdleDays: 2 }];
    assert.deepEqual(
      resolvePipelineRules(overlayPipelineRules(host, { stages: list }).rules).stages.map((s) => s.key),
      ['only'],
    );
    const bad = overlayPipelineRules(host, { stages: { proposal: { standardDays: NaN } } }).rules;
    assert.throws(
      () => resolvePipelineRules(bad),
      (e: { issues: { path: string }[] }) => e.issues[0]!.path === 'rules.stages.2.standardDays',
    );
    assert.equal(overlayPipelineRules(host, 'nope').rules, 'nope');
    assert.equal(overlayPipelineRules(host, undefined).rules, host);
  });

  test('churn: only the changed values', () => {
    const h = resolveChurnRules({ npsDetractorMax: 4 });
    const r = resolveChurnRules(overlayChurnRules(h, { overdueCriticalDays: 70, csatLowBelow: null }).rules);
    assert.equal(r.overdueCriticalDays, 70);
    assert.equal(r.npsDetractorMax, 4);
    assert.equal(r.csatLowBelow, h.csatLowBelow);
  });
});

describe('charts: sparkline by month', () => {
  test('points sit at their month; a missing month breaks the line and is listed with no value', () => {
    const s = sparkline(
      [
        { label: '2025-11', value: 0.8 },
        { label: '2025-12', value: 0.7 },
        { label: '2026-03', value: 0.6 },
      ],
      { width: 100, height: 40, pad: 0, domain: [0, 1] },
    );
    assert.deepEqual(
      s.points.map((p) => p.x),
      [0, 25, 100],
    );
    assert.equal((s.path.match(/M/g) ?? []).length, 2);
    assert.deepEqual(s.months, [
      { label: '2025-11', value: 0.8 },
      { label: '2025-12', value: 0.7 },
      { label: '2026-01', value: null },
      { label: '2026-02', value: null },
      { label: '2026-03', value: 0.6 },
    ]);
    const one = sparkline([{ label: '2026-01', value: 3 }], { width: 100 });
    assert.equal(one.points[0]!.x, 50);
    const plain = sparkline(
      [
        { label: 'a', value: 1 },
        { label: 'b', value: 2 },
      ],
      { width: 10, pad: 0 },
    );
    assert.deepEqual(
      plain.points.map((p) => p.x),
      [0, 10],
    );
  });
});

describe('i18n: dates of the data', () => {
  test('an ISO date or date-time reads as its UTC day, in the locale', () => {
    assert.equal(formatDay('2026-03-31', 'en'), 'Mar 31, 2026');
    assert.equal(formatDay('2026-03-05T01:00:00+08:00', 'en'), 'Mar 4, 2026');
    assert.equal(formatDay('2026-03-05T23:30:00', 'en'), 'Mar 5, 2026');
    assert.equal(formatDay('2026-03-31', 'zh-CN'), '2026年3月31日');
    assert.equal(formatDay('soon', 'en'), 'soon');
    assert.equal(formatDay(null, 'en'), '—');
    assert.equal(formatMonth('2026-03', 'en'), 'Mar 2026');
    assert.equal(formatMonth('2026-03', 'zh-CN'), '2026年3月');
    assert.equal(formatMonth('2026-13', 'en'), '2026-13');
  });
});
