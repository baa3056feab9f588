import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import '../../components/revops-provider/index.js';
import type { LeadFlowMonitor, LeadFlowRulesDetail } from '../../components/lead-flow-monitor/index.js';
import type { RevopsProvider } from '../../components/revops-provider/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import type { LeadFlowResult } from '../../src/models/lead-flow.js';
import { setDefaultStore, type KeyValueStore } from '../../src/storage/index.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { uid, button, change, captureDownload } from '../helpers/harness.js';
import { tabTo, press, deepActive } from '../helpers/keyboard.js';

/*
 * The fixture (test/fixtures/lead-flow.json), hand-computed as of 2026-03-31 with the default rules
 * (SLA 1 day, private no follow-up 3 days, private max 30 days, line unclaimed 14 days, alert 80 %, min group 10,
 * engaged within 14 days):
 *   p1 private, assigned 03-27 (4 days), never followed up        → line, no-follow-up
 *   p2 private, assigned 03-28 (3 days: at the limit)              → stays
 *   p3 private, no assignedAt, entered 03-27 (4 days), no follow-up → line, no-follow-up
 *   p4 private, followed up, entered 02-28 (31 days), not converted → line, not-converted-in-time
 *   p5 private, entered 03-01 (30 days: at the limit), converted    → stays
 *   p6 private, converted, followed up, entered 01-01               → stays (the 30-day rule spares converted leads)
 *   l1 line, entered 03-16 (15 days)                                → company, unclaimed
 *   l2 line, entered 03-17 (14 days: at the limit)                  → stays; engaged 03-20 (11 days) → reactivation
 *   c1 company, engaged 03-17 (14 days, at the limit), saas / east, seed factor values (68.5 → B) → reactivation
 *   c2 company, engaged 03-16 (15 days), saas / north               → no reactivation without a campaign
 *   b1 blacklist since 2025                                         → never moves
 * Sources: sem = p1 p2 p3 p4 p6 l1 (6; followed up within a day: p4 p6 l1 = 3; converted p6, revenue 5,000;
 * cost 1,000 → 166.67 per lead, ROI 400 %); seo = p5 l2 c1 c2 b1 (5; followed up: c1; converted p5, 3,000;
 * cost 0 → 0 per lead, ROI —); event: cost 500, no leads → ROI −100 %.
 * Periods (beyond the contract) end at asOf − SLA = 03-30: week 03-24 … 03-30 → p1 p2 p3; month 03-01 … 03-30 →
 * p1 p2 p3 l1 (sem), p5 l2 (seo); day 03-30 → none. Their views give the model no costs (costs cover all dates).
 */
let DATA: { asOf: string; channelCosts: Record<string, number>; leads: Record<string, unknown>[] };
before(async () => {
  DATA = (await (await fetch('/test/fixtures/lead-flow.json')).json()) as typeof DATA;
});

