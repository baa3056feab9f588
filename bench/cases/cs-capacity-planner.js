// Bench case for <cs-capacity-planner>: first render of docs/models.md §6's worked example, and
// recompute + re-render after one keystroke (the work to a forced layout, and to the next painted frame) in the CSM service hours (budget ≤ 16 ms median, the work);
// in Node, the model on a 10-year monthly horizon and on 50 segments.
export const EXAMPLE = {
  customers: 1200,
  monthlyNewCustomers: 40,
  horizonMonths: 12,
  serviceHoursPerCsm: 120,
  deepHoursPerCustomer: 6,
  deepHoursShare: 0.6,
  deepServiceMonths: 3,
  spans: [8, 4, 5],
};

export default {
  tag: 'cs-capacity-planner',
  render: {
    data: EXAMPLE,
    attrs: { lang: 'en' },
    until: 'el.shadowRoot.querySelector("[part~=projection]")',
    change: `const f = el.shadowRoot.querySelector('#p-serviceHoursPerCsm'); f.value = String(100 + (i % 40)); f.dispatchEvent(new Event('input'));`,
  },
  async node(models) {
    const N = 20_000;
    for (let i = 0; i < 2000; i++) models.planCsCapacity({ ...EXAMPLE, customers: 1200 + i });
    let t = performance.now();
    for (let i = 0; i < N; i++) models.planCsCapacity({ ...EXAMPLE, customers: 1200 + i });
    const ms = performance.now() - t;
    t = performance.now();
    const long = models.planCsCapacity({ ...EXAMPLE, horizonMonths: 120 });
    const segments = models.planCsSegments({
      segments: Array.from({ length: 50 }, (_, i) => ({ ...EXAMPLE, key: `s${i}`, customers: 100 + i })),
    });
    const extraMs = performance.now() - t;
    if (long.monthly.length !== 121 || segments.invalid.length) throw new Error('bench inputs were not valid');
    // One keystroke's model call on a 36-month horizon with churn (the figure test/node/cs-capacity.test.ts once asserted < 1 ms).
    const keystroke = { ...EXAMPLE, monthlyChurnRate: 0.02, horizonMonths: 36, standardHoursPerCustomer: 0.5 };
    t = performance.now();
    for (let i = 0; i < 500; i++) models.planCsCapacity(keystroke);
    const perCall = (performance.now() - t) / 500;
    return {
      plansPerSecond: Math.round(N / (ms / 1000)),
      horizon120Plus50SegmentsMs: Math.round(extraMs * 10) / 10,
      keystrokeMsPerCall: Math.round(perCall * 1000) / 1000,
    };
  },
  /** The frame-inclusive re-render (bench/render.html keeps it beside the work-only changeRerenderMsMedian). */
  async browser(page, { median }) {
    const frames = await page.evaluate((t) => {
      const f = window.__frames?.[t] ?? [];
      if (window.__frames) delete window.__frames[t];
      return f;
    }, 'cs-capacity-planner');
    return { changeRerenderFrameMsMedian: frames.length ? Math.round(median(frames) * 10) / 10 : null };
  },
};
