// The 20 MB workbook's map phase on the page, two builds alternated, traced (issue 11):
// `node bench/lead-flow-xlsx-map.js <rootA> <rootB> [rounds]` after `npm run build` in each root.
// The bench's xlsx20MB part (bench/cases/lead-flow-monitor.js: 360,000 leads in an .xlsx chosen in a
// lead-flow-monitor's import tab, read in the import worker, its rows mapped as they come), in a fresh browser
// per build and round, with a trace of the main thread's tasks (`toplevel`): from the moment the table is read
// to the painted result, the longest task (wall / thread CPU), the CPU of all tasks, and the longest task the
// page's `longtask` observer saw (what the bench reports as `xlsx20MBLongestTaskMappingMs`). Figures to read
// beside the load average, never asserted.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AS_OF } from './cases/lead-flow-monitor.js';
import { XLSX_PATH, workbook } from './cases/import.js';

const [a, b, rounds = '2'] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
if (!a || !b) throw new Error('usage: node bench/lead-flow-xlsx-map.js <rootA> <rootB> [rounds]');
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
await workbook(XLSX_PATH);
const puppeteer = await import('puppeteer-core');
const all = new Map();
for (let r = 0; r < Number(rounds); r++)
  for (const root of [resolve(a), resolve(b)]) {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      protocolTimeout: 400_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(root, 'bench/render.html')).href);
      await page.evaluate(prepare, pathToFileURL(XLSX_PATH).href, AS_OF);
      const load = loadavg()[0].toFixed(1);
      await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
      const seen = await page.evaluate(pick);
      const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
      const line = { root, load, ...seen, ...mapPhase(trace.traceEvents) };
      console.log(JSON.stringify(line));
      if (!all.has(root)) all.set(root, []);
      all.get(root).push(line);
    } finally {
      await browser.close();
    }
  }
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (const [root, lines] of all)
  console.log(
    JSON.stringify({
      root,
      longestTaskMsMedian: median(lines.map((l) => l.longestMs)),
      longestTaskCpuMsMedian: median(lines.map((l) => l.longestCpuMs)),
      mapPhaseCpuMsMedian: median(lines.map((l) => l.cpuMs)),
    }),
  );

/** In the page: the workbook's bytes and a lead-flow-monitor on its import tab. */
async function prepare(url, asOf) {
  window.__bytes = await fetch(url).then((r) => r.arrayBuffer());
  const stage = document.getElementById('stage');
  stage.textContent = '';
  stage.style.width = '960px';
  const el = (window.__el = document.createElement('lead-flow-monitor'));
  el.setAttribute('as-of', asOf);
  stage.appendChild(el);
  // The one-file script defines an element when its chunk is in.
  await customElements.whenDefined('lead-flow-monitor');
  await el.updateComplete;
  el.shadowRoot.querySelector('#tab-data').click();
  await el.updateComplete;
}

/** In the page: pick the workbook, wait for the table (mark `read`), then for the painted result (mark `painted`). */
async function pick() {
  const el = window.__el;
  const input = el.shadowRoot.querySelector('#import-file');
  const dt = new DataTransfer();
  dt.items.add(new File([window.__bytes], 'leads-20mb.xlsx'));
  input.files = dt.files;
  const tasks = [];
  const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  obs.observe({ type: 'longtask', buffered: false });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const until = async (done, ms) => {
    const start = performance.now();
    while (!done()) {
      if (performance.now() - start > ms) throw new Error(`not done in ${ms / 1000} s`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  await until(() => el.importer.table && !el.importer.reading, 300_000);
  performance.mark('read');
  await new Promise((r) => setTimeout(r, 0));
  tasks.length = 0;
  await until(() => el.result, 300_000);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  performance.mark('painted');
  obs.disconnect();
  if (el.importer.table.rows.length !== 360_000) throw new Error(`${el.importer.table.rows.length} rows`);
  return { observedLongestMs: Math.round(Math.max(0, ...tasks)) };
}

/** The main thread's tasks from the table read to the painted result: longest (wall / CPU) and their CPU. */
function mapPhase(events) {
  const mark = (n) => events.find((e) => e.name === n && e.cat.includes('blink.user_timing'));
  const read = mark('read');
  const painted = mark('painted');
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === read.pid);
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      e.pid === read.pid &&
      e.tid === main.tid &&
      e.ts + e.dur >= read.ts &&
      e.ts <= painted.ts,
  );
  tasks.sort((x, y) => y.dur - x.dur);
  const top = tasks[0];
  return {
    longestMs: Math.round((top?.dur ?? 0) / 1000),
    longestCpuMs: Math.round((top?.tdur ?? 0) / 1000),
    cpuMs: Math.round(tasks.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000),
    tasksOver50: tasks.filter((t) => t.dur > 50_000).length,
  };
}