const rowsOf = (el: Element, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${part}"] tbody tr`)].map((tr) =>
    [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
  );
const poolCount = (el: Element, pool: string) => $(el, `[part~="pools"] li[data-pool="${pool}"] .n`).textContent.trim();
const tab = (el: Element, name: string) => $<HTMLButtonElement>(el, `#tab-${name}`);
async function show(el: LeadFlowMonitor, name: 'flow' | 'sources' | 'reactivation' | 'rules' | 'data') {
  tab(el, name).click();
  await settle(el);
}
describe('lead-flow-monitor: the four ways in and the hand-computed case', () => {
  it('property: pool counts, due transitions, as-of from the data', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    expect(poolCount(el, 'private')).to.equal('6');
    expect(poolCount(el, 'line')).to.equal('2');
    expect(poolCount(el, 'company')).to.equal('2');
    expect(poolCount(el, 'blacklist')).to.equal('1');
    expect(partText(el, 'pools')).to.contain('3 due out'); // p1 p3 p4
    expect(partText(el, 'pools')).to.contain('Blacklist 1 manual only');
    expect(partText(el, 'as-of')).to.equal('As of 2026-03-31 · from the data');
    expect(el.result!.transitions.map((t) => `${t.id}:${t.from}>${t.to}:${t.reason}`)).to.deep.equal([
      'p1:private>line:no-follow-up',
      'p3:private>line:no-follow-up',
      'p4:private>line:not-converted-in-time',
      'l1:line>company:unclaimed',
    ]);
    const due = rowsOf(el, 'due-table');
    expect(due.map((r) => r[0])).to.deep.equal(['p1', 'p3', 'p4', 'l1']);
    // The reason is shown in full (not only in a tooltip); dates as the locale writes them, the ISO day in datetime.
    expect(due[0]).to.deep.equal([
      'p1',
      'Wang',
      'sem',
      'A',
      'Private → Line pool',
      'No follow-up more than 3 days after assignment',
      'Mar 27, 2026',
      'Mar 27, 2026',
    ]);
    expect(due[3]!.slice(4, 6)).to.deep.equal([
      'Line pool → Company pool',
      'Unclaimed more than 14 days in the business-line pool',
    ]);
    expect($(el, '[part~="due-table"] tbody tr time').getAttribute('datetime')).to.equal('2026-03-27');
    // The pool table is the flow chart's text alternative.
    expect(rowsOf(el, 'pool-table')).to.deep.equal([
      ['Personal private pool', '6', '3', '0'],
      ['Business-line public pool', '2', '1', '3'],
      ['Company public pool', '2', '0', '1'],
      ['Blacklist (manual only)', '1', '0', '0'],
    ]);
    const label = $(el, '[part~="flow-chart"] svg').getAttribute('aria-label')!;
    expect(label).to.contain('Personal private pool 6');
    expect(label).to.contain('2 Personal private pool → Business-line public pool');
    expect(el.shadowRoot!.querySelectorAll('[part~="flow-chart"] path.flow').length).to.equal(3);
  });

  it('a plain list of leads with the as-of attribute, JSON attribute, and a child script', async () => {
    const a = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31" .data=${DATA.leads}></lead-flow-monitor>`,
    );
    await settle(a);
    expect(a.result!.transitions.length).to.equal(4);
    expect(partText(a, 'as-of')).to.equal('As of 2026-03-31 · set on the element');
    const b = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" data=${JSON.stringify(DATA)}></lead-flow-monitor>`,
    );
    await settle(b);
    expect(poolCount(b, 'private')).to.equal('6');
    const c = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en">
        <script type="application/json">
          ${JSON.stringify(DATA)}
        </script>
      </lead-flow-monitor>`,
    );
    await settle(c);
    expect(poolCount(c, 'company')).to.equal('2');
  });

  it('without any as-of it uses today (UTC) and says so', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${DATA.leads}></lead-flow-monitor>`,
    );
    await settle(el);
    const today = new Date().toISOString().slice(0, 10);
    expect(partText(el, 'as-of')).to.equal(`As of ${today} · today (UTC): no date was given`);
    expect($(el, '[part~="as-of"]').dataset.origin).to.equal('today');
  });

  it('src as JSON, and src ending in .csv read as a CRM export with Chinese headers', async () => {
    const j = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" src="/test/fixtures/lead-flow.json"></lead-flow-monitor>`,
    );
    await until(() => j.result, 3000, 'json src');
    await settle(j);
    expect(poolCount(j, 'private')).to.equal('6');
    const c = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31" src="/test/fixtures/lead-flow.csv"></lead-flow-monitor>`,
    );
    await until(() => c.result, 3000, 'csv src');
    await settle(c);
    expect(c.result!.pools).to.deep.equal({ private: 2, line: 1, company: 1, blacklist: 0 });
    // a4 is converted but has been in the line pool 21 days: unclaimed applies to converted leads too (MODELS.md §7 as written).
    expect(c.result!.transitions).to.deep.equal([
      { id: 'a1', from: 'private', to: 'line', reason: 'no-follow-up' },
      { id: 'a4', from: 'line', to: 'company', reason: 'unclaimed' },
    ]);
    expect(c.result!.bySource.find((s) => s.source === 'seo')!.revenue).to.equal(1200);
  });

  it('a CSV with a malformed row reports that row (and a bad cell by row and column) and imports the rest', async () => {
    const text = await (await fetch('/test/fixtures/lead-flow.csv')).text();
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31"></lead-flow-monitor>`,
    );
    setTimeout(() => (el.data = text));
    const ev = await oneEvent(el, 'revops-invalid');
    const d = ev.detail as InvalidDetail;
    expect(d.source).to.equal('leads');
    // The import pipeline skips both rows by their line: one has a cell too many, the other an unreadable required date.
    expect(d.issues.map((i) => i.path)).to.deep.equal(['row.5', 'row.6']);
    expect(d.issues[0]!.message).to.contain('line 5 has 14 cells but the header has 13');
    expect(d.issues[1]!.message).to.contain('createdAt "not-a-date" is not a date (column "创建时间")');
    await settle(el);
    const rows = rowsOf(el, 'skipped');
    expect(rows.map((r) => [r[0], r[1]])).to.deep.equal([
      ['Row 5', '—'],
      ['Row 6', '创建时间'],
    ]);
    expect(rows[1]![2]).to.equal('Created is not a date (not-a-date)');
    expect(partText(el, 'skipped')).to.contain('2 rows could not be used');
    // The rest is analysed: four good leads, a1 is due (4 days without follow-up), a4 (21 days in the line pool).
    expect(el.result!.pools).to.deep.equal({ private: 2, line: 1, company: 1, blacklist: 0 });
    expect(rowsOf(el, 'due-table').map((r) => r[0])).to.deep.equal(['a1', 'a4']);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('a CSV without a required column names the column; the last good result stays', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    setTimeout(() => (el.data = 'id,source,pool\nx,sem,private'));
    const ev = await oneEvent(el, 'revops-invalid');
    // The business line defaults to "all" and the pool-entry time to the creation time; the creation time has no default.
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.deep.equal(['header.createdAt']);
    await settle(el);
    expect(partText(el, 'error')).to.contain('No column for Created: choose one below.');
    expect(poolCount(el, 'private')).to.equal('6');
  });

  it('a bad envelope field is named (asOf, rules) and the last good result stays', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    setTimeout(() => (el.data = { ...DATA, asOf: '31/03/2026', rules: { followUpRateAlert: 2 } }));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.have.members(['asOf', 'rules.followUpRateAlert']);
    await settle(el);
    expect(partText(el, 'error')).to.contain('asOf');
    expect(poolCount(el, 'private')).to.equal('6');
  });
});

