#!/usr/bin/env node
// Long tasks of a risk panel given 100,000 rows as a property, for `npm run bench` (the risk cases'
// `browser()` hook) and on its own: `node bench/risk-long-tasks.js [root]` (root: a built checkout,
// default this one; `npm run build` first), e.g. to compare a build of main with this branch.
//
// A PerformanceObserver('longtask') on the page (Chromium: a task over 50 ms) records every task from
// `el.data = rows` to the end of: the assessment and its painted result (`assess`), a search and
// its clearing (`search`), a sort by name (`sort`), a filter (the rows at risk) and its clearing (`filter`);
// from the trace, the longest task in CPU time, and the same from the panel's first paint on. Two ways in: `worker` (the default: lists past
// the worker threshold are assessed in a worker) and `slices` (no Worker on the page: the panel's
// fallback, main-thread slices). Figures, never assertions.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateAccounts, generateOpportunities } from './cases/opportunity-alert-panel.js';

const RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
/** Trace categories for a DevTools-style timeline of the page (also bench/embed-profile.js). */
export const TIMELINE = [
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'disabled-by-default-devtools.timeline',
];
const PANELS = {
  'opportunity-alert-panel': generateOpportunities,
  'churn-alert-panel': generateAccounts,
};

/** One run on an open page of bench/render.html: the long tasks (ms) of each phase. */
function run(page, tag, mode) {
  return page.evaluate(
    async (tag, mode) => {
      const data = window.__benchRows;
      window.__benchRows = undefined;
      const realWorker = window.Worker;
      if (mode === 'slices')
        window.Worker = function () {
          throw new Error('no worker on this page');
        };
      // Let the task that generated the rows end before observing.
      await new Promise((r) => setTimeout(r, 100));
      const tasks = [];
      const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
      obs.observe({ type: 'longtask', buffered: false });
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const until = async (ok) => {
        while (!ok()) await new Promise((r) => setTimeout(r, 5));
      };
      // Phase marks in the trace (TimeStamp events): bench/risk-long-tasks.js reads tasks from the first.
      const mark = (phase) => console.timeStamp(`risk-bench:${phase}`);
      mark('data');
      const stage = document.getElementById('stage');
      stage.textContent = '';
      const el = document.createElement(tag);
      el.setAttribute('lang', 'en');
      el.data = data;
      stage.appendChild(el);
      // The panel's first paint (its first rows on screen): what runs before it is its first update.
      await until(() => el.shadowRoot?.querySelector('.item'));
      await frame();
      mark('painted');
      await until(() => el.assessedIn && !el.sorting && el.shadowRoot.querySelector('.item'));
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      const assess = tasks.splice(0);
      mark('search');
      el.setQuery('9999');
      await el.updateComplete;
      await frame();
      mark('clear');
      el.setQuery('');
      await el.updateComplete;
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      const search = tasks.splice(0);
      mark('sort');
      el.setSort('name');
      await el.updateComplete;
      await until(() => !el.sorting);
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      const sort = tasks.splice(0);
      // A filter (the rows at risk) and its clearing: a new view of most rows each time.
      mark('filter');
      el.setFilter('level', 'risk');
      await el.updateComplete;
      await frame();
      mark('unfilter');
      el.setFilter('level', '');
      await el.updateComplete;
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      const filter = tasks.splice(0);
      mark('end');
      obs.disconnect();
      const where = el.assessedIn.where;
      stage.textContent = '';
      window.Worker = realWorker;
      const round = (xs) => xs.map((x) => Math.round(x));
      return { where, assess: round(assess), search: round(search), sort: round(sort), filter: round(filter) };
    },
    tag,
    mode,
  );
}

/** Generate the rows on the page (a long task of the bench's own, before anything is observed). */
function generateOnPage(page, generator) {
  return page.evaluate(
    async (src, settle) => {
      window.__benchRows = new Function(`return (${src})`)()(100_000);
      // BENCH_SETTLE_HEAP=1: collect once the rows are made (the browser runs with --expose-gc), so the
      // scavenges that move the bench's own new rows out of the young generation are not in the run.
      if (settle && window.gc) {
        await new Promise((r) => setTimeout(r, 0));
        window.gc();
      }
    },
    generator.toString(),
    !!process.env.BENCH_SETTLE_HEAP,
  );
}

/**
 * The renderer main thread's top-level tasks in a Chrome trace: the longest in thread (CPU) time and in
 * wall time, and how many took over 50 ms of CPU. Thread time leaves out the time the thread waited for a
 * core, which on a shared machine is most of a "long task".
 */
