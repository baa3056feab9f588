// The opportunity alert panel's view model (src/views/risk-opportunity.ts) on the hand-checked
// pipeline of test/fixtures/opportunity-alerts.json, as of 2026-03-31, default rules:
//   o1 Acme expansion  Alice proposal    800,000 critical 13 (key by amount; 30 days of 14; idle 11)
//   o2 Beta pilot      Bob   qualify     120,000 ok          (7 days of 14)
//   o3 Gamma renewal   Alice solution    300,000 warning 2   (21 of 21; idle 9)
//   o4 Delta …         Carol negotiation  50,000 critical 3  (keyAccount: true; 11 of 14; idle 3)
//   o5 Broken          Bob   qualify          −5 invalid
// Output order (risk): o1, o4, o3, o2 — output rows 0..3 are input rows 0, 3, 2, 1.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  assessOpportunities,
  OPPORTUNITY_SIGNAL_CODES,
  resolvePipelineRules,
  type Opportunity,
  type OpportunityRow,
} from '../../src/models/opportunities.js';
import { assessIndexed, facetsOf } from '../../src/risk/engine.js';
import { OPPORTUNITY } from '../../src/i18n/opportunity-alerts.js';
import {
  activitiesText,
  fieldsOfText,
  OPPORTUNITY_CSV,
  opportunityAggregates,
  opportunityFieldLabel,
  opportunityMatch,
  opportunitySearchText,
  opportunitySorts,
  parseActivities,
  stageLabelOf,
  teamStatsShown,
} from '../../src/views/risk-opportunity.js';
import { csvTable, filterView, identityOrder, sortOrderSteps } from '../../src/views/risk-view.js';
import { drainSteps } from '../../src/views/stepped-sort.js';

const DATA = JSON.parse(readFileSync(new URL('../fixtures/opportunity-alerts.json', import.meta.url), 'utf8')) as {
  asOf: string;
  opportunities: Opportunity[];
};
const LIST = DATA.opportunities;
const RULES = resolvePipelineRules();
const A = assessIndexed({
  kind: 'opportunities',
  model: assessOpportunities,
  asOf: DATA.asOf,
  rules: RULES,
  list: LIST,
});
const F = facetsOf('opportunities', A, LIST, OPPORTUNITY_SIGNAL_CODES);
const ID = identityOrder(F.level.length);
/** Ids of the output rows a filter keeps, in risk order. */
const shown = (filters: Record<string, string>) =>
  Array.from(filterView(F.level, ID, { level: filters.level, match: opportunityMatch(F, LIST, filters) })).map(
    (k) => LIST[F.index[k]!]!.id,
  );
const sorted = (key: string) => {
  const s = opportunitySorts(F, LIST).find((x) => x.key === key)!;
  return Array.from(drainSteps(sortOrderSteps(F.level.length, s.value, s.dir, 'en'))).map((k) => LIST[F.index[k]!]!.id);
};
const aggregates = () => drainSteps(opportunityAggregates(F, LIST, RULES, 'en'));

describe('opportunity view: filters and sorts', () => {
  test('the assessment the cases below start from', () => {
    assert.deepEqual(Array.from(F.index), [0, 3, 2, 1]);
    assert.deepEqual(Array.from(F.level), [2, 2, 1, 0]);
  });

  test('no own filter: no test at all', () => {
    assert.equal(opportunityMatch(F, LIST, {}), null);
    assert.equal(opportunityMatch(F, LIST, { level: 'critical' }), null);
  });

  test('by dimension, owner, stage and key account', () => {
    // info: o1 (missing fields) and o4 (no fields); action: o1 and o3 (shortfall, idle); cycle: o1 only.
    assert.deepEqual(shown({ dim: 'info' }), ['o1', 'o4']);
    assert.deepEqual(shown({ dim: 'action' }), ['o1', 'o3']);
    assert.deepEqual(shown({ dim: 'cycle' }), ['o1']);
    assert.deepEqual(shown({ dim: 'nonsense' }), []);
    assert.deepEqual(shown({ dim: 'action', owner: 'Alice' }), ['o1', 'o3']);
    assert.deepEqual(shown({ owner: 'Alice', stage: 'solution' }), ['o3']);
    assert.deepEqual(shown({ owner: 'Bob' }), ['o2']); // o5 (Bob) could not be assessed
    assert.deepEqual(shown({ key: '1' }), ['o1', 'o4']); // o1 by amount ≥ 500,000, o4 marked
    assert.deepEqual(shown({ key: '1', level: 'critical', owner: 'Carol' }), ['o4']);
  });

  test('sorts: amount, days in stage against the standard, idle (most first), name', () => {
    assert.deepEqual(sorted('amount'), ['o1', 'o3', 'o2', 'o4']); // 800k, 300k, 120k, 50k
    assert.deepEqual(sorted('cycle'), ['o1', 'o3', 'o4', 'o2']); // 30/14 = 2.14, 21/21 = 1, 11/14 = 0.79, 7/14 = 0.5
    assert.deepEqual(sorted('idle'), ['o1', 'o3', 'o4', 'o2']); // 11, 9, 3, 0
    assert.deepEqual(sorted('name'), ['o1', 'o2', 'o4', 'o3']); // Acme, Beta, Delta, Gamma
  });

  test('search text: the owner', () => {
    assert.equal(opportunitySearchText(LIST[0]!), 'Alice');
    assert.equal(opportunitySearchText({ id: 'x' } as Opportunity), '');
  });
});

