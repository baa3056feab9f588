import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/funnel-forecast/index.js';
import type { FunnelForecast } from '../../components/funnel-forecast/index.js';
import type { FunnelResult } from '../../src/models/funnel.js';
import { edit, button, tableRows } from '../helpers/harness.js';
import { FUNNEL_EXAMPLE as EXAMPLE } from '../fixtures/seeds.js';
import { FUNNEL_HISTORY_EXAMPLE } from '../fixtures/funnel-history.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press } from '../helpers/keyboard.js';

const HISTORY = FUNNEL_HISTORY_EXAMPLE.opportunities;
const rate = (el: Element, i: number) => $<HTMLInputElement>(el, `#p-conversion-${i}`).value;
const marks = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="funnel-table"] [data-mark]')].map((m) =>
    m.textContent.replace(/\s+/g, ' ').trim(),
  );

/** The worked example's funnel with §3c's worked history, January to March 2026 (window chosen in the UI). */
async function mountHistory(lang = 'en'): Promise<FunnelForecast> {
  const el = await fixture<FunnelForecast>(
    html`<funnel-forecast
      lang=${lang}
      .data=${EXAMPLE}
      .history=${HISTORY}
      history-as-of="2026-03-31"
    ></funnel-forecast>`,
  );
  await until(() => el.shadowRoot!.querySelector('[part~="history-table"]'), 5000, 'the history table');
  const w = $<HTMLSelectElement>(el, '#hf--p');
  w.value = '3';
  w.dispatchEvent(new Event('change'));
  await settle(el);
  return el;
}

