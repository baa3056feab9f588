// lead-flow-monitor's exports for people (issue 12): due list, sources, sources by line, owners and
// reactivation in the tab's words (host labels for sources and lines), rounded as shown, the workbook
// read back equal to the CSV, in English and zh-CN.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow, resolveLeadFlowRules } from '../../src/models/lead-flow.js';
import { analyzeLeadOwners } from '../../src/models/lead-owners.js';
import { compileModel } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { LEAD_FLOW as EN } from '../../src/i18n/lead-flow/en.js';
import { LEAD_FLOW as ZH } from '../../src/i18n/lead-flow/zh-CN.js';
import { dayCount } from '../../src/i18n/lead-flow/days.js';
import { indexLeads, leadField } from '../../src/views/lead-flow-leads.js';
import { rankReactivation, tierCandidates, tierTitle } from '../../src/views/lead-flow-reactivation.js';
import { labeller } from '../../src/views/code-labels.js';
import {
  dueTable,
  ownersTable,
  reactivationTable,
  sourceLinesTable,
  sourcesTable,
  type LeadFlowExportWords,
} from '../../src/export/lead-flow.js';
import { tablesCsv, type ExportTable } from '../../src/export/table.js';
import type { Locale } from '../../src/i18n/format.js';
import type { LeadFlowInput } from '../../src/schemas/lead-flow.js';
import { fixture } from './helpers.js';
import { assertPeopleTables } from './export-checks.js';

const DATA = fixture<LeadFlowInput>('lead-flow.json');
const RESULT = analyzeLeadFlow(DATA);
const OWNERS = analyzeLeadOwners(DATA);
const rules = resolveLeadFlowRules();
const { byId } = indexLeads(DATA.leads);
const LABELS = {
  source: { sem: { en: 'Search ads', 'zh-CN': '搜索广告' }, seo: 'SEO' },
  businessLine: { A: { en: 'Line A', 'zh-CN': 'A 线' } },
};

function words(locale: Locale): LeadFlowExportWords {
  const t = locale === 'en' ? EN : ZH;
  return {
    t,
    rules,
    currency: 'CNY',
    sla: dayCount(locale, rules.followUpSlaDays),
    yes: locale === 'en' ? 'Yes' : '是',
    no: locale === 'en' ? 'No' : '否',
    label: labeller(LABELS, locale),
    field: (id, k) => leadField(byId, id, k),
  };
}

function tables(locale: Locale): ExportTable[] {
  const w = words(locale);
  const cm = compileModel(LEAD_PRESET);
  const { tiers } = tierCandidates(RESULT.reactivation, byId, cm);
  const ranked = rankReactivation(
    RESULT.reactivation,
    tiers,
    cm.tiers.map((x) => x.key),
  );
  return [
    dueTable(RESULT.transitions, w),
    sourcesTable(RESULT, null, w),
    sourceLinesTable(RESULT, null, w),
    ownersTable(OWNERS, w),
    reactivationTable(ranked, tiers, (tr) => tierTitle(tr, w.t.tierNames, LEAD_PRESET.tiers), w),
  ];
}

const lines = (t: ExportTable): string[] => tablesCsv([t]).split('\n');

describe('export: lead-flow-monitor for people', () => {
  it('due list: pools, reasons, labelled sources and lines, ISO days', () => {
    const [due] = tables('en');
    const l = lines(due!);
    assert.equal(l[0], 'Lead,Owner,Source,Business line,From,To,Reason,In pool since,Assigned');
    // p1: Wang's sem lead of line A, assigned 2026-03-27, not followed up in 3 days → line pool.
    assert.equal(
      l[1],
      'p1,Wang,Search ads,Line A,Personal private pool,Business-line public pool,No follow-up more than 3 days after assignment,2026-03-27,2026-03-27',
    );
    // p3 has no owner and was never assigned: empty cells, not "null".
    assert.match(l[2]!, /^p3,,Search ads,Line A,.*,2026-03-27,$/);
    // l1 is of line B, which has no label: the code as given.
    assert.match(l[4]!, /^l1,,Search ads,B,Business-line public pool,Company public pool,Unclaimed more than 14 days/);
    assert.equal(l.length, 5);
  });

  it('sources: rates as shown (1 decimal, ROI whole), money at 2 decimals, no cost left empty', () => {
    const [, src] = tables('en');
    const l = lines(src!);
    assert.equal(
      l[0],
      'Source,Supplied,Followed up within 1 day,Conversion,Revenue (CNY),Cost (CNY),Cost per lead (CNY),ROI',
    );
    // event: nothing supplied, 500 spent → ROI −100 %, no rates.
    assert.equal(l[1], 'event,0,,,0,500,,-100%');
    // sem: 6 supplied, 3 followed (50 %), 1 converted (1/6 = 16.7 %), 5,000 revenue on 1,000 → 166.67 a lead, ROI 400 %.
    assert.equal(l[2], 'Search ads,6,50%,16.7%,5000,1000,166.67,400%');
    // seo: cost 0 → cost per lead 0, ROI undefined (empty).
    assert.equal(l[3], 'SEO,5,20%,20%,3000,0,0,');
  });

  it('sources by business line: one row per pair with the alert column', () => {
    const [, , pairs] = tables('en');
    const l = lines(pairs!);
    assert.equal(l[0]!.split(',').slice(0, 3).join(','), 'Source,Business line,Supplied');
    assert.match(l[0]!, /,Under the alert line$/);
    // seo · A: 1 of 3 followed (33.3 %), 1 of 3 converted.
    assert.equal(l[3], 'SEO,Line A,3,33.3%,33.3%,3000,,,,No');
    assert.equal(l.length, 5);
  });

  it('owners: rank order within the team, then the team total', () => {
    const [, , , owners] = tables('en');
    const l = lines(owners!);
    assert.equal(
      l[0],
      'Team,Rank,Owner,Supplied,Followed up within 1 day,Follow-up rate,Conversion,Revenue (CNY),SLA breaches,Transitions caused,Under the alert line',
    );
    assert.equal(l[1], 'No team,1,Li,2,1,50%,50%,5000,1,0,No');
    assert.equal(l[3], 'No team,3,Zhao,1,0,0%,100%,3000,1,0,No');
    assert.equal(l[4], 'No team,,No team total,5,2,40%,40%,8000,3,2,');
  });

  it('reactivation: best value first, tier in words, score at 1 decimal', () => {
    const [, , , , react] = tables('en');
    const l = lines(react!);
    assert.equal(l[0], 'Lead,Pool,Why,Value tier,Score,Source,Business line,Industry,Region,Last engagement');
    assert.match(
      l[1]!,
      /^c1,Company public pool,Engaged in the last 14 days,[A-D] · [^,]+,\d+(\.\d)?,SEO,Line A,saas,east,2026-03-17$/,
    );
    assert.doesNotMatch(tablesCsv([react!]), /engaged\b|\|/);
  });

  it('every table holds the people-export rules in both locales; zh-CN uses the Chinese labels', async () => {
    await assertPeopleTables(tables('en'));
    const zh = tables('zh-CN');
    await assertPeopleTables(zh);
    const csv = tablesCsv(zh);
    assert.match(csv, /搜索广告/);
    assert.match(csv, /A 线/);
    assert.doesNotMatch(csv, /Search ads|private|no-follow-up|not-converted/);
  });
});
