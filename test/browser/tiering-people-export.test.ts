// The tiering tables' and cards' exports for people (issue 12): headers in the element's words, tier, route,
// reason and factor names (the host's labels first), scores and points as shown, CSV and Excel with the same
// rows; the CRM re-import file stays beside them with its machine headers. Keyboard: each pair is one stop.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-score-table/index.js';
import '../../components/customer-value-table/index.js';
import '../../components/lead-score-card/index.js';
import '../../components/customer-value-card/index.js';
import type { LeadScoreTable } from '../../components/lead-score-table/index.js';
import type { CustomerValueTable } from '../../components/customer-value-table/index.js';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import { SEED_CUSTOMER, SEED_LEAD, settle, $, until } from '../helpers/fixtures.js';
import { captureDownload } from '../helpers/harness.js';
import { assertPeopleFiles, captureFile } from '../helpers/people-files.js';
import { tabTo, press, deepActive } from '../helpers/keyboard.js';

// Scores (test/browser/lead-score-table.test.ts): L1 68.5 B telesales; L2 68.5 B field-sales (local);
// L3 4 D nurture; L4 66.25 B telesales; L5 76.5 B telesales.
const RECORDS = [
  { id: 'L1', name: 'Acme', values: SEED_LEAD },
  { id: 'L2', name: 'Beta', values: { ...SEED_LEAD, local: true } },
  { id: 'L3', name: 'Gamma', values: { channel: 'other' } },
  { id: 'L4', name: 'Epsilon', values: { ...SEED_LEAD, annualRevenue: 5e8 } },
  { id: 'L5', name: 'Delta', values: { ...SEED_LEAD, contactRole: 'decision-maker' } },
];
const LABELS = { route: { telesales: 'Inside sales' }, factor: { channel: 'Lead origin' } };

async function files(el: Element, csvId: string, xlsxId: string) {
  const csv = await captureFile(() => $<HTMLButtonElement>(el, `#${csvId}`).click());
  const xlsx = await captureFile(() => $<HTMLButtonElement>(el, `#${xlsxId}`).click());
  return { csv, xlsx, text: await csv.blob.text() };
}