function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderer is the main thread that ran the most (other renderers idle).
  const byThread = new Map();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`)) {
      const k = `${e.pid}:${e.tid}`;
      if (!byThread.has(k)) byThread.set(k, []);
      byThread.get(k).push(e);
    }
  const tasks = [...byThread.values()].reduce(
    (a, b) => (b.reduce((s, e) => s + e.dur, 0) > a.reduce((s, e) => s + e.dur, 0) ? b : a),
    [],
  );
  // The run's phase marks (console.timeStamp, in a trace with devtools.timeline): tasks from the first mark on
  // (a JS-sampled trace starts with the profiler's own start-up, 100–180 ms in one task: not the page's work).
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('risk-bench:'))
    .map((e) => ({ ts: e.ts, phase: e.args.data.message.slice('risk-bench:'.length) }))
    .sort((a, b) => a.ts - b.ts);
  const phaseAt = (ts) => marks.filter((m) => m.ts <= ts).pop()?.phase ?? '';
  const painted = marks.find((m) => m.phase === 'painted')?.ts ?? Infinity;
  let afterPaintCpuMs = 0;
  let longestCpuMs = 0;
  let longestWallMs = 0;
  let over50Cpu = 0;
  const r = (x) => Math.round(x * 10) / 10;
  const over50 = [];
  for (const e of tasks) {
    if (marks.length && e.ts + e.dur < marks[0].ts) continue;
    const cpuMs = (e.tdur ?? e.dur) / 1000;
    longestCpuMs = Math.max(longestCpuMs, cpuMs);
    longestWallMs = Math.max(longestWallMs, e.dur / 1000);
    if (e.ts >= painted) afterPaintCpuMs = Math.max(afterPaintCpuMs, cpuMs);
    if (cpuMs > 50) {
      over50Cpu++;
      if (marks.length) over50.push(`${phaseAt(e.ts + e.dur)} ${r(cpuMs)}`);
    }
  }
  return {
    longestCpuMs: r(longestCpuMs),
    afterPaintCpuMs: r(afterPaintCpuMs),
    longestWallMs: r(longestWallMs),
    over50Cpu,
    over50,
  };
}

/** The figures of one panel: per way in, the longest task of each phase over RUNS runs, and every long task. */
export async function riskLongTasks(page, tag) {
  const out = {};
  // BENCH_MODES=slices: only this way in (both by default).
  const modes = process.env.BENCH_MODES?.split(',') ?? ['worker', 'slices'];
  for (const mode of modes) {
    const runs = [];
    const cpu = [];
    for (let r = 0; r < RUNS; r++) {
      await generateOnPage(page, PANELS[tag]);
      await page.tracing.start({
        categories: process.env.BENCH_TRACE_DIR
          ? [
              ...TIMELINE,
              // BENCH_TRACE_JS=1: JS samples too (names of the functions; slows the page down).
              ...(process.env.BENCH_TRACE_JS ? ['disabled-by-default-v8.cpu_profiler'] : []),
            ]
          : // devtools.timeline: the phase marks (console.timeStamp), without which no task is "after first paint".
            ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      runs.push(await run(page, tag, mode));
      const trace = new TextDecoder().decode(await page.tracing.stop());
      // BENCH_TRACE_DIR=dir keeps each run's trace (open it in DevTools' Performance panel).
      if (process.env.BENCH_TRACE_DIR)
        writeFileSync(join(process.env.BENCH_TRACE_DIR, `${tag}-${mode}-${r}.json`), trace);
      cpu.push(mainThreadTasks(JSON.parse(trace)));
    }
    const longest = (k) => Math.max(0, ...runs.flatMap((x) => x[k]));
    out[`longTasks100k_${mode}`] = {
      assessedIn: runs.map((x) => x.where),
      longestMs: Math.max(longest('assess'), longest('search'), longest('sort'), longest('filter')),
      assessLongestMs: longest('assess'),
      searchLongestMs: longest('search'),
      sortLongestMs: longest('sort'),
      filterLongestMs: longest('filter'),
      tasksMsRuns: runs.map(({ assess, search, sort, filter }) => ({ assess, search, sort, filter })),
      // From a trace of the page's main thread: the longest task in CPU time (what the page itself
      // spent, whatever else ran on the machine) and in wall time, and how many took over 50 ms of CPU.
      longestTaskCpuMsRuns: cpu.map((c) => c.longestCpuMs),
      // The same from the panel's first paint on (its first rows on screen: issue 11's "after first paint"; the
      // tasks before it are its first update on a cold page).
      longestAfterPaintCpuMsRuns: cpu.map((c) => c.afterPaintCpuMs),
      longestTaskWallMsRuns: cpu.map((c) => c.longestWallMs),
      tasksOver50MsCpuRuns: cpu.map((c) => c.over50Cpu),
      // With BENCH_TRACE_DIR: each such task's phase (data: assessment and result; search, clear, sort) and CPU ms.
      ...(process.env.BENCH_TRACE_DIR ? { tasksOver50MsCpu: cpu.map((c) => c.over50) } : {}),
    };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(join(root, 'dist/revops-elements.iife.js'))) throw new Error(`build ${root} first`);
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--allow-file-access-from-files',
      '--disable-background-networking',
      ...(process.env.BENCH_SETTLE_HEAP ? ['--js-flags=--expose-gc'] : []),
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(root, 'bench/render.html')).href);
    const figures = {};
    // BENCH_PANELS=opportunity-alert-panel (comma-separated): only these panels.
    const only = process.env.BENCH_PANELS?.split(',');
    for (const tag of Object.keys(PANELS).filter((t) => !only || only.includes(t)))
      figures[tag] = await riskLongTasks(page, tag);
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
  }
}
