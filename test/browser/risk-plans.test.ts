// Issue 14 part 4: plans people own in the churn panel — playbook edit → open a plan → assign, due, steps,
// review → close → export → reload, keyboard only, axe clean, zh-CN; the revops-plan-change event.
import { expect, html } from '@open-wc/testing';
import '../../components/churn-alert-panel/index.js';
import type { ChurnAlertPanel } from '../../components/churn-alert-panel/index.js';
import type { PlanChangeDetail } from '../../components/shared/plans/panel-plans.js';
import { captureDownload, mount, uid } from '../helpers/harness.js';
import { $, settle, until } from '../helpers/fixtures.js';
import { press, tabTo, type } from '../helpers/keyboard.js';

// docs/models.md §5 extras: a3 (Zhou) is a warning for a payment 45 days overdue: cause business,
// playbook business-health-check (two steps by default).
const DATA = {
  asOf: '2026-05-15',
  accounts: [
    { id: 'a3', name: 'Gamma', owner: 'Zhou', arr: 200000, overdueDays: 45 },
    { id: 'a4', name: 'Delta', owner: 'Zhou', arr: 10000 },
  ],
};
const loaded = async (el: Element) => {
  await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 5000, 'storage read');
  await until(() => el.shadowRoot?.querySelector('.item'), 5000, 'the list');
  await settle(el);
};
const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  until(() => el.shadowRoot!.querySelector<T>(sel), 5000, sel);

describe('churn-alert-panel: plans people own', function () {
  // A long keyboard walk (many Tab presses) on a machine shared by several test runs.
  this.timeout(60_000);
  it('edit a playbook, open a plan, assign, date, tick, review, close, export, reload', async () => {
    const key = `plans-${uid()}`;
    const events: PlanChangeDetail[] = [];
    const el = await mount<ChurnAlertPanel>(
      html`<churn-alert-panel
        lang="en"
        storage-key=${key}
        .data=${structuredClone(DATA)}
        @revops-plan-change=${(e: CustomEvent<PlanChangeDetail>) => events.push(e.detail)}
      ></churn-alert-panel>`,
    );
    await loaded(el);
    // The playbook editor (in the rules editor): add a step to the business health check.
    await tabTo($(el, '[part~="rules"] summary'));
    await press('Enter');
    await tabTo(await q(el, '[part~="playbooks-section"] summary'));
    await press('Enter');
    const book = await q(el, '[data-playbook="business-health-check"] summary');
    await tabTo(book);
    await press('Enter');
    await tabTo(await q(el, '[data-playbook="business-health-check"] .add-step'));
    await press('Enter');
    const step3 = await q<HTMLInputElement>(el, '[data-playbook="business-health-check"] [data-step="s3"] input');
    await tabTo(step3);
    await type('Agree a payment plan');
    await press('Tab');
    await until(() => el.shadowRoot!.querySelector('[data-playbook="business-health-check"] summary .weak'));
    // Open the row and a plan from its playbooks.
    await tabTo($(el, '.head[data-pos="0"]'));
    await press('Enter');
    await tabTo(await q(el, '.open-plan'));
    await press('Enter');
    await until(() => events.length === 1, 5000, 'the open event');
    expect(events[0]!.change).to.equal('open');
    expect(events[0]!.record).to.equal('a3');
    const steps = events[0]!.plan.steps.map((s) => s.text);
    expect(steps).to.have.length(3);
    expect(steps[2]).to.equal('Agree a payment plan');
    const owner = await q<HTMLInputElement>(el, '[part~="record-plan"] input[type="text"]');
    await tabTo(owner);
    await type('Zhou');
    await press('Tab'); // to the due date: the owner is saved on leaving it
    await until(() => events.length === 2);
    expect(events[1]!.plan.owner).to.equal('Zhou');
    // A due date before asOf: the plan is overdue.
    const due = $<HTMLInputElement>(el, '[part~="record-plan"] input[type="date"]');
    due.value = '2026-05-10';
    due.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('[part~="plan-overdue"]'), 5000, 'the overdue badge');
    expect($(el, '[part~="plan-overdue"]').textContent.trim()).to.equal('Overdue by 5 days');
    const first = $<HTMLSelectElement>(el, '[part~="record-plan"] [data-step] select');
    await tabTo(first);
    await press('ArrowDown'); // to do → done
    await until(() => events.some((e) => e.change === 'step'));
    const review = $<HTMLTextAreaElement>(el, '[part~="record-plan"] textarea');
    await tabTo(review);
    await type('Paid after the call');
    await press('Tab');
    await until(() => events.some((e) => e.change === 'review'));
    // The plan list: overdue first, and the exports.
    const csv = await captureDownload(() => $<HTMLButtonElement>(el, '.export-tasks').click());
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).to.equal('record,playbook,step,text,stepStatus,owner,due,planStatus,overdue,review');
    expect(lines).to.have.length(4);
    expect(lines[1]).to.match(
      /^a3,churn-playbook,business-health-check\.s1,.*,done,Zhou,2026-05-10,open,true,Paid after the call$/,
    );
    await tabTo(await q(el, '.close-plan'));
    await press('Enter');
    await until(() => events.some((e) => e.change === 'close'));
    expect(el.shadowRoot!.querySelector('[part~="plan-overdue"]')).to.equal(null);
    const json = await captureDownload(() => $<HTMLButtonElement>(el, '.export-plans').click());
    const plans = (JSON.parse(json.text) as { plans: { status: string; closedAt: string; review: string }[] }).plans;
    expect([plans[0]!.status, plans[0]!.closedAt, plans[0]!.review]).to.deep.equal([
      'closed',
      '2026-05-15',
      'Paid after the call',
    ]);
    await expect(el).to.be.accessible();
    // Reload: the plan and the playbook edit are read back.
    await new Promise((r) => setTimeout(r, 400));
    el.remove();
    const again = await mount<ChurnAlertPanel>(
      html`<churn-alert-panel lang="en" storage-key=${key} .data=${structuredClone(DATA)}></churn-alert-panel>`,
    );
    await loaded(again);
    await until(() => again.shadowRoot!.querySelector('[part~="plans"] tbody tr'), 5000, 'the restored plan');
    expect($(again, '[part~="plans"] tbody tr th').textContent.trim()).to.equal('Gamma');
    expect($(again, '[part~="plans"] tbody tr td').textContent.trim()).to.equal('Zhou');
  });

  it('zh-CN: the plan speaks Chinese', async () => {
    const el = await mount<ChurnAlertPanel>(
      html`<churn-alert-panel lang="zh-CN" .data=${structuredClone(DATA)}></churn-alert-panel>`,
    );
    await until(() => el.shadowRoot?.querySelector('.item'), 5000, 'the list');
    $<HTMLButtonElement>(el, '.head[data-pos="0"]').click();
    const open = await q<HTMLButtonElement>(el, '.open-plan');
    expect(open.textContent.trim()).to.equal('创建计划');
    open.click();
    await until(() => el.shadowRoot!.querySelector('[part~="record-plan"] textarea'));
    expect($(el, 'label[for$="-review"]').textContent.trim()).to.equal('复盘');
    await expect(el).to.be.accessible();
  });
});