describe('opportunity view: aggregates', () => {
  test('owners in order, key accounts at risk, no repeated ids', () => {
    const a = aggregates();
    assert.deepEqual(a.owners, ['Alice', 'Bob', 'Carol']); // o5's Bob counts only through o2
    assert.deepEqual(a.keyAtRisk, { count: 2, amount: 850_000 }); // o1 800,000 + o4 50,000
    assert.deepEqual([...a.repeated], []);
    // Stage position per input row: proposal 2, qualify 0, solution 1, negotiation 3, qualify 0.
    assert.deepEqual(Array.from(a.stageIdx), [2, 0, 1, 3, 0]);
  });

  test('the team view: days in stage per stage against the standard, with the overdue count', () => {
    const rows = aggregates().teamAll.map((s) => [s.key, s.count, s.median, s.p90, s.standardDays, s.overdue]);
    assert.deepEqual(rows, [
      ['qualify', 1, 7, 7, 14, 0],
      ['solution', 1, 21, 21, 21, 0],
      ['proposal', 1, 30, 30, 14, 1], // o1: 30 > 14 × 1.5, stage-overdue
      ['negotiation', 1, 11, 11, 14, 0],
    ]);
  });

  test('the team view of the rows shown: all rows unless a filter or search is in force', () => {
    const a = aggregates();
    assert.equal(teamStatsShown(a, F, RULES, ID, {}, '  '), a.teamAll);
    // Alice's rows: o1 (proposal 30) and o3 (solution 21).
    const alice = filterView(F.level, ID, { match: opportunityMatch(F, LIST, { owner: 'Alice' }) });
    const stats = teamStatsShown(a, F, RULES, alice, { owner: 'Alice' }, '');
    assert.deepEqual(
      stats.map((s) => [s.key, s.count, s.median]),
      [
        ['qualify', 0, null],
        ['solution', 1, 21],
        ['proposal', 1, 30],
        ['negotiation', 0, null],
      ],
    );
  });

  test("in slices: the same aggregates, one yield per slice, the team view and the owners' sort apart, one before the result", () => {
    const steps = opportunityAggregates(F, LIST, RULES, 'en', 2);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    assert.equal(yields, 6); // input rows 0–1, 2–3, 4, the team view, the owners' sort, then the last step
    assert.deepEqual(r.value, aggregates());
  });

  test('repeated ids are found (their plan ticks are kept per row)', () => {
    const twice = [...LIST, { ...LIST[1]!, name: 'Beta twin' }];
    const a2 = assessIndexed({
      kind: 'opportunities',
      model: assessOpportunities,
      asOf: DATA.asOf,
      list: twice,
    });
    const f2 = facetsOf('opportunities', a2, twice, OPPORTUNITY_SIGNAL_CODES);
    assert.deepEqual([...drainSteps(opportunityAggregates(f2, twice, RULES, 'en')).repeated], ['o2']);
  });
});

