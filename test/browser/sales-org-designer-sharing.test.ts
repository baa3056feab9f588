// Sharing the headcount plan (docs/models.md §4 extras): through <revops-provider>, and as a scenario file.
// The first test defines the elements in the order the page needs least: the designer, then the planner, and the
// provider last (no static import of any of them before it), so the plan reaches the designer whatever the order.
import { expect, fixture, html } from '@open-wc/testing';
import type { SalesOrgDesigner } from '../../components/sales-org-designer/index.js';
import type { SalesTargetPlanner } from '../../components/sales-target-planner/index.js';
import { projectSalesOrg } from '../../src/models/sales-org-timeline.js';
import { captureDownload, uid } from '../helpers/harness.js';
import { HEADCOUNT_PLAN } from '../fixtures/seeds.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press } from '../helpers/keyboard.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';

/** The designer's defaults (docs/models.md §4's worked example costs). */
const COSTS = { repCost: 300_000, spans: [8, 5], managerCosts: [500_000, 800_000] };
const healthyOf = (plan: unknown) => {
  const m = projectSalesOrg({ plan, ...COSTS }).healthyMonth;
  return m === null ? '' : String(m);
};
/** Healthy from January; with productivityQualified 60,000 from March (the designer's default costs). */
const SLOW_RAMP = { ...HEADCOUNT_PLAN, productivityUnqualified: 10_000 };
const shownMonth = (el: SalesOrgDesigner) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="healthy-month"]')?.dataset.month;
const origin = (el: SalesOrgDesigner) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="plan-origin"]')?.dataset.origin;

/** Open the designer's plan import (loaded on first use). */
async function openImport(el: SalesOrgDesigner): Promise<void> {
  const b = [...el.shadowRoot!.querySelectorAll('button')].find((x) =>
    /Import a headcount plan|导入人力规划/.test(x.textContent),
  );
  b?.click();
  await until(() => el.shadowRoot!.querySelector('[part~="plan-import"]'), 5000, 'the plan import');
  await settle(el);
}

async function paste(el: SalesOrgDesigner, text: string): Promise<void> {
  $<HTMLTextAreaElement>(el, '#pi-paste').value = text;
  $<HTMLButtonElement>(el, '#pi-paste').closest('section')!.querySelector<HTMLButtonElement>('p.row button')!.click();
  await settle(el);
}

describe('sales-org-designer: the plan shared through <revops-provider>', () => {
  it('follows the planner under the same provider, defined designer → planner → provider', async () => {
    await import('../../components/sales-org-designer/index.js');
    const provider = document.createElement('revops-provider');
    const el = document.createElement('sales-org-designer');
    el.setAttribute('lang', 'en');
    el.setAttribute('storage-key', uid());
    const planner = document.createElement('sales-target-planner');
    planner.setAttribute('lang', 'en');
    planner.setAttribute('storage-key', uid());
    planner.data = SLOW_RAMP;
    provider.append(el, planner);
    document.body.append(provider);
    await settle(el);
    // No plan anywhere yet: no timeline.
    expect(shownMonth(el)).to.equal(undefined);
    await import('../../components/sales-target-planner/index.js');
    await settle(planner);
    expect(customElements.get('revops-provider')).to.equal(undefined);
    await import('../../components/revops-provider/index.js');
    await until(() => shownMonth(el) !== undefined, 8000, 'the timeline from the shared plan');
    expect(shownMonth(el)).to.equal(healthyOf(planner.input));
    // An edit in the planner moves the designer's healthy month.
    planner.setParam('productivityQualified', 60_000);
    await settle(planner);
    await until(() => shownMonth(el) === healthyOf(planner.input), 5000, 'the timeline to follow the edit');
    expect([healthyOf(SLOW_RAMP), shownMonth(el)]).to.deep.equal(['1', '3']);
    await openImport(el);
    expect(origin(el)).to.equal('provider');
    expect(partText(el, 'plan-origin')).to.equal('The plan in force: the sales target planner under the same provider');
    // The planner leaves the page: its plan goes with it.
    planner.remove();
    await until(() => shownMonth(el) === undefined, 5000, 'the timeline to go');
    provider.remove();
  });

  it('a designer given its own plan keeps it; one with another plan-name follows that name only', async () => {
    const own = { ...SLOW_RAMP, productivityQualified: 60_000 };
    const host = await fixture<HTMLElement>(
      html`<revops-provider>
        <sales-target-planner lang="en" storage-key=${uid()} .data=${SLOW_RAMP}></sales-target-planner>
        <sales-org-designer id="own" lang="en" storage-key=${uid()} .plan=${own}></sales-org-designer>
        <sales-org-designer id="other" lang="en" storage-key=${uid()} plan-name="next-year"></sales-org-designer>
        <sales-org-designer id="same" lang="en" storage-key=${uid()}></sales-org-designer>
      </revops-provider>`,
    );
    const [a, b, c] = ['own', 'other', 'same'].map((id) => host.querySelector<SalesOrgDesigner>(`#${id}`)!);
    await until(() => shownMonth(c!) !== undefined, 8000, 'the shared timeline');
    await until(() => shownMonth(a!) !== undefined, 8000, 'the own timeline');
    expect(shownMonth(a!)).to.equal(healthyOf(own));
    expect([shownMonth(a!), shownMonth(c!)]).to.deep.equal(['3', '1']);
    await settle(b!);
    expect(shownMonth(b!)).to.equal(undefined);
  });
});

