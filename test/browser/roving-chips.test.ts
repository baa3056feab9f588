// One tab stop per chip group in the tiering and risk elements (issue 12, docs/labels.md "Roving tab index"): Tab
// enters a group once, the arrows move, Home and End jump to its ends, the chosen item keeps the stop; axe clean.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-score-card/index.js';
import '../../components/lead-score-table/index.js';
import '../../components/opportunity-alert-panel/index.js';
import '../../components/churn-alert-panel/index.js';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import type { LeadScoreTable } from '../../components/lead-score-table/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/index.js';
import type { ChurnAlertPanel } from '../../components/churn-alert-panel/index.js';
import { SEED_LEAD, settle, $, until } from '../helpers/fixtures.js';
import { mount } from '../helpers/harness.js';
import { deepActive, press, tabTo } from '../helpers/keyboard.js';

const OPP = (await (await fetch('/test/fixtures/opportunity-alerts.json')).json()) as object;
const CHURN = (await (await fetch('/test/fixtures/churn-alerts.json')).json()) as object;
const stops = (items: HTMLElement[]) => items.map((b) => b.tabIndex);
const all = <T extends HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

describe('roving tab index: tiering', () => {
  it('lead-score-card: a multi-choice factor’s checkboxes are one stop; arrows move; the checked one keeps it', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .data=${{ values: { ...SEED_LEAD, interest: ['pricing-page'] } }}
      ></lead-score-card>`,
    );
    await settle(el);
    const boxes = all<HTMLInputElement>(el, 'fieldset.multi input[type="checkbox"]');
    expect(boxes.length).to.equal(6);
    const checked = boxes.findIndex((b) => b.checked);
    expect(checked).to.equal(3); // pricing-page
    expect(stops(boxes).filter((s) => s === 0).length).to.equal(1);
    expect(boxes[checked]!.tabIndex).to.equal(0);
    await tabTo(boxes[checked]!);
    await press('ArrowRight');
    expect(deepActive()).to.equal(boxes[4]);
    await press('Home');
    expect(deepActive()).to.equal(boxes[0]);
    await press('End');
    expect(deepActive()).to.equal(boxes[5]);
    await press('Space'); // tick trial-signup: the score changes, the stop stays where it is
    await settle(el);
    const after = all<HTMLInputElement>(el, 'fieldset.multi input[type="checkbox"]');
    expect(after[5]!.checked).to.equal(true);
    expect(stops(after)).to.deep.equal([-1, -1, -1, -1, -1, 0]);
    await press('Tab'); // leaves the group in one press
    expect(after).not.to.include(deepActive());
    await expect(el).to.be.accessible();
  });

  it('lead-score-table: the CSV and Excel buttons are one stop', async () => {
    const el = await fixture<LeadScoreTable>(
      html`<lead-score-table lang="en" .data=${[{ id: 'L1', name: 'Acme', values: SEED_LEAD }]}></lead-score-table>`,
    );
    await settle(el);
    const csv = $<HTMLButtonElement>(el, '#export');
    const xlsx = $<HTMLButtonElement>(el, '#export-xlsx');
    expect(stops([csv, xlsx])).to.deep.equal([0, -1]);
    await tabTo(csv);
    await press('ArrowRight');
    expect(deepActive()).to.equal(xlsx);
    await press('ArrowRight'); // wraps
    expect(deepActive()).to.equal(csv);
    await press('End');
    expect(deepActive()).to.equal(xlsx);
    expect(stops([csv, xlsx])).to.deep.equal([-1, 0]);
    await expect(el).to.be.accessible();
  });
});

describe('roving tab index: risk panels', () => {
  it('churn-alert-panel: the tier × level grid is one stop; the pressed cell keeps it', async () => {
    const el = await mount<ChurnAlertPanel>(
      html`<churn-alert-panel lang="en" .data=${structuredClone(CHURN)}></churn-alert-panel>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part~="grid-table"] tbody button'), 5000, 'the grid');
    const cells = () => all<HTMLButtonElement>(el, '[part~="grid-table"] tbody button');
    expect(cells().length).to.equal(4);
    expect(stops(cells())).to.deep.equal([0, -1, -1, -1]);
    await tabTo(cells()[0]!);
    await press('ArrowDown');
    expect(deepActive()).to.equal(cells()[1]);
    await press('End');
    expect(deepActive()).to.equal(cells()[3]);
    await press('Home');
    expect(deepActive()).to.equal(cells()[0]);
    await press('ArrowRight');
    await press('Enter'); // A · OK: the filter is on, the pressed cell holds the stop
    await settle(el);
    await until(() => cells()[1]?.getAttribute('aria-pressed') === 'true', 5000, 'the pressed cell');
    expect(stops(cells())).to.deep.equal([-1, 0, -1, -1]);
    // The export buttons of the toolbar are one stop too.
    const [csv, xlsx] = all<HTMLButtonElement>(el, '[part~="export"]');
    expect(stops([csv!, xlsx!])).to.deep.equal([0, -1]);
    await tabTo(csv!);
    await press('ArrowRight');
    expect(deepActive()).to.equal(xlsx);
    await expect(el).to.be.accessible();
  });

  it('opportunity-alert-panel: the reps’ filter buttons and a stage’s required-field chips are one stop each', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" .data=${structuredClone(OPP)}></opportunity-alert-panel>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part~="rep-table"] .owner-button'), 5000, 'the reps table');
    const reps = () => all<HTMLButtonElement>(el, '[part~="rep-table"] .owner-button');
    expect(reps().length).to.be.greaterThan(1);
    expect(stops(reps()).filter((s) => s === 0).length).to.equal(1);
    await tabTo(reps()[0]!);
    await press('ArrowDown');
    expect(deepActive()).to.equal(reps()[1]);
    const chosen = reps()[1]!.textContent.trim();
    await press('Enter');
    const pressed = () => reps().find((b) => b.getAttribute('aria-pressed') === 'true');
    await until(() => pressed(), 5000, 'the rep filter');
    expect(pressed()!.textContent.trim()).to.equal(chosen);
    expect(stops(reps())).to.deep.equal(reps().map((b) => (b === pressed() ? 0 : -1)));
    // The rules editor: the remove buttons of a stage's required fields.
    $<HTMLDetailsElement>(el, '[part~="rules"]').open = true;
    await settle(el);
    const chips = all<HTMLButtonElement>(el, 'ul.chips')
      .map((ul) => [...ul.querySelectorAll<HTMLButtonElement>('button')])
      .find((b) => b.length > 1)!;
    expect(stops(chips).filter((s) => s === 0).length).to.equal(1);
    await tabTo(chips[0]!);
    await press('End');
    expect(deepActive()).to.equal(chips[chips.length - 1]);
    await press('ArrowLeft');
    expect(deepActive()).to.equal(chips[chips.length - 2]);
    await expect(el).to.be.accessible();
  });
});