describe('funnel-forecast: rates from history (docs/models.md §3c)', () => {
  it('shows the learned rates with their records, the warning below 30 and the median days', async () => {
    const el = await mountHistory();
    expect(tableRows(el, 'history-table')).to.deep.equal([
      ['Leads', '80%', '5 fewer than 30 records', '12'],
      ['Intent', '60%', '5 fewer than 30 records', '24'],
      ['High intent', '100%', '2 fewer than 30 records', '19.5'],
      ['Negotiation', '50%', '2 fewer than 30 records', '10'],
    ]);
    expect(partText(el, 'history')).to.contain('8 records, Jan 2026 to Mar 2026');
    expect(marks(el)).to.deep.equal([]);
  });

  it('import history → rates filled and marked → edit one → revert to history', async () => {
    const el = await mountHistory();
    setTimeout(() => button(el, 'Fill rates from history').click());
    const ev = await oneEvent(el, 'revops-change');
    const detail = ev.detail as FunnelResult;
    await settle(el);
    expect([0, 1, 2, 3].map((i) => rate(el, i))).to.deep.equal(['80', '60', '100', '50']);
    // pWin(lead) = 0.8 · 0.6 · 1 · 0.5 = 0.24: the model ran on the filled rates.
    expect(detail.pWin.lead).to.be.closeTo(0.24, 1e-12);
    expect(marks(el)).to.deep.equal([
      'from history, 5 records · fewer than 30 records',
      'from history, 5 records · fewer than 30 records',
      'from history, 2 records · fewer than 30 records',
      'from history, 2 records · fewer than 30 records',
    ]);
    edit(el, 'p-conversion-1', '45');
    await settle(el);
    expect(rate(el, 1)).to.equal('45');
    expect(marks(el)[1]).to.equal('edited Revert to history');
    $<HTMLButtonElement>(el, '[aria-label="Revert to history: Intent"]').click();
    await settle(el);
    expect(rate(el, 1)).to.equal('60');
    expect(marks(el)[1]).to.equal('from history, 5 records · fewer than 30 records');
  });

  it('a stage-history file read through the import pipeline fills the rates; a stage with no records keeps its rate', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${EXAMPLE} history-file history-as-of="2026-03-31"></funnel-forecast>`,
    );
    await settle(el);
    const csv = [
      'Opportunity ID,Stage,Date',
      'A,Leads,2026-01-05',
      'A,intent,2026-01-15',
      'A,Closed Lost,2026-01-20',
      'B,lead,2026-02-01',
      'B,Negotiation,2026-02-10',
      'B,Closed Won,2026-03-01',
      'C,Demo,2026-02-02',
    ].join('\n');
    const input = $<HTMLInputElement>(el, '#hf--f');
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'history.csv', { type: 'text/csv' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelector('[part~="history-table"]'), 5000, 'the history table');
    expect(partText(el, 'history')).to.contain('1 row left out').and.contain('2 records, Apr 2025 to Mar 2026');
    // lead: A, B converted; intent: A lost, B skipped (passed); highIntent: B skipped; negotiation: B won.
    expect(tableRows(el, 'history-table').map((r) => r.slice(0, 2))).to.deep.equal([
      ['Leads', '100%'],
      ['Intent', '50%'],
      ['High intent', '100%'],
      ['Negotiation', '100%'],
    ]);
    button(el, 'Fill rates from history').click();
    await settle(el);
    expect([0, 1, 2, 3].map((i) => rate(el, i))).to.deep.equal(['100', '50', '100', '100']);
  });

  it('a large stage-history file is read in the import worker with progress (2.2 MB, 100,000 events), and gives the rates', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${EXAMPLE} history-file history-as-of="2026-03-31"></funnel-forecast>`,
    );
    await settle(el);
    // 50,000 deals: lead in January; every other one to intent, then lost; 4 events on average.
    const lines = ['id,stage,date'];
    for (let i = 0; i < 50_000; i++) {
      lines.push(`d${i},lead,2026-01-${String((i % 28) + 1).padStart(2, '0')}`);
      if (i % 2) lines.push(`d${i},intent,2026-02-01`, `d${i},lost,2026-02-15`);
      else lines.push(`d${i},lost,2026-01-30`);
    }
    const input = $<HTMLInputElement>(el, '#hf--f');
    const dt = new DataTransfer();
    dt.items.add(new File([lines.join('\n')], 'big.csv', { type: 'text/csv' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelector('[part~="history-progress"]'), 5000, 'the progress bar');
    await until(() => el.shadowRoot!.querySelector('[part~="history-table"]'), 20000, 'the history table');
    expect(el.shadowRoot!.querySelector('[part~="history-progress"]')).to.equal(null);
    // Days in lead: 31 − (i mod 28) for odd i; the residues 1…19 come 1,786 times, 21…27 1,785 times, so the
    // 12,500th and 12,501st of the 25,000 samples (4, 6, 8, 10: 7,140; 12, 14, 16: 12,498; then 18) are both 18.
    expect(tableRows(el, 'history-table').slice(0, 2)).to.deep.equal([
      ['Leads', '50%', '50,000', '18'],
      ['Intent', '0%', '25,000', '—'],
    ]);
  });

  it('keeps a typed rate where the window has no records, and says so', async () => {
    const el2 = await fixture<FunnelForecast>(
      html`<funnel-forecast
        lang="en"
        .data=${EXAMPLE}
        .history=${HISTORY.slice(7)}
        history-as-of="2026-03-31"
      ></funnel-forecast>`,
    );
    await until(() => el2.shadowRoot!.querySelector('[part~="history-table"]'), 5000, 'the history table');
    button(el2, 'Fill rates from history').click();
    await settle(el2);
    // H alone: lost at lead (rate 0); nothing above it.
    expect([0, 1, 2, 3].map((i) => rate(el2, i))).to.deep.equal(['20', '30', '40', '50']);
    expect(partText(el2, 'history'))
      .to.contain('Leads: every record was lost; the typed rate is kept')
      .and.contain('Intent: no records in the window; the typed rate is kept');
  });

  it('keyboard: the fill button and the revert button are reachable; zh-CN words; axe clean', async () => {
    const el = await mountHistory('zh-CN');
    const fill = button(el, '用历史数据填入转化率');
    await tabTo(fill);
    await press('Enter');
    await settle(el);
    expect(rate(el, 0)).to.equal('80');
    expect(marks(el)[0]).to.equal('来自历史数据,5 条记录 · 记录少于 30 条');
    edit(el, 'p-conversion-0', '70');
    await settle(el);
    const back = $<HTMLButtonElement>(el, '[aria-label="恢复为历史值: 线索"]');
    await tabTo(back);
    await press('Enter');
    await settle(el);
    expect(rate(el, 0)).to.equal('80');
    await expect(el).to.be.accessible();
    const dark = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" theme="dark" .data=${EXAMPLE} .history=${HISTORY}></funnel-forecast>`,
    );
    await until(() => dark.shadowRoot!.querySelector('[part~="history-table"]'), 5000, 'the history table');
    await expect(dark).to.be.accessible();
  });

  it('without history the element renders as before: no history section', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="history"]')).to.equal(null);
    expect(marks(el)).to.deep.equal([]);
  });
});
