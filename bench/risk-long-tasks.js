#!/usr/bin/env node
// Long tasks of a risk panel given 100,000 rows as a property, for `npm run bench` (the risk cases'
// `browser()` hook) and on its own: `node bench/risk-long-tasks.js [root]` (root: a built checkout,
// default this one; `npm run build` first), e.g. to compare a build of main with this branch.
//
// A PerformanceObserver('longtask') on the page (Chromium: a task over 50 ms) records every task from
// `el.data = rows` to the end of: the assessment and its painted result (`assess`), a search and
// its clearing (`search`), a sort by name (`sort`). Two ways in: `worker` (the default: lists past
// the worker threshold are assessed in a worker) and `slices` (no Worker on the page: the panel's
// fallback, main-thread slices). Figures, never assertions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateAccounts, generateOpportunities } from './cases/opportunity-alert-panel.js';

const RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const PANELS = {
  'opportunity-alert-panel': generateOpportunities,
  'churn-alert-panel': generateAccounts,
};

/** One run on an open page of bench/render.html: the long tasks (ms) of each phase. */
function run(page, tag, generator, mode) {
  return page.evaluate(
    async (tag, src, mode) => {
      const generate = new Function(`return (${src})`)();
      const data = generate(100_000);
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
      const stage = document.getElementById('stage');
      stage.textContent = '';
      const el = document.createElement(tag);
      el.setAttribute('lang', 'en');
      el.data = data;
      stage.appendChild(el);
      await until(() => el.assessedIn && !el.sorting && el.shadowRoot.querySelector('.item'));
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      const assess = tasks.splice(0);
      el.setQuery('9999');
      await el.updateComplete;
      await frame();
      el.setQuery('');
      await el.updateComplete;
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      const search = tasks.splice(0);
      el.setSort('name');
      await el.updateComplete;
      await until(() => !el.sorting);
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      const sort = tasks.splice(0);
      obs.disconnect();
      const where = el.assessedIn.where;
      stage.textContent = '';
      window.Worker = realWorker;
      const round = (xs) => xs.map((x) => Math.round(x));
      return { where, assess: round(assess), search: round(search), sort: round(sort) };
    },
    tag,
    generator.toString(),
    mode,
  );
}

/** The figures of one panel: per way in, the longest task of each phase over RUNS runs, and every long task. */
export async function riskLongTasks(page, tag) {
  const out = {};
  for (const mode of ['worker', 'slices']) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await run(page, tag, PANELS[tag], mode));
    const longest = (k) => Math.max(0, ...runs.flatMap((x) => x[k]));
    out[`longTasks100k_${mode}`] = {
      assessedIn: runs.map((x) => x.where),
      longestMs: Math.max(longest('assess'), longest('search'), longest('sort')),
      assessLongestMs: longest('assess'),
      searchLongestMs: longest('search'),
      sortLongestMs: longest('sort'),
      tasksMsRuns: runs.map(({ assess, search, sort }) => ({ assess, search, sort })),
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
    args: ['--no-sandbox', '--allow-file-access-from-files', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(root, 'bench/render.html')).href);
    const figures = {};
    for (const tag of Object.keys(PANELS)) figures[tag] = await riskLongTasks(page, tag);
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
  }
}
