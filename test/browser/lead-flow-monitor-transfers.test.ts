/** lead-flow-monitor: transfers rep → rep and pool → rep on the Owners tab (issue 14, docs/models.md §7 extras). */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import { $, until } from '../helpers/fixtures.js';
import { deepActive, press } from '../helpers/keyboard.js';
import { captureDownload } from '../helpers/harness.js';
import { TRANSFER_LEADS } from '../fixtures/lead-flow-extras.js';

const DATA = { asOf: '2026-03-31', leads: TRANSFER_LEADS };
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="transfer-table"] tbody tr')].map((r) =>
    [...r.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
  );
const kinds = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="transfers"] li')].map((li) =>
    li.textContent.replace(/\s+/g, ' ').trim(),
  );

describe('lead-flow-monitor: transfers (issue 14)', () => {
  it('the worked example on the Owners tab, reached by keyboard; axe clean', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await until(() => el.result);
    $<HTMLButtonElement>(el, '#tab-flow').focus();
    await press('ArrowRight');
    await press('ArrowRight');
    await until(() => deepActive() === $(el, '#tab-owners'));
    await until(() => el.shadowRoot!.querySelector('[part~="transfer-table"]'));
    expect(kinds(el)).to.deep.equal([
      'Rep → rep: 1',
      'Pool → rep (claimed): 3',
      'Rep → pool (released): 1',
      'Pool → pool: 1',
    ]);
    expect(rows(el)).to.deep.equal([
      ['Li', '0', '1', '2', '0', '1 (50%)'],
      ['Wang', '1', '0', '1', '1', '0 (0%)'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('zh-CN; without an owner history there is no transfers section', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="zh-CN" .data=${DATA}></lead-flow-monitor>`);
    await until(() => el.result);
    $<HTMLButtonElement>(el, '#tab-owners').click();
    await until(() => el.shadowRoot!.querySelector('[part~="transfer-table"]'));
    expect($(el, '[part~="transfers"] h4').textContent.trim()).to.equal('销售与公海之间的流转');
    expect(kinds(el)[1]).to.equal('公海 → 个人(领取):3');
    const plain = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor
        lang="en"
        .data=${{ ...DATA, leads: DATA.leads.map((l) => ({ ...l, transfers: undefined })) }}
      ></lead-flow-monitor>`,
    );
    await until(() => plain.result);
    $<HTMLButtonElement>(plain, '#tab-owners').click();
    await until(() => !$(plain, '#panel-owners').hidden);
    expect(plain.result!.transfers).to.equal(undefined);
    expect(plain.shadowRoot!.querySelector('[part~="transfers"]')).to.equal(null);
  });
});

describe('lead-flow-monitor: transfers export', () => {
  it('the Owners export carries the transfers by owner and by kind', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await until(() => el.result);
    $<HTMLButtonElement>(el, '#tab-owners').click();
    await until(() => el.shadowRoot!.querySelector('[part~="transfer-table"]'));
    const file = await captureDownload(() => $<HTMLButtonElement>(el, '#export-owners-csv').click());
    const lines = file.text.replace(/^\uFEFF/, '').split('\n');
    expect(lines).to.include('Li,0,1,2,0,1,50%');
    expect(lines).to.include('Pool → rep (claimed),3');
  });
});
