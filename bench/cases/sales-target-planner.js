// Bench case for <sales-target-planner>: first render of the hand-checked plan (money × 10,000),
// and recompute + re-render after one keystroke in a month's hires (budget ≤ 16 ms median, the work);
// in Node, the plan with its even-hiring solver.
export const PLAN = {
  annualTarget: 12_000_000,
  startQualified: 2,
  startUnqualified: 1,
  productivityQualified: 100_000,
  productivityUnqualified: 40_000,
  rampMonths: 2,
  monthlyRetention: 1,
  hires: [1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  maxHiresPerMonth: 10,
};

export default {
  tag: 'sales-target-planner',
  render: {
    data: PLAN,
    attrs: { lang: 'en' },
    until: 'el.shadowRoot.querySelector("[part~=plan]")',
    change: `const f = el.shadowRoot.querySelector('#p-hires-4'); f.value = String(i % 7); f.dispatchEvent(new Event('input'));`,
  },
  async node(models) {
    const N = 20_000;
    const input = (i) => ({ ...PLAN, annualTarget: 12_000_000 + i, monthlyRetention: 0.97, maxHiresPerMonth: 1000 });
    for (let i = 0; i < 2000; i++) models.planHeadcount(input(i));
    const t = performance.now();
    let sink = 0;
    for (let i = 0; i < N; i++) sink += models.planHeadcount(input(i)).suggestion.evenHires ?? 0;
    const ms = performance.now() - t;
    if (!(sink > 0)) throw new Error('bench inputs were not valid');
    return { plansWithSolverPerSecond: Math.round(N / (ms / 1000)) };
  },
  /** The frame-inclusive re-render (bench/render.html keeps it beside the work-only changeRerenderMsMedian). */
  async browser(page, { median }) {
    const frames = await page.evaluate((t) => {
      const f = window.__frames?.[t] ?? [];
      if (window.__frames) delete window.__frames[t];
      return f;
    }, 'sales-target-planner');
    return { changeRerenderFrameMsMedian: frames.length ? Math.round(median(frames) * 10) / 10 : null };
  },
};
