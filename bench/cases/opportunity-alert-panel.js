// Bench case for <opportunity-alert-panel>: 10,000 opportunities assessed and
// first painted (median), one rules edit re-assessed and repainted, 100,000 in
// the background and scrolled (browser, several runs, every run reported), the
// same with @lit-labs/virtualizer rendering the rows (`litVirtualizer`, see
// bench/risk-list-virtualizer/), and the model's throughput in Node (and its
// time at 100,000 and 1,000,000 rows, bench/linear.js).

import { linearFigures } from '../linear.js';

// Deterministic generated inputs for both risk panel bench cases (churn-alert-panel.js imports them) (an LCG, so
// every run assesses the same rows). Each generator is also sent into the
// page as source text (`toString()`), so it must not use outer variables.

/** n opportunities over the default pipeline, as of 2026-03-31. */
export function generateOpportunities(n, seed = 7) {
  let s = seed;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const stages = ['qualify', 'solution', 'proposal', 'negotiation'];
  const types = ['call', 'visit', 'demo', 'proposal'];
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const entered = 1 + Math.floor(rnd() * 80); // days before asOf
    const acts = [];
    const k = Math.floor(rnd() * 4);
    for (let j = 0; j < k; j++)
      acts.push({
        type: types[Math.floor(rnd() * 4)],
        at: new Date(Date.UTC(2026, 2, 31 - Math.floor(rnd() * entered))).toISOString().slice(0, 10),
      });
    out[i] = {
      id: `opp-${i}`,
      name: `Opportunity ${i}`,
      owner: `Rep ${i % 23}`,
      amount: Math.floor(rnd() * 900) * 1000,
      stage: stages[Math.floor(rnd() * 4)],
      stageEnteredAt: new Date(Date.UTC(2026, 2, 31 - entered)).toISOString().slice(0, 10),
      expectedCloseDate: rnd() < 0.2 ? '2026-03-15' : '2026-06-30',
      keyAccount: rnd() < 0.05 ? true : undefined,
      fields: {
        need: rnd() < 0.8 ? 'yes' : '',
        contactRole: 'cto',
        budget: rnd() < 0.6 ? 100000 : null,
        decisionMaker: rnd() < 0.5 ? 'CFO' : '',
      },
      activities: acts,
    };
  }
  return { asOf: '2026-03-31', opportunities: out };
}

/**
 * The opportunities of `data` (a copy) each with `per` field-history entries
 * (issue 14's change flags): close dates pushed or pulled in, amounts,
 * stages moved either way, next steps; dated 2026-01-01 on, every 4 days.
 */
export function withHistory(data, per = 20, seed = 3) {
  let s = seed;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const stages = ['qualify', 'solution', 'proposal', 'negotiation'];
  const opportunities = data.opportunities.map((o) => {
    const history = new Array(per);
    for (let j = 0; j < per; j++) {
      const at = new Date(Date.UTC(2026, 0, 1 + j * 4)).toISOString().slice(0, 10);
      const f = j % 4;
      history[j] =
        f === 0
          ? { field: 'expectedCloseDate', from: '2026-04-30', to: rnd() < 0.5 ? '2026-05-31' : '2026-04-15', at }
          : f === 1
            ? { field: 'amount', from: Math.floor(rnd() * 900) * 1000, to: Math.floor(rnd() * 900) * 1000, at }
            : f === 2
              ? { field: 'stage', from: stages[Math.floor(rnd() * 4)], to: stages[Math.floor(rnd() * 4)], at }
              : { field: 'nextStep', from: 'call', to: 'visit', at };
    }
    return { ...o, history, nextStep: rnd() < 0.3 ? '' : 'call', contacts: Math.floor(rnd() * 4) };
  });
  return { ...data, opportunities };
}

