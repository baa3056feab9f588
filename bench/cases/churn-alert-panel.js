// Bench case for <churn-alert-panel>: 10,000 accounts assessed and first
// painted (median), one rules edit repainted, 100,000 in the background and
// scrolled (browser), the same with @lit-labs/virtualizer rendering the rows
// (`litVirtualizer`), and the model's throughput in Node (and its time at 100,000
// and 1,000,000 rows, bench/linear.js).
import { generateAccounts, riskListFigures } from './opportunity-alert-panel.js';
import { linearFigures } from '../linear.js';

const render = {
  data: generateAccounts(10_000),
  attrs: { lang: 'en' },
  until: 'el.shadowRoot.querySelector(".item")',
  change: 'el.setRules({ overdueCriticalDays: 60 + (i % 2) * 10 })',
};

export default {
  tag: 'churn-alert-panel',
  render,
  async browser(page, { median, RUNS }) {
    return riskListFigures(page, {
      tag: 'churn-alert-panel',
      list: 'accounts',
      generate: generateAccounts,
      spec: render,
      runs: RUNS,
      median,
    });
  },
  async node(models) {
    const d10 = generateAccounts(10_000);
    const d100 = generateAccounts(100_000);
    for (let i = 0; i < 3; i++) models.assessChurn(d10);
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      models.assessChurn(d10);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const t = performance.now();
    const r = models.assessChurn(d100);
    const ms100 = performance.now() - t;
    if (r.invalid.length) throw new Error('bench inputs were not valid');
    return {
      assess10kMsMedian: Math.round(times[2]),
      assess100kMs: Math.round(ms100),
      rowsPerSecond: Math.round(100_000 / (ms100 / 1000)),
      ...linearFigures('assessChurn'),
    };
  },
};
