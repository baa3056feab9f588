// Issue 14 (and 12): the opportunity rules editor without typed keys — required fields as chips with a picker,
// required activities as counts per named type, and the change-flag thresholds — keyboard only, axe, zh-CN.
import { expect, html } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/index.js';
import { levelCount, mount } from '../helpers/harness.js';
import { $, settle, until } from '../helpers/fixtures.js';
import { DEFAULT_PIPELINE_RULES } from '../../src/models/opportunities.js';
import { deepActive, press, selectAll, tabTo, type } from '../helpers/keyboard.js';

// docs/models.md §2 extras worked example: o3 is critical by its close date pushed 91 days in all (≥ 60).
const O3 = {
  id: 'o3',
  name: 'Globex',
  amount: 300000,
  stage: 'solution',
  stageEnteredAt: '2026-03-20',
  expectedCloseDate: '2026-06-15',
  activities: [
    { type: 'visit', at: '2026-03-25' },
    { type: 'demo', at: '2026-03-25' },
  ],
  history: [
    { field: 'expectedCloseDate', from: '2026-03-31', to: '2026-04-30', at: '2026-02-01' },
    { field: 'expectedCloseDate', from: '2026-04-30', to: '2026-06-30', at: '2026-03-15' },
  ],
};
const data = () => ({ asOf: '2026-03-31', opportunities: [structuredClone(O3), { ...structuredClone(O3), id: 'o4' }] });

async function openRules(el: Element) {
  const summary = $(el, '[part~="rules"] summary');
  await tabTo(summary);
  await press('Enter');
  await settle(el);
}

describe('opportunity-alert-panel: the rules editor pickers and change thresholds', function () {
  this.timeout(30_000);
  it('a change threshold edited with the keyboard re-levels the rows; labels, no raw keys', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" .data=${data()}></opportunity-alert-panel>`,
    );
    await until(() => el.shadowRoot!.querySelector('.item'), 5000, 'the list');
    expect(levelCount(el, 'critical')).to.equal('2');
    await openRules(el);
    const legend = $(el, '[part~="change-thresholds"] legend').textContent.trim();
    expect(legend).to.equal('Change flags');
    const days = $<HTMLInputElement>(el, '#r-ch-pushDaysCritical');
    expect(days.value).to.equal('60');
    expect($(el, 'label[for="r-ch-pushDaysCritical"]').textContent.trim()).to.equal(
      'Close date pushed: critical from (days in all)',
    );
    expect($<HTMLInputElement>(el, '#r-ch-amountCutWarn').value).to.equal('20'); // a share shown in %
    await tabTo(days);
    await selectAll();
    await type('100');
    await press('Tab');
    await until(() => levelCount(el, 'critical') === '0', 5000, 're-levelled rows');
    expect(levelCount(el, 'warning')).to.equal('2');
    // No typed syntax and no rule key shown in the editor.
    const editor = $(el, '[part~="rules"]');
    expect(editor.querySelector('input#r-acts-0')).to.equal(null);
    expect(editor.textContent).not.to.match(/pushDaysCritical|call:\d/);
    await expect(el).to.be.accessible();
  });

  it('required fields: add one from the picker and remove its chip, with the keyboard', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" .data=${data()}></opportunity-alert-panel>`,
    );
    await until(() => el.shadowRoot!.querySelector('.item'), 5000, 'the list');
    await openRules(el);
    const chips = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[aria-label="Required fields · Qualify"] .tag')].map(
        (c) => c.dataset.field,
      );
    expect(chips()).to.deep.equal(['need', 'contactRole']);
    const picker = $<HTMLSelectElement>(el, '#r-add-field-0');
    // The picker offers the other named fields by their names.
    expect([...picker.options].slice(1, 3).map((o) => o.textContent.trim())).to.deep.equal([
      'budget',
      'decision maker',
    ]);
    await tabTo(picker);
    await press('ArrowDown');
    await until(() => chips().length === 3, 5000, 'the added chip');
    expect(chips()).to.deep.equal(['need', 'contactRole', 'budget']);
    const remove = $<HTMLButtonElement>(el, '[data-field="contactRole"] button');
    expect(remove.getAttribute('aria-label')).to.equal('Remove contact role from Qualify');
    // The chips' remove buttons are one tab stop (roving tab index): Tab to the first, the arrow to the next.
    await tabTo($(el, '[data-field="need"] button'));
    await press('ArrowRight');
    expect(deepActive()).to.equal(remove);
    await press('Enter');
    await until(() => chips().length === 2, 5000, 'the removed chip');
    expect(chips()).to.deep.equal(['need', 'budget']);
    // An activity added from its picker starts at one.
    const acts = $<HTMLSelectElement>(el, '#r-add-act-0');
    await tabTo(acts);
    await press('ArrowDown');
    await until(() => el.shadowRoot!.querySelector('[data-activity="visit"] input'), 5000, 'the added activity');
    expect($<HTMLInputElement>(el, '[data-activity="visit"] input').value).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it("custom field keys and activity types show the host's labels (codeLabels), in chips, counts and pickers", async () => {
    const stages = DEFAULT_PIPELINE_RULES.stages.map((s, i) =>
      i ? s : { ...s, requiredFields: ['need', 'x_budgetOwner'], requiredActivities: { call: 2, wechat: 1 } },
    );
    const labels = {
      field: { x_budgetOwner: 'Budget owner', need: 'Business need' },
      activity: { wechat: { en: 'WeChat message', 'zh-CN': '微信消息' } },
    };
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel
        lang="en"
        .codeLabels=${labels}
        .model=${{ stages }}
        .data=${data()}
      ></opportunity-alert-panel>`,
    );
    await until(() => el.shadowRoot!.querySelector('.item'), 5000, 'the list');
    await openRules(el);
    await until(() => el.shadowRoot!.querySelector('[data-field="x_budgetOwner"]'), 5000, 'the custom field chip');
    expect($(el, '[data-field="x_budgetOwner"]').textContent).to.contain('Budget owner');
    expect($(el, '[data-field="need"]').textContent).to.contain('Business need');
    expect($(el, '[data-activity="wechat"] label').textContent.trim()).to.equal('WeChat message');
    expect($(el, '[data-activity="call"] label').textContent.trim()).to.equal('call'); // no host label: ours
    const fieldOptions = [...$<HTMLSelectElement>(el, '#r-add-field-1').options].map((o) => o.textContent.trim());
    expect(fieldOptions).to.include('Budget owner');
    const actOptions = [...$<HTMLSelectElement>(el, '#r-add-act-1').options].map((o) => o.textContent.trim());
    expect(actOptions).to.include('WeChat message');
    expect($(el, '[part~="rules"]').textContent).not.to.match(/x_budgetOwner|wechat/);
    el.lang = 'zh-CN';
    await until(() => $(el, '[data-activity="wechat"] label').textContent.trim() === '微信消息', 5000, 'zh-CN label');
    await expect(el).to.be.accessible();
  });

  it('zh-CN: the pickers and thresholds speak Chinese', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="zh-CN" .data=${data()}></opportunity-alert-panel>`,
    );
    await until(() => el.shadowRoot!.querySelector('.item'), 5000, 'the list');
    expect($(el, '[part~="change-thresholds"] legend').textContent.trim()).to.equal('变化预警');
    expect($<HTMLSelectElement>(el, '#r-add-field-0').options[0]!.textContent).to.contain('添加必填字段');
    expect($(el, '[data-field="need"]').textContent).to.contain('需求');
  });
});
