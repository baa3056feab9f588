#!/usr/bin/env node
// Where the page's time goes when funnel-forecast learns rates from 200,000 stage histories (issue 15,
// docs/models.md §3c): `node bench/rates-profile.js [--runs=3] [--n=200000] [--detail]` (after `npm run build`).
// For each run, on bench/render.html served over http: from setting `history` to the learned rates in the
// table, the wall time, the page's long tasks, and (CDP Profiler) the main thread's GC time and, with --detail,
// its JS self time by function. The load average is printed beside the figures: on a shared machine the wall
// time is mostly waiting for a core. `--settled` collects the garbage before each run (the histories made
// before it are then old objects); `--trace` names the events inside the longest main-thread task.
// Figures only, never a test.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EXAMPLE, historyOf } from './cases/funnel-forecast.js';
import { serve } from './embed.js';
import { TIMELINE } from './risk-long-tasks.js';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(arg('runs', 3));
const N = Number(arg('n', 200_000));
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/** JS self time (ms) by function from a CDP cpuprofile, largest first. */
function jsSelf(profile, n = 15) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const byFn = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const { functionName, url, lineNumber } = byId.get(profile.samples[i]).callFrame;
    const fn = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  return [...byFn]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${(us / 1000).toFixed(1)} ${k}`);
}

/** The main thread's GC time (ms) in a CDP cpuprofile: the samples V8 spent in its garbage collector. */
function gcMs(profile) {
  const gc = new Set(profile.nodes.filter((x) => x.callFrame.functionName === '(garbage collector)').map((x) => x.id));
  let us = 0;
  for (let i = 0; i < profile.samples.length; i++) if (gc.has(profile.samples[i])) us += profile.timeDeltas[i + 1] ?? 0;
  return Math.round(us / 100) / 10;
}

/** The longest main-thread task of a Chrome trace and the events inside it that took ≥ 5 ms (wall ms). */
function longestTask(events) {
  const X = events.filter((e) => e.ph === 'X');
  const tasks = X.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur);
  const t = tasks[0];
  if (!t) return undefined;
  const inner = X.filter(
    (e) =>
      e.tid === t.tid && e.pid === t.pid && e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 5000,
  );
  return [`RunTask ${Math.round(t.dur / 1000)}`, ...inner.map((e) => `${e.name} ${Math.round(e.dur / 1000)}`)];
}

const puppeteer = await import('puppeteer-core');
const { server, base } = await serve(root);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const runs = [];
try {
  for (let r = 0; r < RUNS; r++) {
    const page = await browser.newPage();
    await page.goto(`${base}/bench/render.html`);
    await page.evaluate(
      (src, n) => {
        window.__history = new Function(`return (${src})`)()(n);
      },
      historyOf.toString(),
      N,
    );
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // --settled: collect the garbage first (the histories are old objects by then); by default they are as new
    // as a file just parsed, the way bench/cases/funnel-forecast.js makes them.
    if (process.argv.includes('--settled')) await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Profiler.start');
    // After the profiler starts (its own start is a long task of the trace).
    if (process.argv.includes('--trace'))
      await page.tracing.start({ categories: [...TIMELINE, 'disabled-by-default-v8.gc'] });
    const load = loadavg()[0];
    const m = await page.evaluate(async (example) => {
      const stage = document.getElementById('stage');
      stage.textContent = '';
      const el = document.createElement('funnel-forecast');
      el.setAttribute('lang', 'en');
      el.setAttribute('history-as-of', '2025-12-31');
      el.data = example;
      stage.append(el);
      await customElements.whenDefined('funnel-forecast');
      await el.updateComplete;
      while (!el.shadowRoot?.querySelector('[part~="funnel-chart"]')) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const tasks = [];
      const obs = new PerformanceObserver((l) => tasks.push(...l.getEntries().map((e) => Math.round(e.duration))));
      obs.observe({ type: 'longtask' });
      const t0 = performance.now();
      el.history = window.__history.slice();
      let where;
      while (!(where = el.shadowRoot.querySelector('[part~="history"]')?.dataset.learnedIn))
        await new Promise((r) => setTimeout(r, 2));
      const ms = Math.round(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
      obs.disconnect();
      return { ms, where, longTasks: tasks };
    }, EXAMPLE);
    const profile = (await cdp.send('Profiler.stop')).profile;
    const longest = process.argv.includes('--trace')
      ? longestTask(JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents)
      : undefined;
    const run = {
      ...m,
      longestTask: Math.max(0, ...m.longTasks),
      gcMs: gcMs(profile),
      load1m: Math.round(load * 10) / 10,
    };
    if (process.argv.includes('--detail')) run.jsSelfMs = jsSelf(profile);
    if (longest) run.longestTaskEvents = longest;
    runs.push(run);
    process.stderr.write(`${JSON.stringify(run)}\n`);
    await page.close();
  }
  console.log(
    JSON.stringify({
      n: N,
      msMedian: median(runs.map((r) => r.ms)),
      runsMs: runs.map((r) => r.ms),
      longestTaskMs: Math.max(...runs.map((r) => r.longestTask)),
      load1m: runs.map((r) => r.load1m),
    }),
  );
} finally {
  await browser.close();
  server.close();
}