describe('sales-org-designer: the plan as a scenario file', () => {
  it('round trip: the planner’s export, imported by paste and by file, gives the planner’s healthy month', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <sales-target-planner lang="en" storage-key=${uid()} .data=${HEADCOUNT_PLAN}></sales-target-planner>
        <sales-org-designer lang="en" storage-key=${uid()}></sales-org-designer>
      </div>`,
    );
    const planner = host.querySelector<SalesTargetPlanner>('sales-target-planner')!;
    const el = host.querySelector<SalesOrgDesigner>('sales-org-designer')!;
    await settle(planner);
    planner.setParam('productivityQualified', 400_000);
    planner.saveScenario('Faster reps');
    await settle(planner);
    const file = await captureDownload(() => $<HTMLButtonElement>(planner, '[part~="export-plan"]').click());
    expect(file.name).to.equal('Faster reps.plan.json');
    const json = JSON.parse(file.text) as { format: string; element: string; name: string; input: unknown };
    expect([json.format, json.element, json.name]).to.deep.equal([
      'revops-elements/scenario',
      'sales-target-planner',
      'Faster reps',
    ]);
    expect(json.input).to.deep.equal(planner.input);

    await settle(el);
    expect(shownMonth(el)).to.equal(undefined);
    await openImport(el);
    expect(origin(el)).to.equal('');
    await paste(el, file.text);
    await until(() => shownMonth(el) !== undefined, 8000, 'the timeline from the pasted file');
    expect(shownMonth(el)).to.equal(healthyOf(planner.input));
    expect(origin(el)).to.equal('file');
    expect(partText(el, 'plan-origin')).to.equal('The plan in force: the imported file “Faster reps”');
    expect(partText(el, 'timeline')).to.contain('(Faster reps)');

    // Stop using it; then the same file through the file picker.
    $<HTMLButtonElement>(el, '[part~="plan-drop"]').click();
    await until(() => shownMonth(el) === undefined, 5000, 'the timeline to go');
    const input = $<HTMLInputElement>(el, '#pi-file');
    const dt = new DataTransfer();
    dt.items.add(new File([file.text], 'faster.plan.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => shownMonth(el) !== undefined, 8000, 'the timeline from the picked file');
    expect(shownMonth(el)).to.equal(healthyOf(planner.input));
  });

  it('a bad file: the field is named in the UI and in revops-invalid; the plan in force and the pasted text stay', async () => {
    const plan = { ...HEADCOUNT_PLAN };
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="en" storage-key=${uid()} .plan=${plan}></sales-org-designer>`,
    );
    await until(() => shownMonth(el) !== undefined, 8000, 'the timeline');
    await openImport(el);
    expect(origin(el)).to.equal('property');
    const events: InvalidDetail[] = [];
    el.addEventListener('revops-invalid', (e) => events.push(e.detail));
    const hires = [...HEADCOUNT_PLAN.hires];
    hires[3] = -2;
    const bad = JSON.stringify({ format: 'revops-elements/scenario', version: 1, input: { ...HEADCOUNT_PLAN, hires } });
    await paste(el, bad);
    expect(events.at(-1)?.source).to.equal('plan-file');
    expect(events.at(-1)?.issues.map((i) => i.path)).to.deep.equal(['input.hires.3']);
    expect(partText(el, 'plan-file-issues')).to.contain('input.hires.3');
    expect($<HTMLTextAreaElement>(el, '#pi-paste').value).to.equal(bad);
    expect(origin(el)).to.equal('property');
    expect(shownMonth(el)).to.equal(healthyOf(plan));

    await paste(el, '{"input": ');
    expect(events.at(-1)?.issues.map((i) => i.path)).to.deep.equal(['file']);
    expect(partText(el, 'plan-file-issues')).to.match(/file.*not valid JSON/);
    await paste(el, JSON.stringify({ element: 'funnel-forecast', input: HEADCOUNT_PLAN }));
    expect(events.at(-1)?.issues.map((i) => i.path)).to.deep.equal(['element']);
  });

  it('keyboard, zh-CN and axe; the imported plan is kept under storage-key', async () => {
    const key = uid();
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="zh-CN" storage-key=${key}></sales-org-designer>`,
    );
    const open = await until(
      () => [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent.includes('导入人力规划')),
      5000,
      'the import button in Chinese',
    );
    await tabTo(open);
    await press('Enter');
    await until(() => el.shadowRoot!.querySelector('#pi-paste'), 5000, 'the plan import');
    await settle(el);
    expect(partText(el, 'plan-origin')).to.contain('尚无规划');
    await tabTo($(el, '#pi-paste'));
    await paste(el, JSON.stringify({ name: '明年', input: HEADCOUNT_PLAN }));
    await until(() => shownMonth(el) !== undefined, 8000, 'the timeline');
    expect(partText(el, 'plan-origin')).to.equal('当前使用的规划:导入的文件“明年”');
    await expect(el).to.be.accessible();
    const plans = (el as unknown as { plans: { persist: { saving: boolean } } }).plans;
    await until(() => !plans.persist.saving, 5000, 'the imported plan to be saved');
    el.remove();
    const again = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="zh-CN" storage-key=${key}></sales-org-designer>`,
    );
    await until(() => shownMonth(again) !== undefined, 8000, 'the restored plan');
    expect(shownMonth(again)).to.equal(healthyOf(HEADCOUNT_PLAN));
  });
});