describe('lead-flow-monitor: sources, ROI, alerts and the period switch', () => {
  it('per-source supply, follow-up, conversion, revenue, cost, cost per lead and ROI', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" currency="USD" .data=${DATA}></lead-flow-monitor>`,
    );
    await settle(el);
    await show(el, 'sources');
    const rows = rowsOf(el, 'source-table');
    expect(rows).to.deep.equal([
      ['event', '0', '—', '—', '$0', '$500', '—', '-100%'],
      ['sem', '6', '50%', '16.7%', '$5,000', '$1,000', '$166.67', '400%'],
      ['sem · A', '4', '25%', '0%', '$0', '—', '—', '—'],
      ['sem · B', '2', '100%', '50%', '$5,000', '—', '—', '—'],
      ['seo', '5', '20%', '20%', '$3,000', '$0', '$0', '—'],
      ['seo · A', '3', '33.3%', '33.3%', '$3,000', '—', '—', '—'],
      ['seo · B', '2', '0%', '0%', '$0', '—', '—', '—'],
    ]);
    // ROI bars: sources with a cost other than 0; their text alternative.
    const roi = $(el, '[part~="roi-chart"] svg').getAttribute('aria-label')!;
    expect(roi).to.equal('ROI by source: event -100%, sem 400%. No cost given: seo.');
    expect(el.shadowRoot!.querySelectorAll('[part~="roi-chart"] rect').length).to.equal(2);
    expect(partText(el, 'alerts')).to.contain('No group of 10 or more leads');
  });

  it('alerts only for groups at or above the minimum size, highlighted in the table', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${{ ...DATA, rules: { minGroupSize: 3 } }}></lead-flow-monitor>`,
    );
    await settle(el);
    // sem·A 4 leads at 25 %, seo·A 3 at 33 %: alerts; seo·B (2 leads, 0 %) is under the minimum size.
    expect(el.result!.alerts.map((a) => `${a.source}/${a.businessLine}`)).to.deep.equal(['sem/A', 'seo/A']);
    expect(partText(el, 'summary')).to.contain('2 follow-up alerts');
    await show(el, 'sources');
    const flagged = [...el.shadowRoot!.querySelectorAll('[part~="source-table"] tr[data-alert="true"]')].map(
      (tr) => `${(tr as HTMLElement).dataset.source}/${(tr as HTMLElement).dataset.line}`,
    );
    expect(flagged).to.deep.equal(['sem/A', 'seo/A']);
    expect(partText(el, 'alerts')).to.contain('sem · A: 25% followed up within 1 day (1 of 4), under the 80% line');
  });

  it('the period switch re-counts sources over the leads that have had their SLA; pools and due stay; costs only for all dates', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" currency="USD" .data=${DATA}></lead-flow-monitor>`,
    );
    await settle(el);
    const supplied = (r: LeadFlowResult) => Object.fromEntries(r.bySource.map((s) => [s.source, s.supplied]));
    const radio = (p: string) => $<HTMLInputElement>(el, `[part~="period"] input[value="${p}"]`);
    expect(radio('all').checked).to.equal(true);
    setTimeout(() => radio('week').click());
    let ev = await oneEvent(el, 'revops-change');
    // Week: the 7 days ending at asOf − SLA (1 day): created 03-24 … 03-30 → p1 p2 p3 (sem). No costs in a period view.
    expect(supplied(ev.detail as LeadFlowResult)).to.deep.equal({ sem: 3 });
    expect((ev.detail as LeadFlowResult).bySource[0]!.cost).to.equal(null);
    expect((ev.detail as LeadFlowResult).transitions.length).to.equal(4);
    await settle(el);
    expect(partText(el, 'period')).to.contain('Sources and alerts count leads created Mar 24, 2026 – Mar 30, 2026');
    expect(partText(el, 'period')).to.contain('one follow-up SLA (1 day) before the as-of date');
    expect(poolCount(el, 'private')).to.equal('6');
    await show(el, 'sources');
    expect(rowsOf(el, 'source-table')[0]).to.deep.equal(['sem', '3', '0%', '0%', '$0', '—', '—', '—']);
    expect($(el, '[data-note="costs-all-dates"]').textContent).to.contain('Costs cover all dates; see All dates');
    expect(partText(el, 'roi-chart')).to.contain('Costs cover all dates');
    expect(el.shadowRoot!.querySelectorAll('[part~="roi-chart"] rect').length).to.equal(0);
    setTimeout(() => radio('month').click());
    ev = await oneEvent(el, 'revops-change');
    // Month: 30 days, 03-01 … 03-30 → p1 p2 p3 l1 (sem), p5 l2 (seo).
    expect(supplied(ev.detail as LeadFlowResult)).to.deep.equal({ sem: 4, seo: 2 });
    setTimeout(() => radio('day').click());
    ev = await oneEvent(el, 'revops-change');
    expect(supplied(ev.detail as LeadFlowResult)).to.deep.equal({});
    expect(el.period).to.equal('day');
    await settle(el);
    expect(partText(el, 'period')).to.contain('Sources and alerts count leads created on Mar 30, 2026');
    // The host can set it too; all dates bring the costs back.
    el.period = null;
    await settle(el);
    expect(el.result!.bySource.find((s) => s.source === 'sem')!.supplied).to.equal(6);
    expect(el.result!.bySource.find((s) => s.source === 'sem')!.roi).to.equal(4);
    expect(radio('all').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-note="costs-all-dates"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="roi-chart"] rect').length).to.equal(2);
  });

  it('in a period view a bad cost is still named, with the other bad inputs', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" period="week" .data=${DATA}></lead-flow-monitor>`,
    );
    await settle(el);
    expect(el.result!.bySource.map((s) => s.cost)).to.deep.equal([null]);
    setTimeout(() => el.setCost('sem', -5));
    let ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.deep.equal(['channelCosts.sem']);
    setTimeout(() => el.setRule('minGroupSize', -1));
    ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.have.members([
      'rules.minGroupSize',
      'channelCosts.sem',
    ]);
    await settle(el);
    expect(el.result!.bySource.find((s) => s.source === 'sem')!.supplied).to.equal(3); // the last good result stays
  });

  it('heat: sources are scaled among sources, business lines among business lines', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    await show(el, 'sources');
    const h = (sel: string) =>
      $<HTMLElement>(el, `[part~="source-table"] ${sel} td:nth-of-type(1)`).style.getPropertyValue('--h');
    // Supplied: sem 6 is the largest source; sem · A 4 the largest line (no longer 4 / 6 of the source total).
    expect(h('tr.source-row[data-source="sem"]')).to.equal('1.000');
    expect(h('tr.line-row[data-source="sem"][data-line="A"]')).to.equal('1.000');
    expect(h('tr.line-row[data-source="sem"][data-line="B"]')).to.equal('0.500');
    expect(h('tr.source-row[data-source="seo"]')).to.equal('0.833');
    expect($(el, '#panel-sources').textContent).to.contain('business lines with business lines');
  });
});