/** n accounts with usage, tickets, NPS and some events, as of 2026-03-31. */
export function generateAccounts(n, seed = 11) {
  let s = seed;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const events = ['downgrade-request', 'competitor-eval', 'business-change', 'complaint'];
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const base = 0.4 + rnd() * 0.5;
    out[i] = {
      id: `acct-${i}`,
      name: `Customer ${i}`,
      arr: Math.floor(rnd() * 500) * 1000,
      tier: 'ABCD'[Math.floor(rnd() * 4)],
      renewalDate: new Date(Date.UTC(2026, 2, 31 + Math.floor(rnd() * 360) - 20)).toISOString().slice(0, 10),
      usage: [
        { month: '2025-12', usageRate: base, activeUsers: 100 },
        { month: '2026-01', usageRate: base, activeUsers: 96 },
        { month: '2026-02', usageRate: base * (0.8 + rnd() * 0.3), activeUsers: 90 },
        {
          month: '2026-03',
          usageRate: Math.min(1, base * (0.5 + rnd() * 0.6)),
          activeUsers: Math.floor(60 + rnd() * 50),
        },
      ],
      tickets: { last30d: Math.floor(rnd() * 8), baseline30d: Math.floor(rnd() * 4), escalated: rnd() < 0.1 ? 1 : 0 },
      nps: Math.floor(rnd() * 11),
      overdueDays: rnd() < 0.1 ? Math.floor(rnd() * 90) : 0,
      contactChanged: rnd() < 0.05,
      events: rnd() < 0.15 ? [{ type: events[Math.floor(rnd() * 4)], at: '2026-03-01' }] : [],
    };
  }
  return { asOf: '2026-03-31', accounts: out };
}

/** Runs of the 100,000-row scenario per panel (figures vary run to run: every run is reported). */
export const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);

/**
 * Browser figures for a risk panel in headless Chromium (the IIFE build):
 * 100,000 rows assessed in the background (where, how long, long tasks on
 * the page meanwhile), then, after a second of idle (as a user would look
 * before scrolling), scrolling the list for 120 frames of 900 px (long
 * tasks, worst and 95th-percentile frame). The scenario runs LARGE_RUNS
 * times; each figure is given per run (`…Runs`) with its median or worst,
 * so a good run never hides a bad one.
 */
export async function largeListFigures(page, tag, generator, list) {
  const runs = [];
  for (let r = 0; r < LARGE_RUNS; r++) runs.push(await largeListRun(page, tag, generator));
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const all = (k) => runs.map((x) => x[k]);
  return {
    [`${list}100kAssessedIn`]: runs[0].where,
    [`${list}100kAssessedAndPaintedMsMedian`]: med(all('assessedMs')),
    [`${list}100kAssessedAndPaintedMsRuns`]: all('assessedMs'),
    [`${list}100kLongTasksWhileAssessingRuns`]: all('assessLongTasks'),
    [`${list}100kLongestTaskWhileAssessingMs`]: Math.max(...all('assessLongest')),
    scroll100kFrames: runs[0].frames,
    scroll100kLongTasksRuns: all('scrollLongTasks'),
    scroll100kLongestTaskMs: Math.max(...all('scrollLongest')),
    scroll100kWorstFrameMsRuns: all('worstFrame'),
    scroll100kWorstFrameMs: Math.max(...all('worstFrame')),
    scroll100kP95FrameMsRuns: all('p95Frame'),
    scroll100kRowsInDom: runs[0].rowsInDom,
    search100kFirstMsRuns: all('firstSearchMs'),
    search100kMsRuns: all('searchMs'),
    nameSort100kMsRuns: all('nameSortMs'),
    nameSort100kLongestTaskMs: Math.max(...all('nameSortLongest')),
  };
}

