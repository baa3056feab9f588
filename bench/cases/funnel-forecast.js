// Bench case for <funnel-forecast>: first render of MODELS.md §3a's worked example, and
// recompute + re-render after one keystroke (the work to a forced layout, and to the next painted frame) in the target field (budget ≤ 16 ms median, the work);
// in Node, the model's throughput on one funnel and on a team of 200 reps.
export const EXAMPLE = {
  target: 1_000_000,
  achieved: 300_000,
  acv: 50_000,
  stages: [
    { key: 'lead', count: 200 },
    { key: 'intent', count: 30 },
    { key: 'highIntent', count: 10 },
    { key: 'negotiation', count: 4 },
  ],
  conversion: [0.2, 0.3, 0.4, 0.5],
  highIntentStage: 'highIntent',
  activities: [
    { key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 6000 },
    { key: 'visits', stage: 'intent', yieldPerUnit: 0.4, capacity: 150 },
  ],
  maxNewHighIntent: 40,
};

export default {
  tag: 'funnel-forecast',
  render: {
    data: EXAMPLE,
    attrs: { lang: 'en' },
    until: 'el.shadowRoot.querySelector("[part~=funnel-chart]")',
    // One keystroke: the target field gets a new value, the model runs, everything repaints.
    change: `const f = el.shadowRoot.querySelector('#p-target'); f.value = String(1000000 + (i % 50) * 10000); f.dispatchEvent(new Event('input'));`,
  },
  async node(models) {
    const N = 100_000;
    for (let i = 0; i < 5000; i++) models.forecastFunnel({ ...EXAMPLE, target: 1e6 + i }); // warm up
    let t = performance.now();
    for (let i = 0; i < N; i++) models.forecastFunnel({ ...EXAMPLE, target: 1e6 + i });
    const singleMs = performance.now() - t;
    const reps = Array.from({ length: 200 }, (_, i) => ({
      ...EXAMPLE,
      id: i,
      name: `Rep ${i}`,
      target: 500_000 + i * 1000,
    }));
    t = performance.now();
    const r = models.forecastFunnel({ reps });
    const teamMs = performance.now() - t;
    if (r.invalid.length) throw new Error('bench inputs were not valid');
    return { forecastsPerSecond: Math.round(N / (singleMs / 1000)), team200RepsMs: Math.round(teamMs * 10) / 10 };
  },
  /** The frame-inclusive re-render (bench/render.html keeps it beside the work-only changeRerenderMsMedian). */
  async browser(page, { median }) {
    const frames = await page.evaluate((t) => {
      const f = window.__frames?.[t] ?? [];
      if (window.__frames) delete window.__frames[t];
      return f;
    }, 'funnel-forecast');
    return { changeRerenderFrameMsMedian: frames.length ? Math.round(median(frames) * 10) / 10 : null };
  },
};