describe('lead-flow-monitor: reactivation and export', () => {
  it('candidates by engagement, then by a campaign filter on industry, with the value tier from the lead model', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    expect(el.result!.reactivation).to.deep.equal([
      { id: 'l2', pool: 'line', reasons: ['engaged'] },
      { id: 'c1', pool: 'company', reasons: ['engaged'] },
    ]);
    await show(el, 'reactivation');
    let rows = rowsOf(el, 'reactivation-table');
    // Best value first: c1 carries the seed's factor values (68.5 → B); l2 carries none.
    expect(rows.map((r) => [r[0], r[3], r[4]])).to.deep.equal([
      ['c1', 'B · Mid-high value', '68.5'],
      ['l2', 'no factor values', '—'],
    ]);
    expect(rows[0]![2]).to.equal('Engaged in the last 14 days');
    // Tick industry "saas": c2 joins by campaign, c1 has both reasons.
    const saas = [
      ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="reactivation"] input[type="checkbox"]'),
    ].find((c) => c.parentElement!.textContent.trim() === 'saas')!;
    saas.click();
    await settle(el);
    expect(el.result!.reactivation).to.deep.equal([
      { id: 'l2', pool: 'line', reasons: ['engaged'] },
      { id: 'c1', pool: 'company', reasons: ['engaged', 'campaign'] },
      { id: 'c2', pool: 'company', reasons: ['campaign'] },
    ]);
    rows = rowsOf(el, 'reactivation-table');
    expect(rows.map((r) => r[0])).to.deep.equal(['c1', 'l2', 'c2']);
    const csv = el.reactivationCsv().split('\n');
    expect(csv[0]).to.equal(
      'id,pool,reasons,reasonText,tier,score,source,businessLine,industry,region,lastEngagementAt',
    );
    expect(csv[1]).to.equal(
      'c1,company,engaged|campaign,Engaged in the last 14 days; Matches the campaign,B,68.5,seo,A,saas,east,2026-03-17',
    );
    expect(csv[3]).to.equal('c2,company,campaign,Matches the campaign,,,seo,B,saas,north,2026-03-16');
  });

  it('the due list exports as CSV for the CRM (filtered by reason), and as JSON', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    const csv = await captureDownload(() => $<HTMLButtonElement>(el, '#export-due-csv').click());
    expect(csv.name).to.equal('lead-transitions-2026-03-31.csv');
    expect(csv.text.split('\n')).to.deep.equal([
      'id,from,to,reason,reasonText,owner,source,businessLine,poolEnteredAt,assignedAt,asOf',
      'p1,private,line,no-follow-up,No follow-up more than 3 days after assignment,Wang,sem,A,2026-03-27,2026-03-27,2026-03-31',
      'p3,private,line,no-follow-up,No follow-up more than 3 days after assignment,,sem,A,2026-03-27,,2026-03-31',
      'p4,private,line,not-converted-in-time,Not converted after more than 30 days in the private pool,Wang,sem,A,2026-02-28,2026-02-28,2026-03-31',
      'l1,line,company,unclaimed,Unclaimed more than 14 days in the business-line pool,,sem,B,2026-03-16,,2026-03-31',
    ]);
    change($<HTMLSelectElement>(el, '#reason-filter'), 'unclaimed');
    await settle(el);
    expect(rowsOf(el, 'due-table').map((r) => r[0])).to.deep.equal(['l1']);
    const json = await captureDownload(() => $<HTMLButtonElement>(el, '#export-due-json').click());
    expect(JSON.parse(json.text)).to.deep.equal([{ id: 'l1', from: 'line', to: 'company', reason: 'unclaimed' }]);
  });

  it('export neutralises formula-looking text', async () => {
    const leads = [{ ...DATA.leads[0], id: '=HYPERLINK("x")', owner: '@evil' }];
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${{ asOf: '2026-03-31', leads }}></lead-flow-monitor>`,
    );
    await settle(el);
    const line = el.transitionsCsv().split('\n')[1]!;
    expect(line.startsWith(`"'=HYPERLINK(""x"")"`)).to.equal(true);
    expect(line).to.contain(`'@evil`);
  });

  it('pages long lists', async () => {
    const leads = Array.from({ length: 120 }, (_, i) => ({ ...DATA.leads[0], id: `x${i}` }));
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" page-size="50" .data=${{ asOf: '2026-03-31', leads }}></lead-flow-monitor>`,
    );
    await settle(el);
    expect(rowsOf(el, 'due-table').length).to.equal(50);
    expect(partText(el, 'due')).to.contain('1–50 of 120');
    button(el, 'Next page').click();
    await settle(el);
    expect(rowsOf(el, 'due-table')[0]![0]).to.equal('x50');
    button(el, 'Next page').click();
    await settle(el);
    expect(rowsOf(el, 'due-table').length).to.equal(20);
    expect(button(el, 'Next page').disabled).to.equal(true);
  });
});

