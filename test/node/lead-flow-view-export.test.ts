import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow, resolveLeadFlowRules } from '../../src/models/lead-flow.js';
import { compileModel, type TierResult } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { LEAD_FLOW } from '../../src/i18n/lead-flow.js';
import { collectRowIssues, rowIssueAsIssue, rowsWithIssues } from '../../src/views/lead-flow-rows.js';
import { reactivationCsv, skippedCsv, transitionsCsv } from '../../src/views/lead-flow-export.js';
import { indexLeads } from '../../src/views/lead-flow-leads.js';
import { rankReactivation, tierCandidates } from '../../src/views/lead-flow-reactivation.js';
import { fixture } from './helpers.js';
import type { LeadFlowInput } from '../../src/schemas/lead-flow.js';

const DATA = fixture<LeadFlowInput>('lead-flow.json');
/** Due as of 2026-03-31: p1 and p3 (no follow-up), p4 (not converted in 30 days), l1 (unclaimed 15 days). */
const RESULT = analyzeLeadFlow(DATA);
const en = LEAD_FLOW.en;
const rules = resolveLeadFlowRules();

/** Two problems of a CSV: line 5 has a cell too many (skipped by the import); lead 3 (line 6, id bad2) a bad creation date the model refuses. */
const CSV_FILE = {
  format: 'csv' as const,
  lines: [2, 3, 4, 6],
  columns: { id: '线索ID', createdAt: '创建时间' },
  skipped: [{ line: 5, code: 'too-many-cells', message: 'line 5 has 14 cells but the header has 13' }],
};
const BAD2 = {
  index: 3,
  id: 'bad2',
  issues: [{ path: 'createdAt', message: 'createdAt must be an ISO 8601 date such as 2026-03-05' }],
};

test('row problems of a CSV: skipped rows and refused leads, in row order, at their column', () => {
  const rows = collectRowIssues(CSV_FILE, [BAD2]);
  assert.deepEqual(rows, [
    {
      row: 5,
      column: '',
      message: 'line 5 has 14 cells but the header has 13',
      problem: CSV_FILE.skipped[0],
    },
    {
      index: 3,
      row: 6,
      id: 'bad2',
      column: '创建时间',
      message: 'createdAt must be an ISO 8601 date such as 2026-03-05',
    },
  ]);
  assert.deepEqual(
    rows.map((r) => rowIssueAsIssue(r, CSV_FILE.columns)),
    [
      { path: 'row.5', message: 'row 5: line 5 has 14 cells but the header has 13' },
      {
        path: 'leads.3.createdAt',
        message: 'row 6, column "创建时间": createdAt must be an ISO 8601 date such as 2026-03-05',
      },
    ],
  );
  // Refused leads come after skipped rows unless the rows say otherwise: a CSV is sorted by row.
  const early = collectRowIssues(CSV_FILE, [{ ...BAD2, index: 0 }]);
  assert.deepEqual(
    early.map((r) => r.row),
    [2, 5],
  );
});

test('row problems of JSON leads: by lead index and id, the field as the column', () => {
  const file = { format: 'json' as const, skipped: [] };
  const rows = collectRowIssues(file, [
    {
      index: 2,
      id: 'x',
      issues: [
        { path: 'source', message: 'source is required (expected text)' },
        { path: 'pool', message: 'pool must be one of …' },
      ],
    },
    { index: 4, issues: [{ path: 'values.fit', message: 'values.fit …' }] },
  ]);
  assert.deepEqual(
    rows.map((r) => rowIssueAsIssue(r, undefined)),
    [
      { path: 'leads.2.source', message: 'leads.2 (id x): source is required (expected text)' },
      { path: 'leads.2.pool', message: 'leads.2 (id x): pool must be one of …' },
      { path: 'leads.4.values.fit', message: 'leads.4: values.fit …' },
    ],
  );
  assert.equal(rowsWithIssues(rows), 2); // lead 2 has two problems
  assert.equal(
    skippedCsv(rows, (r) => `[${r.message}]`),
    'row,column,problem\n3,source,[source is required (expected text)]\n3,pool,[pool must be one of …]\n5,values.fit,[values.fit …]',
  );
});

test('the due list as CSV for the CRM', () => {
  const { byId } = indexLeads(DATA.leads);
  const csv = transitionsCsv(RESULT.transitions, byId, '2026-03-31', (r) => en.reasons[r](rules));
  assert.deepEqual(csv.split('\n'), [
    'id,from,to,reason,reasonText,owner,source,businessLine,poolEnteredAt,assignedAt,asOf',
    'p1,private,line,no-follow-up,No follow-up more than 3 days after assignment,Wang,sem,A,2026-03-27,2026-03-27,2026-03-31',
    'p3,private,line,no-follow-up,No follow-up more than 3 days after assignment,,sem,A,2026-03-27,,2026-03-31',
    'p4,private,line,not-converted-in-time,Not converted after more than 30 days in the private pool,Wang,sem,A,2026-02-28,2026-02-28,2026-03-31',
    'l1,line,company,unclaimed,Unclaimed more than 14 days in the business-line pool,,sem,B,2026-03-16,,2026-03-31',
  ]);
  // Formula-looking text is neutralised.
  const evil = indexLeads([{ id: '=1+1', owner: '@x' }]).byId;
  const line = transitionsCsv(
    [{ id: '=1+1', from: 'line', to: 'company', reason: 'unclaimed' }],
    evil,
    '',
    () => '',
  ).split('\n')[1]!;
  assert.ok(line.startsWith(`'=1+1,`), line);
  assert.ok(line.includes(`'@x`), line);
});

test('the reactivation candidates as CSV, best value first, the score to 6 decimals', () => {
  // The saas campaign: l2 (engaged), c1 (engaged + campaign, the seed's values: 68.5 → B), c2 (campaign).
  const r = analyzeLeadFlow({ ...DATA, rules: { reactivation: { campaign: { industry: ['saas'] } } } });
  const { byId } = indexLeads(DATA.leads);
  const cm = compileModel(LEAD_PRESET);
  const { tiers } = tierCandidates(r.reactivation, byId, cm);
  const ranked = rankReactivation(
    r.reactivation,
    tiers,
    cm.tiers.map((t) => t.key),
  );
  const csv = reactivationCsv(ranked, byId, tiers, (x) => en.reactivationReasons[x](rules)).split('\n');
  assert.deepEqual(csv, [
    'id,pool,reasons,reasonText,tier,score,source,businessLine,industry,region,lastEngagementAt',
    'c1,company,engaged|campaign,Engaged in the last 14 days; Matches the campaign,B,68.5,seo,A,saas,east,2026-03-17',
    'l2,line,engaged,Engaged in the last 14 days,,,seo,A,retail,north,2026-03-20',
    'c2,company,campaign,Matches the campaign,,,seo,B,saas,north,2026-03-16',
  ]);
  const third = new Map<unknown, TierResult | null>([['c1', { tier: 'A', score: 1 / 3 } as TierResult]]);
  assert.equal(
    reactivationCsv([r.reactivation[1]!], byId, third, () => '')
      .split('\n')[1]!
      .split(',')[5],
    '0.333333',
  );
});
