import { expect, fixture, html } from '@open-wc/testing';
import '../../components/funnel-forecast/index.js';
import type { FunnelForecast } from '../../components/funnel-forecast/index.js';
import { learnFunnelRates } from '../../src/models/funnel-history.js';
import { setRatesWorkerFactory } from '../../components/shared/learn-rates-background.js';
import { tableRows, uid } from '../helpers/harness.js';
import { until } from '../helpers/fixtures.js';
import { EXAMPLE, historyOf } from '../../bench/cases/funnel-forecast.js';

const STAGES = EXAMPLE.stages.map((s) => s.key);
/** More histories than one task learns (20,000): they go to the rates worker. */
const HISTORY = historyOf(25_000);

async function mount(): Promise<FunnelForecast> {
  return fixture<FunnelForecast>(
    html`<funnel-forecast
      lang="en"
      storage-key=${uid()}
      .data=${EXAMPLE}
      .history=${HISTORY}
      history-as-of="2025-12-31"
    ></funnel-forecast>`,
  );
}
const learnedIn = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="history"]')?.dataset.learnedIn;

describe('funnel-forecast: rates from a large history off the main thread (docs/models.md §3c)', function () {
  this.timeout(30000);
  afterEach(() => setRatesWorkerFactory(undefined));

  it('learns 25,000 histories in the rates worker: the rates are the model’s', async () => {
    const el = await mount();
    await until(() => learnedIn(el), 20000, 'the rates to be learned');
    expect(learnedIn(el)).to.equal('worker');
    const want = learnFunnelRates({ stages: STAGES, asOf: '2025-12-31', windowMonths: 12, opportunities: HISTORY });
    const rows = tableRows(el, 'history-table');
    expect(rows.length).to.equal(STAGES.length);
    expect(rows.map((r) => r[2])).to.deep.equal(want.stages.map((s) => s.records.toLocaleString('en')));
  });

  it('without a worker the page learns the same rates in slices', async () => {
    setRatesWorkerFactory(null);
    const el = await mount();
    await until(() => learnedIn(el), 20000, 'the rates to be learned');
    expect(learnedIn(el)).to.equal('main');
    const want = learnFunnelRates({ stages: STAGES, asOf: '2025-12-31', windowMonths: 12, opportunities: HISTORY });
    expect(tableRows(el, 'history-table').map((r) => r[2])).to.deep.equal(
      want.stages.map((s) => s.records.toLocaleString('en')),
    );
  });
});
