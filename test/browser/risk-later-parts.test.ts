// What the opportunity panel draws after its first rows (components/shared/risk/later-parts.ts): the team view
// and the rules editor's fields load once the first rows are painted, are there when `updateComplete`
// resolves, and work by keyboard as before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/opportunity-alert-panel.js';
import { levelCount, proposals } from '../helpers/harness.js';
import { $, until } from '../helpers/fixtures.js';
import { deepActive, press, selectAll, tabTo, type } from '../helpers/keyboard.js';
import { setRiskWorkerFactory } from '../../components/shared/risk/background.js';
import { PREPARE_VIEW_MIN } from '../../components/shared/risk/views-prep.js';

// The hand-checked pipeline (o1 critical, o4 critical, o3 warning, o2 ok, o5 invalid).
const DATA = (await (await fetch('/test/fixtures/opportunity-alerts.json')).json()) as Record<string, unknown>;

describe('opportunity-alert-panel: the parts drawn after the first rows', function () {
  this.timeout(60_000);
  it('the team view and the rules editor are there once updateComplete resolves, and work by keyboard', async () => {
    const el = await fixture<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" .data=${structuredClone(DATA)}></opportunity-alert-panel>`,
    );
    // `fixture` awaits updateComplete, which waits for their code.
    expect(el.shadowRoot!.querySelectorAll('[part~="team-table"] tbody tr').length).to.be.greaterThan(0);
    const rules = $<HTMLDetailsElement>(el, '[part~="rules"]');
    expect(rules.open).to.equal(false);
    expect(levelCount(el, 'critical')).to.equal('2');

    // Open the rules by keyboard and raise nothing but the key-account amount: from 100,000, o2 and o3 are key
    // accounts without their fields (missing-fields critical), so four deals are critical.
    await tabTo(rules.querySelector('summary')!);
    await press('Enter');
    await until(() => rules.open, 3000, 'the rules open');
    const key = $<HTMLInputElement>(el, '#r-key');
    await tabTo(key);
    expect(deepActive()).to.equal(key);
    await selectAll();
    await type('100000');
    await press('Tab');
    await until(() => levelCount(el, 'critical') === '4', 5000, 'four critical deals');
    expect($(el, '[part~="rules-source"]').dataset.source).to.equal('tuned');

    // The team view's rep table: a rep's button filters the list by Enter.
    const rep = $<HTMLButtonElement>(el, '[part~="rep-table"] tbody button');
    const owner = rep.closest('tr')!.dataset.owner!;
    await tabTo(rep);
    await press('Enter');
    await until(() => rep.getAttribute('aria-pressed') === 'true', 3000, 'the rep chosen');
    expect(
      [...el.shadowRoot!.querySelectorAll('[part~="rep-table"] tbody tr')].map(
        (tr) => (tr as HTMLElement).dataset.owner,
      ),
    ).to.deep.equal([owner]);
    await expect(el).to.be.accessible();
  });

  it('the views are drawn in an update of their own, the rules editor in the next (not all their templates in one task)', async () => {
    const el = document.createElement('opportunity-alert-panel');
    el.setAttribute('lang', 'en');
    // After each update: whether the team view and the rules section are in the shadow root.
    const drawn: string[] = [];
    const own = el as unknown as { updated: (c: Map<PropertyKey, unknown>) => void };
    const updated = own.updated.bind(el);
    own.updated = (changed) => {
      updated(changed);
      const team = !!el.shadowRoot!.querySelector('[part~="team"]');
      const rules = !!el.shadowRoot!.querySelector('[part~="rules"]');
      drawn.push(`${team ? 'team' : '-'} ${rules ? 'rules' : '-'}`);
    };
    el.data = structuredClone(DATA);
    document.body.append(el);
    try {
      await el.updateComplete;
      // Before: '- -' then 'team rules' in one update.
      expect(drawn.filter((d, i) => d !== drawn[i - 1])).to.deep.equal(['- -', 'team -', 'team rules']);
    } finally {
      el.remove();
    }
  });

  it('a new long view (a search cleared, a sort, a filter) is shown by the list first, by the rep table once rolled up in steps', async () => {
    const n = PREPARE_VIEW_MIN + 2_000;
    const opportunities = proposals(n);
    setRiskWorkerFactory(null);
    const el: OpportunityAlertPanel = document.createElement('opportunity-alert-panel');
    el.setAttribute('lang', 'en');
    el.data = { asOf: '2026-03-31', opportunities };
    document.body.append(el);
    // After each update: the rows the list shows, and the deals the rep table counts (its "open" column).
    const seen: [number, number][] = [];
    const shown = () => (el as unknown as { views: { view: Int32Array } }).views.view.length;
    const repOpen = () =>
      [...el.shadowRoot!.querySelectorAll('[part~="rep-table"] tbody tr td:nth-of-type(2)')].reduce(
        (s, td) => s + Number(td.textContent.replace(/\D/g, '')),
        0,
      );
    const own = el as unknown as { updated: (c: Map<PropertyKey, unknown>) => void };
    const updated = own.updated.bind(el);
    own.updated = (changed) => {
      updated(changed);
      seen.push([shown(), repOpen()]);
    };
    try {
      await until(() => el.assessedIn && !el.sorting, 20_000, 'the list assessed');
      await el.updateComplete;
      expect(repOpen()).to.equal(n);
      // A search that finds 1 deal: a short view, its roll-up in its update.
      el.setQuery('Opportunity 1234');
      await el.updateComplete;
      expect([shown(), repOpen()]).to.deep.equal([1, 1]);
      // Cleared: the list shows every row at once; the rep table keeps the search's figures until the roll-up
      // of every row is done (before: in the list's update).
      seen.length = 0;
      el.setQuery('');
      await el.updateComplete;
      expect(seen[0]).to.deep.equal([n, 1]);
      expect(seen.at(-1)).to.deep.equal([n, n]);
      // An owner's deals (n / 7 of them, fewer than PREPARE_VIEW_MIN): in the update that shows them.
      seen.length = 0;
      el.setFilter('owner', 'rep3');
      await el.updateComplete;
      const rep3 = opportunities.filter((o) => o.owner === 'rep3').length;
      expect(seen[0]).to.deep.equal([rep3, rep3]);
      // Every owner again: long, prepared first.
      seen.length = 0;
      el.setFilter('owner', '');
      await el.updateComplete;
      expect(seen[0]).to.deep.equal([n, rep3]);
      expect(seen.at(-1)).to.deep.equal([n, n]);
    } finally {
      setRiskWorkerFactory(undefined);
      el.remove();
    }
  });
});
