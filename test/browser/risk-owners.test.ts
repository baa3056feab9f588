// Issue 14: the rep roll-up of the opportunity team view and the CSM filter and roll-up of the churn panel,
// on the worked examples of docs/models.md §2 and §5 extras (numbers hand-checked there), keyboard only, axe, zh-CN.
import { expect, html } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import '../../components/churn-alert-panel/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/index.js';
import type { ChurnAlertPanel } from '../../components/churn-alert-panel/index.js';
import { mount, tableRows, shownIndexes } from '../helpers/harness.js';
import { $, settle, until } from '../helpers/fixtures.js';
import { deepActive, press, tabTo } from '../helpers/keyboard.js';

const opp = (id: string, owner: string | null, amount: number, lastCall: string) => ({
  id,
  name: `Deal ${id}`,
  ...(owner === null ? {} : { owner }),
  amount,
  stage: 'qualify',
  stageEnteredAt: '2026-03-28',
  activities: [{ type: 'call', at: lastCall }],
});
const OPPS = {
  asOf: '2026-03-31',
  opportunities: [
    opp('o1', 'Li', 100000, '2026-03-15'),
    opp('o2', 'Li', 50000, '2026-03-21'),
    opp('o3', 'Li', 20000, '2026-03-30'),
    opp('o4', 'Wang', 120000, '2026-03-10'),
    opp('o5', 'Wang', 30000, '2026-03-22'),
    opp('o6', 'Zhao', 80000, '2026-03-25'),
    opp('o7', null, 40000, '2026-03-20'),
  ],
};
const ACCOUNTS = {
  asOf: '2026-05-15',
  accounts: [
    { id: 'a1', name: 'Acme', owner: 'Chen', arr: 100000, contactChanged: true },
    { id: 'a2', name: 'Beta', owner: 'Chen', arr: 50000, overdueDays: 61, renewalDate: '2026-06-14' },
    { id: 'a3', name: 'Gamma', owner: 'Zhou', arr: 200000, overdueDays: 45 },
    { id: 'a4', name: 'Delta', owner: 'Zhou', arr: 10000 },
    { id: 'a5', name: 'Echo', arr: 30000, contactChanged: true },
  ],
};
const painted = async (el: Element) => {
  await until(() => el.shadowRoot?.querySelector('.item'), 5000, 'the list');
  await settle(el);
};

describe('opportunity-alert-panel: the rep roll-up in the team view', () => {
  it('ranks reps with ties, amount at risk and days idle; choosing a rep with the keyboard filters the list', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" currency="CNY" .data=${structuredClone(OPPS)}></opportunity-alert-panel>`,
    );
    await painted(el);
    expect(tableRows(el, 'rep-table')).to.deep.equal([
      ['Li', '1', '3', '1', '1', 'CN¥150,000', '10', '16'],
      ['Wang', '1', '2', '1', '1', 'CN¥150,000', '15', '21'],
      ['Zhao', '3', '1', '0', '0', 'CN¥0', '6', '6'],
      ['No owner', '—', '1', '0', '1', 'CN¥40,000', '11', '11'],
    ]);
    // The reps' buttons are one tab stop (roving tab index): Tab to Li, the arrow down to Wang.
    const li = $<HTMLButtonElement>(el, '[part~="rep-table"] tr[data-owner="Li"] button');
    await tabTo(li);
    await press('ArrowDown');
    expect(deepActive()).to.equal($(el, '[part~="rep-table"] tr[data-owner="Wang"] button'));
    await press('Enter');
    await settle(el);
    expect($<HTMLSelectElement>(el, '#f-owner').value).to.equal('Wang');
    expect(shownIndexes(el).map((i) => OPPS.opportunities[i]!.id)).to.deep.equal(['o4', 'o5']);
    expect(tableRows(el, 'rep-table').map((r) => r[0])).to.deep.equal(['Wang']);
    expect($(el, '[part~="rep-table"] tr[data-owner="Wang"] button').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('zh-CN: the table speaks Chinese; a list without owners has no rep table', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="zh-CN" .data=${structuredClone(OPPS)}></opportunity-alert-panel>`,
    );
    await painted(el);
    const caption = $(el, '[part~="rep-table"] caption').textContent;
    expect(caption).to.contain('销售');
    expect(tableRows(el, 'rep-table')[3]![0]).to.equal('无负责人');
    const plain = structuredClone(OPPS);
    for (const o of plain.opportunities) delete (o as { owner?: string }).owner;
    const bare = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" .data=${plain}></opportunity-alert-panel>`,
    );
    await painted(bare);
    expect(bare.shadowRoot!.querySelector('[part~="rep-table"]')).to.equal(null);
  });
});

describe('churn-alert-panel: the CSM filter and roll-up', () => {
  it('the CSM roll-up (rank, ARR at risk, renewals); the filter by CSM and for accounts without one', async () => {
    const el = await mount<ChurnAlertPanel>(
      html`<churn-alert-panel lang="en" currency="CNY" .data=${structuredClone(ACCOUNTS)}></churn-alert-panel>`,
    );
    await painted(el);
    expect(tableRows(el, 'csm-table')).to.deep.equal([
      ['Chen', '1', '2', '1', '1', 'CN¥150,000', '1'],
      ['Zhou', '2', '2', '0', '1', 'CN¥200,000', '0'],
      ['No CSM', '—', '1', '0', '1', 'CN¥30,000', '0'],
    ]);
    const filter = $<HTMLSelectElement>(el, '#f-owner');
    expect([...filter.options].map((o) => o.textContent.trim())).to.deep.equal(['All CSMs', 'Chen', 'Zhou', 'No CSM']);
    await tabTo(filter);
    // The keyboard picks the second option (Chen), as a user does in a closed select.
    await press('ArrowDown');
    await settle(el);
    expect(filter.value).to.equal('Chen');
    expect(shownIndexes(el).map((i) => ACCOUNTS.accounts[i]!.id)).to.deep.equal(['a2', 'a1']);
    expect(tableRows(el, 'csm-table').map((r) => r[0])).to.deep.equal(['Chen']);
    const none = $<HTMLSelectElement>(el, '#f-owner');
    none.value = '-';
    none.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
    expect(shownIndexes(el).map((i) => ACCOUNTS.accounts[i]!.id)).to.deep.equal(['a5']);
    await expect(el).to.be.accessible();
  });

  it('zh-CN words; accounts without any CSM: no filter, no roll-up', async () => {
    const el = await mount<ChurnAlertPanel>(
      html`<churn-alert-panel lang="zh-CN" .data=${structuredClone(ACCOUNTS)}></churn-alert-panel>`,
    );
    await painted(el);
    expect($(el, '[part~="csms"] summary').textContent.trim()).to.equal('客户成功经理');
    expect(tableRows(el, 'csm-table')[2]![0]).to.equal('无客户成功经理');
    const plain = structuredClone(ACCOUNTS);
    for (const a of plain.accounts) delete (a as { owner?: string }).owner;
    const bare = await mount<ChurnAlertPanel>(html`<churn-alert-panel lang="en" .data=${plain}></churn-alert-panel>`);
    await painted(bare);
    expect(bare.shadowRoot!.querySelector('#f-owner')).to.equal(null);
    expect(bare.shadowRoot!.querySelector('[part~="csms"]')).to.equal(null);
  });
});