describe('lead-flow-monitor: rules editor, persistence, import', () => {
  it('editing a rule re-runs the model, fires revops-rules-change, and survives a reload under the storage-key', async () => {
    const key = `lf-${uid()}`;
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" storage-key=${key} .data=${DATA}></lead-flow-monitor>`,
    );
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    await settle(el);
    await show(el, 'rules');
    setTimeout(() => change($<HTMLInputElement>(el, '#rule-minGroupSize'), '3'));
    const ev = await oneEvent(el, 'revops-rules-change');
    expect((ev.detail as LeadFlowRulesDetail).rules.minGroupSize).to.equal(3);
    expect(el.result!.alerts.length).to.equal(2);
    // privateNoFollowUpDays 3 → 4: p1 and p3 (4 days) no longer move.
    change($<HTMLInputElement>(el, '#rule-privateNoFollowUpDays'), '4');
    await settle(el);
    expect(el.result!.transitions.map((t) => t.id)).to.deep.equal(['p4', 'l1']);
    // The alert line is entered in %.
    change($<HTMLInputElement>(el, '#rule-followUpRateAlert'), '20');
    await settle(el);
    expect(el.result!.alerts.map((a) => a.source)).to.deep.equal([]); // 25 % and 33 % are not under 20 %
    // A channel cost.
    change($<HTMLInputElement>(el, '#rule-followUpRateAlert'), '80');
    const seo = $<HTMLInputElement>(el, 'input[data-source="seo"]');
    change(seo, '1500');
    await settle(el);
    expect(el.result!.bySource.find((s) => s.source === 'seo')!.roi).to.equal(1); // (3000 − 1500) / 1500
    await aTimeout(400); // saves are debounced
    el.remove();
    const again = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" storage-key=${key} .data=${DATA}></lead-flow-monitor>`,
    );
    await until(
      () => again.result?.alerts.length === 2 && again.result.transitions.length === 2,
      3000,
      'restored rules',
    );
    await settle(again);
    expect(again.result!.bySource.find((s) => s.source === 'seo')!.cost).to.equal(1500);
    await show(again, 'rules');
    expect($<HTMLInputElement>(again, '#rule-minGroupSize').value).to.equal('3');
    expect($<HTMLInputElement>(again, '#rule-followUpRateAlert').value).to.equal('80');
    // Reset: back to the host's rules.
    $<HTMLButtonElement>(again, '#reset-rules').click();
    await settle(again);
    expect(again.result!.alerts.length).to.equal(0);
    expect(again.result!.transitions.length).to.equal(4);
  });

  it('an invalid rule is named and marked; the last good result stays', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    await show(el, 'rules');
    setTimeout(() => change($<HTMLInputElement>(el, '#rule-lineUnclaimedDays'), '-2'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues[0]!.path).to.equal('rules.lineUnclaimedDays');
    await settle(el);
    expect($(el, '#rule-lineUnclaimedDays').getAttribute('aria-invalid')).to.equal('true');
    expect(el.result!.transitions.length).to.equal(4);
  });

  it('the period choice and a loaded export are kept too', async () => {
    const key = `lf-${uid()}`;
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31" storage-key=${key}></lead-flow-monitor>`,
    );
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('No leads yet');
    await show(el, 'data');
    $<HTMLTextAreaElement>(el, '#import-text').value = await (await fetch('/test/fixtures/lead-flow.csv')).text();
    $<HTMLButtonElement>(el, '#import-read').click();
    await until(() => el.result, 3000, 'pasted export analysed');
    await settle(el);
    expect(el.result!.pools.private).to.equal(2);
    expect(partText(el, 'import')).to.contain('Pasted rows · CSV');
    expect($(el, '[part~="import-counts"] [data-count="mapped"] dd').textContent).to.equal('4');
    $<HTMLInputElement>(el, '[part~="period"] input[value="week"]').click();
    await settle(el);
    await aTimeout(400);
    el.remove();
    const again = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31" storage-key=${key}></lead-flow-monitor>`,
    );
    await until(() => again.result, 3000, 'restored export');
    await settle(again);
    expect(again.period).to.equal('week');
    expect(again.result!.pools.private).to.equal(2);
    // Back to the page's data.
    await show(again, 'data');
    $<HTMLButtonElement>(again, '#clear-loaded').click();
    await settle(again);
    expect(again.result).to.equal(undefined);
  });

  it('a pasted text that cannot be read says why in the import panel and keeps the data', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    await show(el, 'data');
    $<HTMLTextAreaElement>(el, '#import-text').value = '{"leads": ';
    setTimeout(() => $<HTMLButtonElement>(el, '#import-read').click());
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).source).to.equal('import');
    await settle(el);
    expect(partText(el, 'import')).to.contain('not valid JSON');
    expect(poolCount(el, 'private')).to.equal('6');
  });

  it('without IndexedDB it keeps working in memory and says so', async () => {
    const failing: KeyValueStore = {
      persistent: false,
      get: async () => undefined,
      set: async () => undefined,
      del: async () => undefined,
    };
    setDefaultStore(failing);
    try {
      const el = await fixture<LeadFlowMonitor>(
        html`<lead-flow-monitor lang="en" storage-key="x" .data=${DATA}></lead-flow-monitor>`,
      );
      await settle(el);
      expect(partText(el, 'notice')).to.contain('Saving is unavailable');
      expect(poolCount(el, 'private')).to.equal('6');
    } finally {
      setDefaultStore(null);
    }
  });
});

