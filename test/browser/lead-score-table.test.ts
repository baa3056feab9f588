// <lead-score-table> and <customer-value-table>: a list scored like the cards, filters, sort, the open row's
// contributions, tier counts against the target, CSV export, keyboard, Chinese, axe.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/lead-score-table/index.js';
import '../../components/customer-value-table/index.js';
import '../../components/lead-score-card/index.js';
import '../../components/revops-provider/index.js';
import type {
  LeadScoreTable,
  TieringTableDetail,
  TieringTableSelectDetail,
} from '../../components/lead-score-table/index.js';
import type { CustomerValueTable } from '../../components/customer-value-table/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { SEED_CUSTOMER, SEED_LEAD, settle, partText, $, until } from '../helpers/fixtures.js';
import { captureDownload } from '../helpers/harness.js';
import { tabTo, press, deepActive } from '../helpers/keyboard.js';

// Scores: L1 68.5 B telesales; L2 68.5 B field-sales (local); L3 4 D nurture; L4 66.25 B; L5 76.5 B; L6 invalid.
const RECORDS = [
  { id: 'L1', name: 'Acme', values: SEED_LEAD },
  { id: 'L2', name: 'Beta', values: { ...SEED_LEAD, local: true } },
  { id: 'L3', name: 'Gamma', values: { channel: 'other' } },
  { id: 'L4', name: 'Epsilon', values: { ...SEED_LEAD, annualRevenue: 5e8 } },
  { id: 'L5', name: 'Delta', values: { ...SEED_LEAD, contactRole: 'decision-maker' } },
  { id: 'L6', name: 'Bad', values: { ...SEED_LEAD, channel: 'fax' } },
];

const rowNames = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="row"]')]
    .map((b) => [Number((b as HTMLElement).dataset.pos), b.querySelector('.cell')!.textContent.trim()] as const)
    .sort((a, b) => a[0] - b[0])
    .map((x) => x[1]);

async function change(el: Element, id: string, value: string): Promise<void> {
  const s = $<HTMLSelectElement>(el, `#${id}`);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await settle(el);
}

