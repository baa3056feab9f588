// The planners' exports through the shared tables: words for headers, values rounded as the UI shows them,
// and the workbook read back equal to the CSV, in English and zh-CN.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planHeadcount } from '../../src/models/headcount.js';
import { planCsCapacity, planCsSegments } from '../../src/models/cs-capacity.js';
import { forecastFunnel } from '../../src/models/funnel.js';
import { headcountTables, csCapacityTables, figuresTable } from '../../src/export/planners.js';
import { funnelTables, funnelTeamTables, type FunnelExportWords } from '../../src/export/funnel.js';
import { tablesCsv } from '../../src/export/table.js';
import { TARGET as TARGET_EN } from '../../src/i18n/sales-target-planner/en.js';
import { TARGET as TARGET_ZH } from '../../src/i18n/sales-target-planner/zh-CN.js';
import { CS as CS_EN } from '../../src/i18n/cs-capacity-planner/en.js';
import { FUNNEL as FUNNEL_EN } from '../../src/i18n/funnel-forecast/en.js';
import { FUNNEL as FUNNEL_ZH } from '../../src/i18n/funnel-forecast/zh-CN.js';
import { CS_EXAMPLE, FUNNEL_EXAMPLE, HEADCOUNT_PLAN } from '../fixtures/seeds.js';
import { assertPeopleTables } from './export-checks.js';

const month = (locale: string) => (m: number) =>
  new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2001, m - 1, 1));

describe('export: sales-target-planner', () => {
  // The element's defaults, with a retention that leaves fractions of people (the 3167999.9999999995).
  const plan = planHeadcount({ ...HEADCOUNT_PLAN, monthlyRetention: 0.97 });

  it('has the months in words, "Ramping" for unqualified and money at 2 decimals', async () => {
    const tables = headcountTables(plan, TARGET_EN, 'CNY', month('en'));
    const csv = tablesCsv(tables).split('\n');
    assert.equal(
      csv[0],
      'Month,Hires (people),Seasonality,Qualified,Ramping,Revenue (CNY),Target (CNY),Gap (CNY),Cumulative revenue (CNY),Cumulative target (CNY)',
    );
    // January: 2 qualified, the ramping rep and January's hire ramping: 2 × 100,000 + 2 × 40,000 of 1,000,000.
    assert.equal(csv[1], 'Jan,1,8.3%,2,2,280000,1000000,720000,280000,1000000');
    // Later months carry the 97 % retention: one decimal of people, two of money.
    for (const line of csv.slice(2)) assert.match(line, /^\S+,\d+,8\.3%,\d+(\.\d)?,\d+(\.\d)?(,\d+(\.\d\d?)?){5}$/);
    assert.doesNotMatch(tablesCsv(tables), /unqualified|\d\.\d{7,}/);
    await assertPeopleTables(tables);
    await assertPeopleTables(headcountTables(plan, TARGET_ZH, 'CNY', month('zh-CN')));
  });
});

describe('export: cs-capacity-planner', () => {
  it('projects months and totals segments in words', async () => {
    const single = planCsCapacity(CS_EXAMPLE);
    await assertPeopleTables(csCapacityTables(single, CS_EN, 'Total'));
    const segs = planCsSegments({
      segments: [
        { ...CS_EXAMPLE, key: 'ka', label: 'KA', customers: 100 },
        { ...CS_EXAMPLE, key: 'smb', label: 'SMB', customers: 840 },
      ],
    });
    const tables = csCapacityTables(segs, CS_EN, 'Total');
    await assertPeopleTables(tables);
    const lines = tablesCsv(tables).split('\n');
    assert.equal(lines[0], 'Segment,Customer base B,Deep-service share r2,Customers per CSM,CSMs,Managers');
    assert.match(lines[3]!, /^Total,\d+(\.\d)?,,,\d+,\d+$/);
  });
});

// docs/models.md §3a's example, with a capacity for the calls (4,834 needed: not feasible).
const FUNNEL = {
  ...FUNNEL_EXAMPLE,
  activities: [{ key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 1000 }],
};

const words = (t: typeof FUNNEL_EN): FunnelExportWords => ({
  t,
  feasible: 'Feasible',
  yes: 'Feasible',
  no: 'Not feasible',
  currency: 'CNY',
  stageName: (k) => t.stages[k] ?? k,
  activityName: (k) => t.activities[k] ?? t.kinds[k] ?? k,
});

describe('export: funnel-forecast', () => {
  it('gives stages and activities as tables, not paths', async () => {
    const r = forecastFunnel(FUNNEL);
    assert.ok(!('reps' in r));
    const tables = funnelTables(r, FUNNEL, words(FUNNEL_EN));
    const csv = tablesCsv(tables);
    assert.doesNotMatch(csv, /path,value|input\.stages/);
    const [stages, acts] = csv.split('\n\n').map((s) => s.split('\n'));
    assert.deepEqual(stages!.slice(0, 3), [
      'Stage',
      'Stage,In pipeline (customers),Conversion,Win probability,New needed',
      'Leads,200,20%,1.2%,484',
    ]);
    assert.equal(acts![1], 'Activity,Stage,Yield (customers per unit),Capacity,New needed,Feasible');
    assert.match(acts![2]!, /^Calls \(telesales\),Leads,0\.1,1000,4834,Not feasible$/);
    await assertPeopleTables(tables);
    await assertPeopleTables([
      figuresTable('Results', [{ label: 'Attainment', value: 0.8571428571428571, kind: 'pct' }]),
      ...funnelTables(r, FUNNEL, words(FUNNEL_ZH)),
    ]);
  });

  it('gives a team one row per rep and the team needs', async () => {
    const input = {
      reps: [{ ...FUNNEL, id: 'a', name: 'Ann' }, { id: 'bad' }, { ...FUNNEL, id: 'b', name: 'Bo', target: 500_000 }],
    };
    const r = forecastFunnel(input as unknown);
    assert.ok('reps' in r);
    const tables = funnelTeamTables(r, input, words(FUNNEL_EN), 'Total');
    const lines = tablesCsv(tables).split('\n');
    assert.equal(lines[2]!.split(',')[1], '1000000');
    assert.equal(lines[3]!.split(',').slice(0, 2).join(','), 'Bo,500000');
    assert.match(lines[4]!, /^Total,1500000,/);
    await assertPeopleTables(tables);
  });
});
