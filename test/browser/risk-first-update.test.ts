// A risk panel's first update runs in a task after the one that defines and connects it (and after one
// that makes the page's first number formats): on a cold page the three together were one task of
// 50–60 ms of CPU (docs/performance.md, "The first update, the aggregates' last step").
import { expect } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import '../../components/churn-alert-panel/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/opportunity-alert-panel.js';
import type { ChurnAlertPanel } from '../../components/churn-alert-panel/churn-alert-panel.js';
import { levelCount } from '../helpers/harness.js';

const OPPS = (await (await fetch('/test/fixtures/opportunity-alerts.json')).json()) as Record<string, unknown>;
const ACCOUNTS = (await (await fetch('/test/fixtures/churn-alerts.json')).json()) as Record<string, unknown>;

/** Let every microtask queued so far (and those they queue) run, without leaving the task. */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

describe('risk panels: the first update in a task of its own', function () {
  this.timeout(30_000);
  for (const [tag, data] of [
    ['opportunity-alert-panel', OPPS],
    ['churn-alert-panel', ACCOUNTS],
  ] as const)
    it(`${tag}: not rendered within the connecting task; rendered once updateComplete resolves`, async () => {
      const el: OpportunityAlertPanel | ChurnAlertPanel = document.createElement(tag);
      el.setAttribute('lang', 'en');
      el.data = structuredClone(data);
      document.body.append(el);
      try {
        await drainMicrotasks();
        expect(el.hasUpdated).to.equal(false);
        expect(el.shadowRoot!.childElementCount).to.equal(0);
        await el.updateComplete;
        expect(el.hasUpdated).to.equal(true);
        // The hand-checked worked examples: two critical deals, two critical accounts.
        expect(levelCount(el, 'critical')).to.equal('2');
        // Later updates are not deferred: a change renders within the task that made it.
        el.setAttribute('currency', 'USD');
        await drainMicrotasks();
        expect(el.isUpdatePending).to.equal(false);
      } finally {
        el.remove();
      }
    });
});