describe('lead-score-table', () => {
  it('scores, routes and sorts the list by score; counts tiers against the target; skips the bad row', async () => {
    const el = await fixture<LeadScoreTable>(html`<lead-score-table lang="en"></lead-score-table>`);
    setTimeout(() => (el.data = RECORDS));
    const ev = await oneEvent(el, 'revops-change');
    const d = ev.detail as TieringTableDetail;
    expect(d.rows).to.equal(5);
    expect(d.counts.tiers.map((t) => t.count)).to.deep.equal([0, 4, 0, 1]);
    expect(d.invalid.map((r) => r.index)).to.deep.equal([5]);
    await settle(el);
    await until(() => el.shadowRoot!.querySelectorAll('[part~="row"]').length === 5, 3000, 'rows');
    expect(rowNames(el)).to.deep.equal(['Delta', 'Acme', 'Beta', 'Epsilon', 'Gamma']);
    expect(partText(el, 'count')).to.contain('Showing 5 of 5 records');
    expect(partText(el, 'count')).to.contain('1 record skipped');
    expect(partText(el, 'focus-share')).to.contain('Focus share 80% (target 30% ± 5%)');
    expect(partText(el, 'focus-share')).to.contain('off target');
    expect(partText(el, 'counts')).to.contain('4 · 80%');
    await expect(el).to.be.accessible();
  });

  it('filters by tier and route, sorts by a factor and by name', async () => {
    const el = await fixture<LeadScoreTable>(html`<lead-score-table lang="en" .data=${RECORDS}></lead-score-table>`);
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'), 3000, 'rows');
    await change(el, 'tier-filter', 'D');
    expect(rowNames(el)).to.deep.equal(['Gamma']);
    await change(el, 'tier-filter', '');
    await change(el, 'route-filter', 'telesales');
    expect(rowNames(el)).to.deep.equal(['Delta', 'Acme', 'Epsilon']);
    expect(partText(el, 'count')).to.contain('Showing 3 of 5 records');
    await change(el, 'route-filter', '*');
    await change(el, 'sort', 'factor:annualRevenue');
    await change(el, 'sort-dir', 'asc');
    expect(rowNames(el)).to.deep.equal(['Gamma', 'Epsilon', 'Acme', 'Beta', 'Delta']);
    await change(el, 'sort', 'name');
    expect(rowNames(el)).to.deep.equal(['Acme', 'Beta', 'Delta', 'Epsilon', 'Gamma']);
  });

  it('opens a row with the keyboard: its contributions and revops-select', async () => {
    const el = await fixture<LeadScoreTable>(html`<lead-score-table lang="en" .data=${RECORDS}></lead-score-table>`);
    await settle(el);
    const first = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="row"][data-pos="0"]'));
    await tabTo(first);
    await press('ArrowDown');
    await settle(el);
    const second = $<HTMLButtonElement>(el, '[part~="row"][data-pos="1"]');
    expect(deepActive()).to.equal(second);
    setTimeout(() => void press('Enter'));
    const ev = await oneEvent(el, 'revops-select');
    expect((ev.detail as TieringTableSelectDetail).id).to.equal('L1');
    expect((ev.detail as TieringTableSelectDetail).route).to.equal('telesales');
    await settle(el);
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="contributions"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent.trim()),
    );
    expect(rows[0]).to.deep.equal(['Channel', 'Website (direct)', '80', '8']);
    expect(rows[2]).to.deep.equal(['Business scale (annual revenue)', '1,000,000,000', '90', '13.5']);
    expect(rows[6]).to.deep.equal([
      'Business interest',
      'Follows our account, Reads often, Watches webinars',
      '60',
      '9',
    ]);
    await expect(el).to.be.accessible();
  });

  it('exports the rows shown as CSV with tier, score, route and reason', async () => {
    const el = await fixture<LeadScoreTable>(html`<lead-score-table lang="en" .data=${RECORDS}></lead-score-table>`);
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'));
    await change(el, 'route-filter', 'telesales');
    const file = await captureDownload(() => $<HTMLButtonElement>(el, '#export').click());
    expect(file.name).to.equal('lead-score-table.csv');
    const lines = file.text.split('\n');
    expect(lines[0]).to.equal(
      'id,name,score,tier,focus,route,reason,points_channel,points_form,points_annualRevenue,points_contactRole,points_demandClarity,points_demandMatch,points_interest',
    );
    expect(lines.slice(1)).to.deep.equal([
      'L5,Delta,76.5,B,true,telesales,default,8,8,13.5,20,4.5,13.5,9',
      'L1,Acme,68.5,B,true,telesales,default,8,8,13.5,12,4.5,13.5,9',
      'L4,Epsilon,66.25,B,true,telesales,default,8,8,11.25,12,4.5,13.5,9',
    ]);
  });

  it('routes by custom rules and CRM fields; bad rules are reported at their path', async () => {
    const rules = [{ when: { fields: { region: ['east'] } }, route: 'east-team' }];
    const el = await fixture<LeadScoreTable>(
      html`<lead-score-table
        lang="en"
        .rules=${rules}
        .data=${[
          { id: 'a', values: SEED_LEAD, fields: { region: 'east' } },
          { id: 'b', values: SEED_LEAD, fields: { region: 'west' } },
        ]}
      ></lead-score-table>`,
    );
    await settle(el);
    await until(() => el.shadowRoot!.querySelectorAll('[part~="row"]').length === 2);
    const routes = [...el.shadowRoot!.querySelectorAll('.route-cell')].map((c) => c.textContent.trim());
    expect(routes).to.include('east-team');
    expect(routes).to.include('No route');
    setTimeout(() => (el.rules = [{ when: { source: 'x' }, route: 'y' }]));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues[0]!.path).to.equal('rules.0.when.source');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="row"]').length).to.equal(2);
  });

  it('re-scores when a card under the same provider is tuned', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<revops-provider>
        <lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>
        <lead-score-table lang="en" .data=${RECORDS.slice(0, 1)}></lead-score-table>
      </revops-provider>`,
    );
    const table = wrap.querySelector('lead-score-table')!;
    const card = wrap.querySelector('lead-score-card')!;
    await settle(table);
    await settle(card);
    await until(() => table.shadowRoot!.querySelector('[part~="row"]'));
    expect(table.shadowRoot!.querySelector('[part~="row"] .num')!.textContent.trim()).to.equal('68.5');
    // Weight of contactRole 20 → 40 (of 120): (8+8+13.5+24+4.5+13.5+9)/1.2 = 67.08.
    const w = $<HTMLInputElement>(card, '#w-3');
    w.value = '40';
    w.dispatchEvent(new Event('change'));
    await until(
      () => table.shadowRoot!.querySelector('[part~="row"] .num')!.textContent.trim() === '67.1',
      3000,
      'the table re-scored',
    );
  });

  it('speaks Chinese', async () => {
    const el = await fixture<LeadScoreTable>(html`<lead-score-table lang="zh-CN" .data=${RECORDS}></lead-score-table>`);
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'));
    expect(partText(el, 'header')).to.equal('线索评分');
    expect(partText(el, 'count')).to.contain('显示 5 / 5 条记录');
    expect(partText(el, 'focus-share')).to.contain('重点层级占比');
  });
});

describe('customer-value-table', () => {
  it('scores customers without routing; the seed customer is 78.5 → B', async () => {
    const el = await fixture<CustomerValueTable>(
      html`<customer-value-table
        lang="en"
        .data=${{ records: [{ id: 'C1', name: 'Acme', values: SEED_CUSTOMER }] }}
      ></customer-value-table>`,
    );
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'));
    expect(el.shadowRoot!.querySelector('[part~="row"] .num')!.textContent.trim()).to.equal('78.5');
    expect(el.shadowRoot!.querySelector('#route-filter')).to.equal(null);
    const file = await captureDownload(() => $<HTMLButtonElement>(el, '#export').click());
    expect(file.text.split('\n')[1]).to.equal('C1,Acme,78.5,B,true,10.5,28,16,24');
    await expect(el).to.be.accessible();
  });
});
