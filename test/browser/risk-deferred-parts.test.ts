// What the risk panels load after their first rows (issue 10: the opportunity page's bytes): the plans, the
// rules editor's frame, the people tables' writers and the CRM import view's styles come with the later parts
// (components/shared/risk/later-parts.ts, later-styles.ts); the side drawer's template and styles with the churn
// panel only. Each still works, and looks as before, once `updateComplete` resolves.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import '../../components/churn-alert-panel/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/opportunity-alert-panel.js';
import type { ChurnAlertPanel } from '../../components/churn-alert-panel/index.js';
import type { PlanChangeDetail } from '../../components/shared/plans/panel-plans.js';
import { captureDownload } from '../helpers/harness.js';
import { $, until } from '../helpers/fixtures.js';
import { press, tabTo } from '../helpers/keyboard.js';

// The hand-checked pipeline (o1 critical, o4 critical, o3 warning, o2 ok, o5 invalid).
const DATA = (await (await fetch('/test/fixtures/opportunity-alerts.json')).json()) as Record<string, unknown>;
const CHURN = {
  asOf: '2026-05-15',
  accounts: [
    { id: 'a3', name: 'Gamma', owner: 'Zhou', arr: 200000, overdueDays: 45 },
    { id: 'a4', name: 'Delta', owner: 'Zhou', arr: 10000 },
  ],
};
const style = (el: Element, sel: string): CSSStyleDeclaration => getComputedStyle($(el, sel));

describe('risk panels: the parts loaded after the first rows', function () {
  this.timeout(60_000);

  it('opportunity: the import view’s styles are adopted; the rules editor is drawn', async () => {
    const el = await fixture<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" .data=${structuredClone(DATA)}></opportunity-alert-panel>`,
    );
    // The import section (its styles came with its code): the drop zone's dashed border.
    expect(style(el, '.imp .drop').borderTopStyle).to.equal('dashed');
    expect($(el, '[part~="rules-source"]').dataset.source).to.equal('defaults');
    await expect(el).to.be.accessible();
  });

  it('opportunity: the people table exports at once on a click (its writers came with the later parts)', async () => {
    const el = await fixture<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" .data=${structuredClone(DATA)}></opportunity-alert-panel>`,
    );
    const csv = await captureDownload(() => $<HTMLButtonElement>(el, '[part~="export"]').click());
    expect(csv.name).to.match(/^opportunity-alert-panel-.*\.csv$/);
    expect(csv.text.split('\n').length).to.be.greaterThan(4);
    expect(csv.text).to.contain('o1');
  });

  it('churn: the drawer opens with its styles, a plan opens in it with the plans’ styles, Escape closes', async () => {
    const events: PlanChangeDetail[] = [];
    const el = await fixture<ChurnAlertPanel>(
      html`<churn-alert-panel
        lang="en"
        .data=${structuredClone(CHURN)}
        @revops-plan-change=${(e: CustomEvent<PlanChangeDetail>) => events.push(e.detail)}
      ></churn-alert-panel>`,
    );
    await tabTo($(el, '.head[data-pos="0"]'));
    await press('Enter');
    const drawer = await until(() => el.shadowRoot!.querySelector('[part~="drawer"]'), 5000, 'the drawer');
    expect(getComputedStyle(drawer).overflow).to.equal('auto');
    expect(drawer.querySelector('h3')!.textContent).to.equal('Gamma');
    const open = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.open-plan'), 5000, 'open a plan');
    await tabTo(open);
    await press('Enter');
    await until(() => events.length === 1, 5000, 'the plan opened');
    expect(events[0]!.record).to.equal('a3');
    const plan = await until(
      () => el.shadowRoot!.querySelector('[part~="record-plan"][data-status]'),
      5000,
      'the plan',
    );
    expect(getComputedStyle(plan).display).to.equal('grid');
    // The import view's sheet before the plans' sheet, both after the element's own, as in its static styles.
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    const at = (sel: string) =>
      sheets.findIndex((s) => [...s.cssRules].some((r) => (r as CSSStyleRule).selectorText?.startsWith(sel)));
    expect(at('.imp .drop')).to.be.greaterThan(at('.summary'));
    expect(at('.record-plan')).to.be.greaterThan(at('.imp .drop'));
    await expect(el).to.be.accessible();
    await tabTo($(el, '.head[data-pos="0"]'));
    await press('Escape');
    await until(() => !el.shadowRoot!.querySelector('[part~="drawer"]'), 5000, 'the drawer closed');
  });
});