describe('lead-flow-monitor: reading real exports', () => {
  it('a loaded export keeps the page’s costs, rules and as-of date, layered under its own', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${{ ...DATA, rules: { minGroupSize: 1 } }}></lead-flow-monitor>`,
    );
    await settle(el);
    await show(el, 'data');
    // A CSV export has no envelope: the page's asOf, costs and rules stay in force.
    $<HTMLTextAreaElement>(el, '#import-text').value = await (await fetch('/test/fixtures/lead-flow.csv')).text();
    $<HTMLButtonElement>(el, '#import-read').click();
    await until(() => el.result?.pools.private === 2, 3000, 'pasted export analysed');
    await settle(el);
    expect(partText(el, 'as-of')).to.equal('As of 2026-03-31 · from the data');
    const cost = (s: string) => el.result!.bySource.find((x) => x.source === s)?.cost;
    expect([cost('sem'), cost('seo'), cost('event')]).to.deep.equal([1000, 0, 500]);
    expect(el.result!.bySource.find((x) => x.source === 'sem')!.costPerLead).to.equal(500); // a1, a2
    expect(el.rules.minGroupSize).to.equal(1);
    expect(el.result!.transitions.map((t) => t.id)).to.deep.equal(['a1', 'a4']);
    // A JSON export with its own envelope wins key by key; what it does not say still comes from the page.
    const own = {
      asOf: '2026-03-30',
      channelCosts: { sem: 2000 },
      rules: { privateNoFollowUpDays: 5 },
      leads: DATA.leads,
    };
    expect(await el.loadExport(JSON.stringify(own), 'own.json')).to.equal(true);
    await settle(el);
    expect(partText(el, 'as-of')).to.equal('As of 2026-03-30 · from the data');
    expect([cost('sem'), cost('seo'), cost('event')]).to.deep.equal([2000, 0, 500]);
    expect([el.rules.minGroupSize, el.rules.privateNoFollowUpDays]).to.deep.equal([1, 5]);
    // Back to the page's data.
    el.clearLoaded();
    await settle(el);
    expect(partText(el, 'as-of')).to.equal('As of 2026-03-31 · from the data');
    expect(cost('sem')).to.equal(1000);
  });

  it('a GB18030 (GBK) CSV chosen in the file picker is decoded and read', async () => {
    const bytes = new Uint8Array(await (await fetch('/test/fixtures/lead-flow-gb18030.csv')).arrayBuffer());
    // The fixture is the UTF-8 fixture saved as GB18030: not valid UTF-8 (线 is CF DF).
    expect([bytes[0], bytes[1]]).to.deep.equal([0xcf, 0xdf]);
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31"></lead-flow-monitor>`,
    );
    await settle(el);
    await show(el, 'data');
    const input = $<HTMLInputElement>(el, '#import-file');
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'leads-gbk.csv', { type: 'text/csv' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => el.result, 3000, 'GB18030 export analysed');
    await settle(el);
    expect(el.result!.pools).to.deep.equal({ private: 2, line: 1, company: 1, blacklist: 0 });
    expect(el.result!.bySource.find((s) => s.source === 'seo')!.revenue).to.equal(1200);
    expect(partText(el, 'import')).to.contain('leads-gbk.csv · CSV (GB18030)');
    expect($(el, '[part~="import-counts"] [data-count="mapped"] dd').textContent).to.equal('4');
    await show(el, 'flow');
    expect(rowsOf(el, 'due-table')[0]!.slice(0, 2)).to.deep.equal(['a1', '王']);
  });

  it('rows that cannot be read are worded in zh-CN from their codes (unclosed quote, cell count); a year-last date is read', async () => {
    const text = [
      '线索ID,来源,所属业务线,线索池,跟进人,创建时间,入池时间,成交金额',
      'a1,sem,A,个人私海,王,2026/3/27 9:30,2026/3/27,', // row 2
      'q1,sem,A,个人私海,"李,2026-03-28,2026-03-28,', // row 3: the quote is never closed
      'a2,sem,A,private,李,2026-03-28,2026-03-28,"1,200"', // row 4
      'x1,sem,A,private,赵,03/01/2026,2026-03-01,', // row 5: nothing settles the order: read month first, noted
      'x2,sem,A,private,赵,2026-03-01,2026-03-01,1,extra', // row 6: one cell too many
    ].join('\r\n');
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="zh-CN" as-of="2026-03-31"></lead-flow-monitor>`,
    );
    setTimeout(() => (el.data = text));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.deep.equal(['row.3', 'row.6']);
    await settle(el);
    // Owner read from 跟进人, business line from 所属业务线; a1, a2 and x1 analysed.
    expect(el.result!.pools.private).to.equal(3);
    expect(rowsOf(el, 'due-table')[0]!.slice(0, 4)).to.deep.equal(['a1', '王', 'sem', 'A']);
    const rows = rowsOf(el, 'skipped');
    expect(rows.map((r) => [r[0], r[1]])).to.deep.equal([
      ['第 3 行', '—'],
      ['第 6 行', '—'],
    ]);
    expect(rows[0]![2]).to.equal('引号在行尾没有闭合(跳过该行)');
    expect(rows[1]![2]).to.equal('单元格比表头多(某个值里有未加引号的分隔符?)');
    expect(partText(el, 'skipped')).to.contain('2 行无法使用');
    const csv = await captureDownload(() => $<HTMLButtonElement>(el, '#export-skipped').click());
    expect(csv.name).to.equal('lead-rows-skipped-2026-03-31.csv');
    expect(csv.text.split('\n')).to.deep.equal([
      'row,column,problem',
      '3,,引号在行尾没有闭合(跳过该行)',
      '6,,单元格比表头多(某个值里有未加引号的分隔符?)',
    ]);
  });

  it('a large export is read in chunks: the progress bar moves and the page keeps running between chunks', async () => {
    const head = '\ufeff线索ID,来源,业务线,线索池,负责人,创建时间,入池时间,成交金额';
    const lines = [head];
    for (let i = 0; i < 35_000; i++)
      lines.push(
        `L${i},百度,华东,${i % 2 ? '个人私海' : '业务线公海'},"王, 伟",2026/3/${(i % 28) + 1} 9:30,2026/3/1,${i % 7 ? '' : '"¥1,200"'}`,
      );
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31"></lead-flow-monitor>`,
    );
    await settle(el);
    await show(el, 'data');
    const seen: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
      const bar = el.shadowRoot!.querySelector('progress');
      if (bar && seen[seen.length - 1] !== bar.value) seen.push(bar.value);
    }, 0);
    const ok = await el.loadExport(lines.join('\r\n'), 'big.csv');
    clearInterval(timer);
    expect(ok).to.equal(true);
    // 35,000 records in chunks of 10,000: the bar stops at least at three values on its way up, and timers ran meanwhile.
    expect(seen.length).to.be.at.least(3);
    expect(seen.every((v, i) => i === 0 || v > seen[i - 1]!)).to.equal(true);
    expect(ticks).to.be.at.least(3);
    await settle(el);
    expect(el.result!.pools).to.deep.equal({ private: 17_500, line: 17_500, company: 0, blacklist: 0 });
    expect(el.result!.bySource[0]!.revenue).to.equal(0); // no lead converted: revenue counts only converted leads
    expect(el.shadowRoot!.querySelector('[part~="skipped"]')).to.equal(null);
  });

  it('the skipped rows are paged 100 at a time and all of them export', async () => {
    const head = 'id,source,businessLine,pool,createdAt,poolEnteredAt';
    const lines = [head];
    for (let i = 0; i < 150; i++) lines.push(`bad${i},sem,A`, `ok${i},sem,A,line,2026-03-20,2026-03-20`);
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31" .data=${lines.join('\n')}></lead-flow-monitor>`,
    );
    await settle(el);
    expect(el.result!.pools.line).to.equal(150);
    expect(partText(el, 'skipped')).to.contain('150 rows could not be used');
    expect(rowsOf(el, 'skipped').length).to.equal(100);
    expect(rowsOf(el, 'skipped')[0]).to.deep.equal([
      'Row 2',
      '—',
      'fewer cells than the header (a line break or a missing quote?)',
    ]);
    expect(partText(el, 'skipped')).to.contain('1–100 of 150');
    const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="skipped"] .pager button')].find(
      (b) => b.textContent.trim() === 'Next page',
    )!;
    next.click();
    await settle(el);
    expect(rowsOf(el, 'skipped').length).to.equal(50);
    expect(rowsOf(el, 'skipped')[49]![0]).to.equal('Row 300');
    const csv = el.skippedCsv().split('\n');
    expect(csv.length).to.equal(151);
    expect(csv[150]).to.equal('300,,fewer cells than the header (a line break or a missing quote?)');
  });
});