async function largeListRun(page, tag, generator) {
  return page.evaluate(
    async (tag, src) => {
      const generate = new Function(`return (${src})`)();
      const data = generate(100000);
      // Let the task that generated the rows end before observing long tasks.
      await new Promise((r) => setTimeout(r, 50));
      const longTasks = [];
      const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
      obs.observe({ type: 'longtask', buffered: false });
      const stage = document.getElementById('stage');
      stage.textContent = '';
      const el = document.createElement(tag);
      const t0 = performance.now();
      el.data = data;
      stage.appendChild(el);
      while (!(el.assessedIn && el.shadowRoot.querySelector('.item'))) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const assessedMs = performance.now() - t0;
      const during = longTasks.splice(0);
      await new Promise((r) => setTimeout(r, 1000));
      longTasks.splice(0);
      const scroller = el.shadowRoot.querySelector('.list');
      const frames = [];
      let last = performance.now();
      for (let f = 0; f < 120; f++) {
        scroller.scrollTop += 900;
        await new Promise((r) => requestAnimationFrame(() => r()));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      await new Promise((r) => setTimeout(r, 100));
      const scrollTasks = longTasks.splice(0);
      const rowsInDom = el.shadowRoot.querySelectorAll('.item').length;
      // Search (the first one builds the index) and a sort by name (in steps).
      let t = performance.now();
      el.setQuery('9999');
      await el.updateComplete;
      const firstSearchMs = performance.now() - t;
      t = performance.now();
      el.setQuery('4242');
      await el.updateComplete;
      const searchMs = performance.now() - t;
      el.setQuery('');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      longTasks.splice(0);
      t = performance.now();
      el.setSort('name');
      await el.updateComplete;
      while (el.sorting) await new Promise((r) => setTimeout(r, 5));
      await el.updateComplete;
      const nameSortMs = performance.now() - t;
      await new Promise((r) => setTimeout(r, 100));
      const sortTasks = longTasks.splice(0);
      obs.disconnect();
      const where = el.assessedIn.where;
      stage.textContent = '';
      const sorted = [...frames].sort((a, b) => a - b);
      return {
        where,
        assessedMs: Math.round(assessedMs),
        assessLongTasks: during.length,
        assessLongest: Math.round(Math.max(0, ...during)),
        frames: frames.length,
        scrollLongTasks: scrollTasks.length,
        scrollLongest: Math.round(Math.max(0, ...scrollTasks)),
        worstFrame: Math.round(sorted[sorted.length - 1]),
        p95Frame: Math.round(sorted[Math.floor(frames.length * 0.95)]),
        rowsInDom,
        firstSearchMs: Math.round(firstSearchMs),
        searchMs: Math.round(searchMs),
        nameSortMs: Math.round(nameSortMs),
        nameSortLongest: Math.round(Math.max(0, ...sortTasks)),
      };
    },
    tag,
    generator.toString(),
  );
}

/**
 * The panel's own 100,000-row figures, then the same panel with
 * @lit-labs/virtualizer (first paint of `spec`, 100,000 rows, gzip added),
 * unless `--no-virtualizer`.
 */
export async function riskListFigures(page, { tag, list, generate, spec, runs, median }) {
  const own = await largeListFigures(page, tag, generate, list);
  // Every long task from `el.data = rows` through the assessment, a search and a sort, with and without a worker.
  Object.assign(own, await (await import('../risk-long-tasks.js')).riskLongTasks(page, tag));
  const { litVirtualizerFigures, skipVirtualizer } = await import('../risk-list-virtualizer/compare.js');
  if (skipVirtualizer) return own;
  return { ...own, litVirtualizer: await litVirtualizerFigures(page, { tag, list, generate, spec, runs, median }) };
}

const render = {
  data: generateOpportunities(10_000),
  attrs: { lang: 'en' },
  until: 'el.shadowRoot.querySelector(".item")',
  change: 'el.setRules({ keyAccountMinAmount: 400000 + (i % 2) * 200000 })',
};

export default {
  tag: 'opportunity-alert-panel',
  render,
  async browser(page, { median, RUNS }) {
    return riskListFigures(page, {
      tag: 'opportunity-alert-panel',
      list: 'opportunities',
      generate: generateOpportunities,
      spec: render,
      runs: RUNS,
      median,
    });
  },
  async node(models) {
    const d10 = generateOpportunities(10_000);
    const d100 = generateOpportunities(100_000);
    for (let i = 0; i < 3; i++) models.assessOpportunities(d10); // warm up
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      models.assessOpportunities(d10);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // Issue 14: the change flags read 20 history entries per opportunity (budget 300 ms).
    const h10 = withHistory(d10, 20);
    for (let i = 0; i < 3; i++) models.assessOpportunities(h10);
    const history = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = models.assessOpportunities(h10);
      history.push(performance.now() - t);
      if (r.invalid.length) throw new Error('bench inputs with history were not valid');
    }
    history.sort((a, b) => a - b);
    const t = performance.now();
    const r = models.assessOpportunities(d100);
    const ms100 = performance.now() - t;
    if (r.invalid.length) throw new Error('bench inputs were not valid');
    return {
      assess10kMsMedian: Math.round(times[2]),
      assess10kHistory20MsMedian: Math.round(history[2]),
      assess100kMs: Math.round(ms100),
      rowsPerSecond: Math.round(100_000 / (ms100 / 1000)),
      ...linearFigures('assessOpportunities'),
    };
  },
};