describe('opportunity view: CSV, labels, the editor', () => {
  test('CSV of the rows given, with the model values', () => {
    const rows = [0, 3].map((k) => ({ row: A.result.rows[k] as OpportunityRow, rec: LIST[F.index[k]!]! }));
    const t = csvTable(OPPORTUNITY_CSV, rows);
    assert.deepEqual(t.header.slice(0, 8), [
      'id',
      'name',
      'owner',
      'stage',
      'amount',
      'keyAccount',
      'level',
      'riskScore',
    ]);
    assert.deepEqual(t.cells[0]!.slice(0, 8), [
      'o1',
      'Acme expansion',
      'Alice',
      'proposal',
      800000,
      true,
      'critical',
      13,
    ]);
    assert.deepEqual(t.cells[1]!.slice(0, 8), ['o2', 'Beta pilot', 'Bob', 'qualify', 120000, false, 'ok', 0]);
    assert.equal(t.cells[1]!.at(-2), ''); // no signals
  });

  test("a stage's name: the rules' label, else the UI's name, else its key", () => {
    const t = OPPORTUNITY.en;
    assert.equal(stageLabelOf('qualify', [{ key: 'qualify', label: 'Discovery' }], t), 'Discovery');
    assert.equal(stageLabelOf('qualify', RULES.stages, t), 'Qualify');
    assert.equal(stageLabelOf('pilot', RULES.stages, t), 'pilot');
  });

  test("a stage's name with host labels: the rules' label wins, then the host's, then ours", () => {
    const t = OPPORTUNITY.en;
    const host = (k: string, b: string | undefined) => (k === 'qualify' || k === 'pilot' ? `Host ${k}` : (b ?? k));
    assert.equal(stageLabelOf('qualify', [{ key: 'qualify', label: 'Discovery' }], t, host), 'Discovery');
    assert.equal(stageLabelOf('qualify', RULES.stages, t, host), 'Host qualify');
    assert.equal(stageLabelOf('pilot', RULES.stages, t, host), 'Host pilot');
    assert.equal(stageLabelOf('proposal', RULES.stages, t, host), 'Proposal');
  });

  test('plain-words names of bad fields', () => {
    const t = OPPORTUNITY.en;
    const stage = (i: number) => ['Qualify', 'Solution'][i];
    assert.equal(opportunityFieldLabel('opportunities.4.amount', t, stage), 'Amount');
    assert.equal(opportunityFieldLabel('opportunities.0.fields.budget', t, stage), 'budget');
    assert.equal(opportunityFieldLabel('opportunities.0.fields.custom', t, stage), 'custom');
    // The host's label for a deal field (codeLabels kind `field`) wins; without one, our name, else the key.
    const host = (k: string, b: string | undefined) => (k === 'custom' ? 'Budget owner' : (b ?? k));
    assert.equal(opportunityFieldLabel('opportunities.0.fields.custom', t, stage, host), 'Budget owner');
    assert.equal(opportunityFieldLabel('opportunities.0.fields.budget', t, stage, host), 'budget');
    assert.equal(opportunityFieldLabel('rules.stages.1.standardDays', t, stage), 'Solution · Standard days');
    assert.equal(opportunityFieldLabel('rules.stages.1', t, stage), 'Solution');
    assert.equal(opportunityFieldLabel('rules.stages.7.maxIdleDays', t, stage), `7 · ${t.maxIdleDays}`);
    assert.equal(opportunityFieldLabel('rules.thresholds.cycleWarn', t, stage), t.cycleWarn);
    assert.equal(opportunityFieldLabel('rules.thresholds.other', t, stage), 'Thresholds');
    assert.equal(opportunityFieldLabel('rules.keyAccountMinAmount', t, stage), 'Key account from amount');
    assert.equal(opportunityFieldLabel('asOf', t, stage), undefined);
  });

  test('required activities and fields as the editor reads and shows them', () => {
    assert.deepEqual(parseActivities('call:2, visit:1'), { call: 2, visit: 1 });
    assert.deepEqual(parseActivities('call×2；visit：1'), { call: 2, visit: 1 }); // full-width separators
    assert.deepEqual(parseActivities(''), {});
    assert.equal(parseActivities('call two'), null);
    assert.equal(activitiesText({ call: 2, visit: 1 }), 'call:2, visit:1');
    assert.equal(activitiesText(undefined), '');
    assert.deepEqual(fieldsOfText(' need, budget，, decisionMaker '), ['need', 'budget', 'decisionMaker']);
  });
});