describe('lead-flow-monitor: locale, keyboard, safety and accessibility', () => {
  it('zh-CN under a provider, money in the provider currency', async () => {
    const p = await fixture<RevopsProvider>(
      html`<revops-provider locale="zh-CN" currency="CNY"
        ><lead-flow-monitor .data=${DATA}></lead-flow-monitor
      ></revops-provider>`,
    );
    const el = p.querySelector('lead-flow-monitor')!;
    await settle(el);
    expect(partText(el, 'pools')).to.contain('个人私海');
    expect(partText(el, 'pools')).to.contain('黑名单');
    expect(partText(el, 'as-of')).to.equal('截至 2026-03-31 · 来自数据');
    expect(rowsOf(el, 'due-table')[0]!.slice(4, 8)).to.deep.equal([
      '私海 → 业务线公海',
      '分配后超过 3天未跟进',
      '2026年3月27日',
      '2026年3月27日',
    ]);
    await show(el, 'sources');
    expect(rowsOf(el, 'source-table')[1]![4]).to.equal('¥5,000');
  });

  it('the provider’s tuned lead model gives the reactivation tier', async () => {
    const one = {
      factors: [
        {
          key: 'contactRole',
          kind: 'options',
          weight: 1,
          options: [{ value: 'team-head-unclear-authority', score: 95 }],
        },
      ],
      tiers: [
        { key: 'A', minScore: 80 },
        { key: 'D', minScore: 0 },
      ],
      focusTiers: ['A'],
    };
    const p = await fixture<RevopsProvider>(
      html`<revops-provider locale="en" .models=${{ lead: one }}
        ><lead-flow-monitor .data=${DATA}></lead-flow-monitor
      ></revops-provider>`,
    );
    const el = p.querySelector('lead-flow-monitor')!;
    await settle(el);
    await show(el, 'reactivation');
    expect(rowsOf(el, 'reactivation-table')[0]!.slice(3, 5)).to.deep.equal(['A · High value', '95']);
  });

  it('keyboard: tabs with arrow keys, the period radio group with arrows, export with Enter', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    const all = $<HTMLInputElement>(el, '[part~="period"] input[value="all"]');
    await tabTo(all);
    await press('ArrowLeft'); // previous radio: quarter
    await settle(el);
    expect(el.period).to.equal('quarter');
    await press('ArrowLeft'); // then month
    await settle(el);
    expect(el.period).to.equal('month');
    expect(el.result!.bySource.find((s) => s.source === 'sem')!.supplied).to.equal(4);
    await tabTo(tab(el, 'flow'));
    await press('ArrowRight');
    await settle(el);
    expect(deepActive()).to.equal(tab(el, 'sources'));
    expect($(el, '#panel-sources').hidden).to.equal(false);
    expect($(el, '#panel-flow').hidden).to.equal(true);
    await press('End');
    await settle(el);
    expect(deepActive()).to.equal(tab(el, 'data'));
    await press('Home');
    await settle(el);
    expect(deepActive()).to.equal(tab(el, 'flow'));
    // Sort the source table from the keyboard.
    await press('ArrowRight');
    await settle(el);
    const sortSupplied = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="source-table"] th button'),
    ].find((b) => b.textContent.trim() === 'Supplied')!;
    await tabTo(sortSupplied);
    await press('Enter');
    await settle(el);
    expect(sortSupplied.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    // (Month view: no costs, so the cost-only source event has no row.)
    expect(
      rowsOf(el, 'source-table')
        .filter((r) => !r[0]!.includes('·'))
        .map((r) => r[0]),
    ).to.deep.equal(['sem', 'seo']);
    // Export with Enter.
    tab(el, 'flow').click();
    await settle(el);
    const exp = $<HTMLButtonElement>(el, '#export-due-csv');
    await tabTo(exp);
    let name = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      await press('Enter');
    } finally {
      // The stand-in is an own property of the anchor prototype: deleting it brings back HTMLElement's click.
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    }
    expect(name).to.equal('lead-transitions-2026-03-31.csv');
  });

  it('renders text that looks like HTML as inert text', async () => {
    (window as unknown as { __pwned?: number }).__pwned = 0;
    const evil = '<img src=x onerror="window.__pwned=1">';
    const leads = DATA.leads.map((l) => ({ ...l, source: evil, owner: evil }));
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${{ asOf: '2026-03-31', leads }}></lead-flow-monitor>`,
    );
    await settle(el);
    await show(el, 'sources');
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(partText(el, 'source-table')).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(0);
  });

  // One audit per test: ten audits in one test outran its 10 s timeout on a busy machine (each takes about a second).
  for (const theme of ['light', 'dark'])
    for (const name of ['flow', 'sources', 'reactivation', 'rules', 'data'] as const)
      it(`has no axe violations on the ${name} tab, ${theme}`, async () => {
        const el = await fixture<LeadFlowMonitor>(
          html`<lead-flow-monitor
            lang="en"
            theme=${theme}
            .data=${{ ...DATA, rules: { minGroupSize: 3 }, leads: [...DATA.leads, { id: 'bad' }] }}
          ></lead-flow-monitor>`,
        );
        await settle(el);
        await show(el, name);
        await expect(el).to.be.accessible();
      });
});
