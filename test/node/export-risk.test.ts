// The risk panels' exports for people: the panel's words instead of codes, ratios as the row shows them,
// the workbook read back equal to the CSV, in English and zh-CN.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assessOpportunities } from '../../src/models/opportunities.js';
import { assessChurn } from '../../src/models/churn.js';
import {
  churnPeopleColumns,
  opportunityPeopleColumns,
  peopleTable,
  type RiskExportWords,
} from '../../src/export/risk.js';
import { tablesCsv } from '../../src/export/table.js';
import { OPPORTUNITY as OPP_EN } from '../../src/i18n/opportunity-alerts/en.js';
import { OPPORTUNITY as OPP_ZH } from '../../src/i18n/opportunity-alerts/zh-CN.js';
import { CHURN as CHURN_EN } from '../../src/i18n/churn-alerts/en.js';
import { CHURN as CHURN_ZH } from '../../src/i18n/churn-alerts/zh-CN.js';
import { RISK as RISK_EN } from '../../src/i18n/risk/en.js';
import { RISK as RISK_ZH } from '../../src/i18n/risk/zh-CN.js';
import { ACTIONS as ACTIONS_EN } from '../../src/i18n/actions/en.js';
import { ACTIONS as ACTIONS_ZH } from '../../src/i18n/actions/zh-CN.js';
import type { Opportunity } from '../../src/schemas/opportunities.js';
import type { Account } from '../../src/schemas/churn.js';
import { assertPeopleTables } from './export-checks.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const EN: RiskExportWords = { r: RISK_EN, a: ACTIONS_EN, currency: 'CNY' };
const ZH: RiskExportWords = { r: RISK_ZH, a: ACTIONS_ZH, currency: 'CNY' };

describe('export: opportunity-alert-panel', () => {
  const data = fixture('opportunity-alerts.json') as { asOf: string; opportunities: Opportunity[] };
  const result = assessOpportunities(data);
  const rows = () => result.rows.map((row) => ({ row, rec: data.opportunities.find((o) => o.id === row.id)! }));

  it('names levels, stages and signals and rounds the cycle ratio', async () => {
    const t = peopleTable(
      'Opportunities',
      opportunityPeopleColumns(OPP_EN, EN, (k) => OPP_EN.stages[k] ?? k),
      rows(),
    );
    const csv = tablesCsv([t]);
    assert.doesNotMatch(csv, /stage-overdue|:critical|0\.857142|2\.142857/);
    const lines = csv.split('\n');
    assert.equal(
      lines[0],
      'ID,Opportunity,Owner,Stage,Amount (CNY),Key account,Level,Risk score,Completeness,Activity compliance,Days in stage,Against standard,Days idle,Signals,Suggested responses',
    );
    // o1: 30 days in a 14-day stage (2.14×), completeness 0.5, compliance 0.
    const o1 = lines.find((l) => l.startsWith('o1,'))!;
    assert.match(o1, /^o1,Acme expansion,Alice,Proposal,800000,Yes,Critical,13,50%,0%,30,2\.14,11,/);
    assert.match(o1, /Stage overdue \(Critical\)/);
    await assertPeopleTables([t]);
    await assertPeopleTables([
      peopleTable(
        '商机',
        opportunityPeopleColumns(OPP_ZH, ZH, (k) => OPP_ZH.stages[k] ?? k),
        rows(),
      ),
    ]);
  });
});

describe('export: host labels for signals (docs/labels.md)', () => {
  const data = fixture('opportunity-alerts.json') as { asOf: string; opportunities: Opportunity[] };
  const result = assessOpportunities(data);
  const rows = () => result.rows.map((row) => ({ row, rec: data.opportunities.find((o) => o.id === row.id)! }));

  it("a signal the host labels is named by its label; the others keep the panel's names", () => {
    const seen: [string, string | undefined][] = [];
    const words: RiskExportWords = {
      ...EN,
      signalLabel: (code, builtin) => {
        seen.push([code, builtin]);
        return code === 'stage-overdue' ? 'Stuck in stage' : (builtin ?? code);
      },
    };
    const csv = tablesCsv([
      peopleTable(
        'Opportunities',
        opportunityPeopleColumns(OPP_EN, words, (k) => k),
        rows(),
      ),
    ]);
    const o1 = csv.split('\n').find((l) => l.startsWith('o1,'))!;
    assert.match(o1, /Stuck in stage \(Critical\)/);
    assert.doesNotMatch(csv, /Stage overdue/);
    // The label function is given our name for each code it is asked about.
    assert.ok(seen.some(([c, b]) => c === 'stage-overdue' && b === OPP_EN.signalNames['stage-overdue']));
  });

  it('churn signals go through the same labels', () => {
    const accounts = fixture('churn-alerts.json') as { asOf: string; accounts: Account[] };
    const r = assessChurn(accounts);
    const list = r.rows.map((row) => ({ row, rec: accounts.accounts.find((a) => a.id === row.id)! }));
    const code = r.rows.flatMap((x) => x.signals)[0]!.code;
    const words: RiskExportWords = { ...EN, signalLabel: (c, b) => (c === code ? 'Host words' : (b ?? c)) };
    const csv = tablesCsv([
      peopleTable(
        'Accounts',
        churnPeopleColumns(CHURN_EN, words, () => ''),
        list,
      ),
    ]);
    assert.match(csv, /Host words \(/);
    assert.doesNotMatch(csv, new RegExp(`${CHURN_EN.signalNames[code]} \\(`));
  });
});

describe('export: churn-alert-panel', () => {
  const data = fixture('churn-alerts.json') as { asOf: string; accounts: Account[] };
  const result = assessChurn(data);
  const rows = () => result.rows.map((row) => ({ row, rec: data.accounts.find((a) => a.id === row.id)! }));

  it('names causes, signals and responses; renewal dates are days', async () => {
    const t = peopleTable(
      'Accounts',
      churnPeopleColumns(CHURN_EN, EN, (a) => a.tier ?? ''),
      rows(),
    );
    const csv = tablesCsv([t]);
    assert.doesNotMatch(csv, /usage-drop|:critical|value-review-adoption/);
    const a1 = csv.split('\n').find((l) => l.startsWith('a1,'))!;
    assert.match(a1, /^a1,Acme Corp,A,600000,2026-05-15,Critical,9,/);
    await assertPeopleTables([t]);
    await assertPeopleTables([
      peopleTable(
        '客户',
        churnPeopleColumns(CHURN_ZH, ZH, (a) => a.tier ?? ''),
        rows(),
      ),
    ]);
  });
});