describe('tiering tables: the export for people', () => {
  it('lead-score-table: rows shown in words (host labels first), tier counts; Excel holds the CSV rows', async () => {
    const el = await fixture<LeadScoreTable>(
      html`<lead-score-table lang="en" .data=${RECORDS} .codeLabels=${LABELS}></lead-score-table>`,
    );
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'));
    const { csv, xlsx, text } = await files(el, 'export-people', 'export-people-xlsx');
    expect([csv.name, xlsx.name]).to.deep.equal(['lead-score-table-report.csv', 'lead-score-table-report.xlsx']);
    const [rows, counts] = await assertPeopleFiles(text, xlsx.blob, 'lead-score-table');
    expect(rows![0]!.slice(0, 8)).to.deep.equal([
      'ID',
      'Record',
      'Score',
      'Tier',
      'Deep follow-up',
      'Route',
      'Reason',
      'Points · Lead origin',
    ]);
    // Highest first; L4's 66.25 as the list shows it (66.3); the CRM file's "telesales, default" in words.
    expect(rows!.slice(1).map((r) => r.slice(0, 3))).to.deep.equal([
      ['L5', 'Delta', '76.5'],
      ['L1', 'Acme', '68.5'],
      ['L2', 'Beta', '68.5'],
      ['L4', 'Epsilon', '66.3'],
      ['L3', 'Gamma', '4'],
    ]);
    expect(rows![2]!.slice(3, 8)).to.deep.equal([
      'B · Mid-high value',
      'Yes',
      'Inside sales',
      'No local or complex demand: phone follow-up',
      '8',
    ]);
    expect(counts).to.deep.include.members([['B · Mid-high value', '4', '80%', 'Yes']]);
    expect(text).not.to.match(/telesales|points_|annualRevenue/);
    // The rows shown: a route filter narrows the export.
    const route = $<HTMLSelectElement>(el, '#route-filter');
    route.value = 'field-sales';
    route.dispatchEvent(new Event('change'));
    await settle(el);
    const narrowed = await captureFile(() => $<HTMLButtonElement>(el, '#export-people').click());
    const [shown] = await assertPeopleFiles(
      await narrowed.blob.text(),
      (await captureFile(() => $<HTMLButtonElement>(el, '#export-people-xlsx').click())).blob,
      'lead-score-table (field sales)',
    );
    expect(shown!.slice(1).map((r) => r[0])).to.deep.equal(['L2']);
  });

  it('the CRM re-import file is unchanged beside it, under its own name', async () => {
    const el = await fixture<LeadScoreTable>(html`<lead-score-table lang="en" .data=${RECORDS}></lead-score-table>`);
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'));
    expect($(el, '#export').textContent.trim()).to.equal('CRM file (CSV)');
    expect($(el, '#export-xlsx').textContent.trim()).to.equal('CRM file (Excel)');
    const crm = await captureDownload(() => $<HTMLButtonElement>(el, '#export').click());
    expect(crm.name).to.equal('lead-score-table.csv');
    expect(crm.text.replace(/^\uFEFF/, '').split('\n')[0]).to.match(
      /^id,name,score,tier,focus,route,reason,points_channel,/,
    );
  });

  it('customer-value-table in zh-CN: Chinese headers, no route columns; keyboard: one stop per pair; axe', async () => {
    const el = await fixture<CustomerValueTable>(
      html`<customer-value-table
        lang="zh-CN"
        .data=${[
          { id: 'C1', name: '北辰', values: SEED_CUSTOMER },
          { id: 'C2', name: 'Acme', values: { ...SEED_CUSTOMER, annualSpend: 10 } },
        ]}
      ></customer-value-table>`,
    );
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'));
    const people = $<HTMLButtonElement>(el, '#export-people');
    await until(() => people.textContent.trim() === '导出 CSV', 5000, 'the Chinese strings');
    const { xlsx, text } = await files(el, 'export-people', 'export-people-xlsx');
    const [rows, counts] = await assertPeopleFiles(text, xlsx.blob, 'customer-value-table zh-CN');
    expect(rows![0]!.slice(0, 5)).to.deep.equal(['ID', '记录', '得分', '层级', '深度跟进']);
    expect(rows![0]).not.to.include('分配');
    expect(rows!.slice(1).map((r) => r[1])).to.include('北辰');
    expect(counts![0]).to.deep.equal(['层级', '记录数', '占比', '深度跟进']);
    // Keyboard: the people pair and the CRM pair are one stop each; arrows move inside a pair.
    const xlsxButton = $<HTMLButtonElement>(el, '#export-people-xlsx');
    await tabTo(people);
    await press('ArrowRight');
    expect(deepActive()).to.equal(xlsxButton);
    await press('Tab');
    expect(deepActive()).to.equal($(el, '#export'));
    expect(people.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('导出(阅读用)');
    await expect(el).to.be.accessible();
  });
});

describe('tiering cards: the export for people', () => {
  it('lead-score-card: the summary (route and reason in words) and each factor; Excel holds the CSV rows', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .data=${{ name: 'Epsilon', values: { ...SEED_LEAD, annualRevenue: 5e8 } }}
        .codeLabels=${LABELS}
      ></lead-score-card>`,
    );
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('#export-people'));
    const { csv, xlsx, text } = await files(el, 'export-people', 'export-people-xlsx');
    expect(csv.name).to.equal('lead-score-card-report.csv');
    const [summary, factors] = await assertPeopleFiles(text, xlsx.blob, 'lead-score-card');
    expect(summary).to.deep.equal([
      ['Record', 'Value score', 'Tier', 'Deep follow-up', 'Route to', 'Reason', 'Missing weight'],
      [
        'Epsilon',
        '66.3',
        'B · Mid-high value',
        'Yes',
        'Inside sales',
        'No local or complex demand: phone follow-up',
        '0%',
      ],
    ]);
    expect(factors![0]).to.deep.equal(['Factor', 'Value', 'Score', 'Weight', 'Points']);
    // Business scale: 5e8 scores 75 at a weight of 15 % → 11.25 points (the CRM file says 11.25 for L4).
    expect(factors!.find((r) => r[0] === 'Business scale (annual revenue)')!.slice(2)).to.deep.equal([
      '75',
      '15%',
      '11.25',
    ]);
    expect(factors!.find((r) => r[0] === 'Lead origin')).to.not.equal(undefined);
    await tabTo($(el, '#export-people'));
    await press('ArrowRight');
    expect(deepActive()).to.equal($(el, '#export-people-xlsx'));
    await expect(el).to.be.accessible();
  });

  it('customer-value-card in zh-CN: no route columns, Chinese headers', async () => {
    const el = await fixture(
      html`<customer-value-card lang="zh-CN" .data=${{ values: SEED_CUSTOMER }}></customer-value-card>`,
    );
    await settle(el);
    const button = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('#export-people'));
    await until(() => button.textContent.trim() === '导出 CSV', 5000, 'the Chinese strings');
    const { xlsx, text } = await files(el, 'export-people', 'export-people-xlsx');
    const [summary, factors] = await assertPeopleFiles(text, xlsx.blob, 'customer-value-card zh-CN');
    expect(summary![0]).to.not.include('分配');
    expect(summary![0]![0]).to.equal('记录');
    expect(factors![0]).to.deep.equal(['因素', '取值', '量化分', '权重', '贡献分']);
  });
});
