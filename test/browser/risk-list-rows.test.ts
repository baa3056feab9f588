// A risk panel's list, what each update renders (issue 11, docs/performance.md "Risk panels: long tasks"):
// a row that only moves (the first measured row height: a narrow panel's rows are taller) keeps its head as
// rendered (it rendered every row again, 16–27 ms of a frame task over 50 ms with 100,000 rows); rows that
// all show something new (a cleared search, a new sort) render the screenful in view in the update and the
// rows beyond its edge in a later task. Counted through the panel's config, never timed.
import { expect } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import { OPPORTUNITY_PANEL } from '../../components/opportunity-alert-panel/opportunity-config.js';
import { opportunityRowHead } from '../../components/opportunity-alert-panel/opportunity-row.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/opportunity-alert-panel.js';
import { until } from '../helpers/fixtures.js';
import { proposals } from '../helpers/harness.js';

const OPPS = (await (await fetch('/test/fixtures/opportunity-alerts.json')).json()) as Record<string, unknown>;

const items = (el: Element): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.item')];
/** Every row placed at its position times the row height the list measured. */
const placed = (el: Element): boolean => {
  const rows = items(el);
  const h = rows[0]?.offsetHeight;
  return (
    !!h &&
    rows.length > 2 &&
    rows.every((r) => r.style.top === `${Number(r.querySelector<HTMLElement>('.head')!.dataset.pos) * h}px`)
  );
};

/** Count the row heads the opportunity panel renders from now on (restore `rowHead` after). */
function countHeads(): { n: number } {
  const heads = { n: 0 };
  OPPORTUNITY_PANEL.rowHead = (...args) => {
    heads.n++;
    return opportunityRowHead(...args);
  };
  return heads;
}

describe('risk list: rows that only move are not rendered again', function () {
  this.timeout(30_000);
  it('a new row height (narrow ↔ wide) moves every row and renders no row head again', async () => {
    const heads = countHeads();
    const box = document.createElement('div');
    box.style.width = '420px';
    const el: OpportunityAlertPanel = document.createElement('opportunity-alert-panel');
    el.setAttribute('lang', 'en');
    el.data = structuredClone(OPPS);
    box.append(el);
    document.body.append(box);
    try {
      await el.updateComplete;
      await until(() => el.assessedIn && !el.sorting && placed(el), 10_000, 'the narrow list measured');
      const narrowH = items(el)[0]!.offsetHeight;
      const shown = items(el).length;
      expect(heads.n).to.be.greaterThan(0);
      heads.n = 0;
      box.style.width = '900px';
      await until(() => items(el)[0]!.offsetHeight !== narrowH && placed(el), 10_000, 'the wide list measured');
      await el.updateComplete;
      // Every row moved (a new height), and each shows the same record as before.
      expect(items(el).length).to.equal(shown);
      expect(items(el)[1]!.style.top).to.equal(`${items(el)[0]!.offsetHeight}px`);
      expect(heads.n).to.equal(0);
    } finally {
      OPPORTUNITY_PANEL.rowHead = opportunityRowHead;
      box.remove();
    }
  });

  it('a cleared search renders the rows in view in its update, the rows beyond the edge in a later task', async () => {
    const heads = countHeads();
    const opportunities = proposals(300);
    const el: OpportunityAlertPanel = document.createElement('opportunity-alert-panel');
    el.setAttribute('lang', 'en');
    el.data = { asOf: '2026-03-31', opportunities };
    document.body.append(el);
    try {
      await until(() => el.assessedIn && !el.sorting && items(el).length > 14, 10_000, 'the list with its edges');
      const list = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
      const inView = Math.ceil(list.clientHeight / items(el)[0]!.offsetHeight);
      const all = items(el).length;
      el.setQuery('no such opportunity');
      await el.updateComplete;
      expect(items(el).length).to.equal(0);
      heads.n = 0;
      el.setQuery('');
      await el.updateComplete;
      // The rows in view (the last one partly), not the rows below them.
      expect(items(el).length).to.be.within(inView, inView + 1);
      expect(heads.n).to.equal(items(el).length);
      // After a frame: a page of a loaded parallel run may wait long for one.
      await until(() => items(el).length === all, 15_000, 'the rows beyond the edge');
      expect(heads.n).to.equal(all);
    } finally {
      OPPORTUNITY_PANEL.rowHead = opportunityRowHead;
      el.remove();
    }
  });
});
