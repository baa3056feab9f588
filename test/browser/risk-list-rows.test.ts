// A row of a risk panel's list that only moves keeps its content as rendered: the first measured row height
// (a narrow panel's rows are taller) placed every row again and rendered each row's head again, 22–27 ms of a
// frame task over 50 ms with 100,000 rows (docs/performance.md, issue 11). Counted through the panel's
// config, not timed.
import { expect } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import { OPPORTUNITY_PANEL } from '../../components/opportunity-alert-panel/opportunity-config.js';
import { opportunityRowHead } from '../../components/opportunity-alert-panel/opportunity-row.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/opportunity-alert-panel.js';
import { until } from '../helpers/fixtures.js';

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

describe('risk list: rows that only move are not rendered again', function () {
  this.timeout(30_000);
  it('a new row height (narrow ↔ wide) moves every row and renders no row head again', async () => {
    const config = OPPORTUNITY_PANEL;
    const rowHead = config.rowHead.bind(config);
    let heads = 0;
    config.rowHead = (...args) => {
      heads++;
      return rowHead(...args);
    };
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
      expect(heads).to.be.greaterThan(0);
      heads = 0;
      box.style.width = '900px';
      await until(() => items(el)[0]!.offsetHeight !== narrowH && placed(el), 10_000, 'the wide list measured');
      await el.updateComplete;
      // Every row moved (a new height), and each shows the same record as before.
      expect(items(el).length).to.equal(shown);
      expect(items(el)[1]!.style.top).to.equal(`${items(el)[0]!.offsetHeight}px`);
      expect(heads).to.equal(0);
    } finally {
      config.rowHead = opportunityRowHead;
      box.remove();
    }
  });
});
