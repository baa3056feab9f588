// Embedding figures for `npm run bench` (section `embed`, skip with --no-embed), in headless Chromium
// with the pages served over HTTP from this checkout (the autoloader imports ES modules):
//   loaderPages   a cold page with dist/autoloader.js and one funnel-forecast (then one
//                 opportunity-alert-panel): KB gzip of the JS requested before the chart / first rows showed
//                 (and, as settledJsGzipKB, all it requested 1.5 s later), ms to the chart / first rows;
//   iife          gzip of the full IIFE and of the tiering IIFE;
//   iifePages     what a cold page with the full IIFE requests to first paint (bench/iife-pages.js);
//   funnelVsChartJs  funnel-forecast's first chart against the same funnel drawn by Chart.js 4 on the
//                 same page load (order alternating between runs), as a ratio, also at 4× CPU throttling
//                 (CDP Emulation.setCPUThrottlingRate);
//   panelVsAgGrid opportunity-alert-panel with 10,000 rows on a cold page, first rows painted, against
//                 AG Grid Community with the same rows on a cold page (ratio);
//   bytes         where the bytes are: KB gzip per dependency and per module, for the loader + funnel
//                 page and for the full IIFE (each chunk's gzip shared among its modules by rendered size).
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, extname, relative } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { generateOpportunities } from './cases/opportunity-alert-panel.js';
import { EXAMPLE as FUNNEL } from './cases/funnel-forecast.js';
import { iifePageFigures } from './iife-pages.js';

const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };

/** A static server over the checkout that remembers which files a page asked for. */
export function serve(root) {
  const requested = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    requested.push(path);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${server.address().port}`, requested }),
    ),
  );
}

/** gzip (level 6, what a server sends) of the JS files among `paths`. */
export const jsGzip = (root, paths) =>
  [...new Set(paths.filter((p) => p.endsWith('.js')))].reduce(
    (s, p) => s + gzipSync(readFileSync(join(root, p))).length,
    0,
  );

// ---- in-page measurements (run through page.evaluate; no outer variables) ----

/** Append a classic <script src>; resolves once it has run. */
function script(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

/** Add <tag> with `data`, load the autoloader, resolve with ms until `done` holds and a frame is painted. */
async function autoloaded(tag, data, done) {
  const stage = document.getElementById('stage');
  const t0 = performance.mark('bench:start').startTime;
  const el = document.createElement(tag);
  el.setAttribute('lang', 'en');
  el.data = data; // a property set before the tag is defined: applied on upgrade
  stage.append(el);
  const s = document.createElement('script');
  s.type = 'module';
  s.src = '/dist/autoloader.js';
  document.head.append(s);
  const check = new Function('el', `return (${done})`);
  // No frames are asked for while the files load, as on the Chart.js side (which waits for its script's load
  // event, then draws): a page that asks for a frame every vsync makes the renderer run each frame's work
  // between the tasks that read the responses and compile the modules (at 4× throttling, 4–37 ms a frame).
  await customElements.whenDefined(tag);
  // Checked before each frame is drawn: the first frame in which it holds is the one that paints it, and
  // the task after that frame ends the time (as for Chart.js: drawn, then a frame, then a task). Polling
  // with timers instead could see it only after that frame, and then wait for the next one.
  while (!check(el)) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 0));
  return performance.mark('bench:shown').startTime - t0;
}

/** Load Chart.js 4 and draw the funnel's stages as horizontal bars; ms to the painted chart. */
async function chartJsFunnel(funnel) {
  const t0 = performance.mark('bench:start').startTime;
  await window.__script('/node_modules/chart.js/dist/chart.umd.min.js');
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 240;
  document.getElementById('stage').append(canvas);
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: funnel.stages.map((s) => s.key),
      datasets: [{ label: 'count', data: funnel.stages.map((s) => s.count) }],
    },
    options: { indexAxis: 'y', animation: false, responsive: false },
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.mark('bench:shown').startTime - t0;
}

/** Load AG Grid Community and show `rows`; ms to the first rows painted. */
async function agGridRows(src) {
  const rows = new Function(`return (${src})`)()(10000).opportunities;
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.mark('bench:start').startTime;
  await window.__script('/node_modules/ag-grid-community/dist/ag-grid-community.min.js');
  const div = document.createElement('div');
  div.style.height = '600px';
  document.getElementById('stage').append(div);
  window.agGrid.createGrid(div, {
    rowData: rows,
    columnDefs: ['id', 'name', 'owner', 'amount', 'stage', 'stageEnteredAt', 'expectedCloseDate'].map((field) => ({
      field,
    })),
  });
  // The first frame with rows, as for our panel (autoloaded).
  while (!div.querySelector('.ag-row')) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 0));
  return performance.mark('bench:shown').startTime - t0;
}

/** Our panel on a cold page through the autoloader, with the same 10,000 rows. */
async function panelRows(src) {
  const data = new Function(`return (${src})`)()(10000);
  await new Promise((r) => setTimeout(r, 50));
  return window.__autoloaded('opportunity-alert-panel', data, 'el.shadowRoot && el.shadowRoot.querySelector(".item")');
}

/**
 * What any page has done before a chart or a grid appears: formatted a number and laid out a line of text.
 * Both are one-time costs of the page's renderer (ICU's number data: 20–40 ms on the bench machine, the
 * first font lookup) that every contender pays; without this they fall on whichever runs first on the page.
 */
async function warmUp() {
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(1234.5);
  const p = document.createElement('p');
  p.textContent = 'Warm-up 1,234.5';
  document.body.append(p);
  void p.offsetHeight;
  p.remove();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

/** funnel-forecast's chart is shown. */
const FUNNEL_CHART = 'el.shadowRoot && el.shadowRoot.querySelector("[part~=funnel-chart] svg")';

/** Our funnel on a page made by `inPage`, through the autoloader: ms to its first frame with the chart. */
export const ourFunnel = (page) =>
  page.evaluate((f, done) => window.__autoloaded('funnel-forecast', f, done), FUNNEL, FUNNEL_CHART);

/** Install the in-page measurements on an open bench/embed.html page and warm it up (also bench/embed-profile.js). */
export const inPage = (page) =>
  page.evaluate(
    [
      `window.__warmUp = ${warmUp.toString()}`,
      `window.__autoloaded = ${autoloaded.toString()}`,
      `window.__script = ${script.toString()}`,
      `window.__chartJs = ${chartJsFunnel.toString()}`,
      `window.__panelRows = ${panelRows.toString()}`,
      `window.__agGridRows = ${agGridRows.toString()}`,
      'window.__warmUp()',
    ].join(';'),
  );

// ---- where the bytes are ----

const group = (id, root) => {
  const clean = id.replace(/^\0/, '');
  if (/[?&]worker/.test(clean)) return { pkg: 'risk worker (inlined)', mod: relative(root, clean.split('?')[0]) };
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(clean);
  if (nm) return { pkg: nm[1], mod: `${nm[1]}/…/${clean.split('/').pop()}` };
  const rel = relative(root, clean);
  const top = /^(src\/[^/]+|components\/[^/]+)/.exec(rel)?.[1] ?? rel;
  return { pkg: top, mod: rel };
};

/** KB gzip by dependency/folder and the largest modules, for the given chunks of one build. */
function attribute(chunks, root, top = 25) {
  const byPkg = new Map();
  const byMod = new Map();
  let total = 0;
  for (const c of chunks) {
    const gz = gzipSync(c.code).length;
    total += gz;
    const mods = Object.entries(c.modules);
    const sum = mods.reduce((s, [, m]) => s + m.renderedLength, 0) || 1;
    for (const [id, m] of mods) {
      const share = (gz * m.renderedLength) / sum;
      const g = group(id, root);
      byPkg.set(g.pkg, (byPkg.get(g.pkg) ?? 0) + share);
      byMod.set(g.mod, (byMod.get(g.mod) ?? 0) + share);
    }
  }
  const sorted = (m, n) =>
    Object.fromEntries(
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .filter(([, v]) => v >= 51)
        .map(([k, v]) => [k, kb(v)]),
    );
  return { totalGzipKB: kb(total), byDependencyKB: sorted(byPkg, 100), largestModulesKB: sorted(byMod, top) };
}

async function bytes(root) {
  const quiet = { logLevel: 'silent', build: { write: false } };
  const loader = await build({ configFile: join(root, 'vite.loader.config.ts'), ...quiet });
  const chunks = (Array.isArray(loader) ? loader : [loader]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // The funnel page: the autoloader, the funnel-forecast chunk and what it imports statically.
  const page = new Set();
  const walk = (c) => {
    if (!c || page.has(c)) return;
    page.add(c);
    for (const i of c.imports) walk(byName.get(i));
  };
  walk(chunks.find((c) => c.isEntry));
  walk(chunks.find((c) => /^loader\/funnel-forecast-/.test(c.fileName)));
  const iife = await build({ configFile: join(root, 'vite.iife.config.ts'), ...quiet });
  const iifeChunks = (Array.isArray(iife) ? iife : [iife]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  return { loaderFunnelPage: attribute([...page], root), fullIife: attribute(iifeChunks, root) };
}

/**
 * The two timing comparisons on cold pages made by `fresh(throttle)`: funnel-forecast against Chart.js 4
 * (both on the same page load, order alternating), and opportunity-alert-panel against AG Grid (each on a
 * cold page of its own, order alternating), medians of `RUNS`.
 */
export async function ratios(fresh, runs, log) {
  // An even number of runs: each contender goes first on the page equally often.
  const RUNS = runs + (runs % 2);
  const paired = (ours, theirs) => round(median(ours.map((x, i) => x / theirs[i])), 2);
  const figures = {};
  for (const throttle of [1, 4]) {
    log(`embed: funnel-forecast vs Chart.js (CPU ×${throttle})…`);
    const ours = [];
    const theirs = [];
    for (let r = 0; r < RUNS; r++) {
      const page = await fresh(throttle);
      const runOurs = () => ourFunnel(page);
      const runTheirs = () => page.evaluate((f) => window.__chartJs(f), FUNNEL);
      if (r % 2) {
        theirs.push(await runTheirs());
        ours.push(await runOurs());
      } else {
        ours.push(await runOurs());
        theirs.push(await runTheirs());
      }
      await page.close();
    }
    figures[`funnelVsChartJs${throttle === 1 ? '' : `Cpu${throttle}x`}`] = {
      oursMsMedian: round(median(ours)),
      chartJsMsMedian: round(median(theirs)),
      ratio: round(median(ours) / median(theirs), 2),
      // The median of each page load's own ratio: both measured within a second of each other, so a
      // spell of load on the machine weighs on both.
      pairedRatioMedian: paired(ours, theirs),
      oursRuns: ours.map((x) => Math.round(x)),
      chartJsRuns: theirs.map((x) => Math.round(x)),
    };
  }

  log('embed: opportunity-alert-panel vs AG Grid, 10,000 rows, cold pages…');
  const src = generateOpportunities.toString();
  const ours = [];
  const theirs = [];
  const one = async (fn) => {
    const page = await fresh();
    const ms = await page.evaluate((f, s) => window[f](s), fn, src);
    await page.close();
    return ms;
  };
  for (let r = 0; r < RUNS; r++) {
    if (r % 2) {
      theirs.push(await one('__agGridRows'));
      ours.push(await one('__panelRows'));
    } else {
      ours.push(await one('__panelRows'));
      theirs.push(await one('__agGridRows'));
    }
  }
  figures.panelVsAgGrid = {
    oursFirstRowsMsMedian: round(median(ours)),
    agGridFirstRowsMsMedian: round(median(theirs)),
    ratio: round(median(ours) / median(theirs), 2),
    pairedRatioMedian: paired(ours, theirs),
    oursRuns: ours.map((x) => Math.round(x)),
    agGridRuns: theirs.map((x) => Math.round(x)),
  };
  return figures;
}

export async function embedFigures({ root, puppeteer, executablePath, args, log, skip = new Set() }) {
  const RUNS = Number(process.env.BENCH_EMBED_RUNS ?? 5);
  const figures = { runs: RUNS };
  const gz = (f) => kb(gzipSync(readFileSync(join(root, f)), { level: 9 }).length);
  figures.iife = { fullGzipKB: gz('dist/revops-elements.iife.js'), tieringGzipKB: gz('dist/revops-tiering.iife.js') };

  const { server, base, requested } = await serve(root);
  const browser = await puppeteer.launch({ executablePath, headless: true, args });
  const fresh = async (throttle = 1) => {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    requested.length = 0;
    await page.goto(`${base}/bench/embed.html`);
    await inPage(page);
    return page;
  };
  try {
    const loaderPage = async (tag, data, done) => {
      const ms = [];
      let files = [];
      let settled = [];
      for (let r = 0; r < RUNS; r++) {
        const page = await fresh();
        ms.push(await page.evaluate((t, d, u) => window.__autoloaded(t, d, u), tag, data, done));
        // The files requested before the first rows showed, whatever the page loads next: the server's log
        // read after the evaluation also holds what the panel starts loading after its first frame (its
        // later parts and CRM import), more or less of it from one run to the next. `settled`: all of it.
        await new Promise((r) => setTimeout(r, 1500));
        const entries = await page.evaluate(() => {
          const shown = performance.getEntriesByName('bench:shown')[0].startTime;
          return performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime <= shown]);
        });
        files = entries.filter(([p, before]) => before && p.endsWith('.js')).map(([p]) => p);
        settled = requested.filter((p) => p.endsWith('.js'));
        await page.close();
      }
      const settledKB = kb(jsGzip(root, settled));
      return {
        jsGzipKB: kb(jsGzip(root, files)),
        jsFiles: files.length,
        settledJsGzipKB: settledKB,
        settledJsFiles: settled.length,
        shownMsMedian: round(median(ms)),
      };
    };
    if (!skip.has('pages')) log('embed: autoloader pages…');
    if (!skip.has('pages'))
      figures.loaderPages = {
        'funnel-forecast': await loaderPage('funnel-forecast', FUNNEL, FUNNEL_CHART),
        'opportunity-alert-panel': await loaderPage(
          'opportunity-alert-panel',
          JSON.parse(readFileSync(join(root, 'demo/data/opportunity-alert-panel.json'), 'utf8')),
          'el.shadowRoot && el.shadowRoot.querySelector(".item")',
        ),
      };

    if (!skip.has('ratios')) Object.assign(figures, await ratios(fresh, RUNS, log));
    if (!skip.has('iife-pages')) {
      log('embed: the full one-file script on cold pages…');
      figures.iifePages = await iifePageFigures({ root, browser });
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (!skip.has('bytes')) {
    log('embed: where the bytes are…');
    figures.bytes = await bytes(root);
  }
  return figures;
}

// `node bench/embed.js [--runs=N] [--no-pages] [--no-ratios] [--no-iife-pages] [--no-bytes]` (after
// `npm run build`): this section of `npm run bench` alone, with the load average before and after.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = process.argv.find((a) => a.startsWith('--runs='));
  if (runs) process.env.BENCH_EMBED_RUNS = runs.split('=')[1];
  const skip = new Set(
    process.argv
      .slice(2)
      .filter((a) => a.startsWith('--no-'))
      .map((a) => a.slice(5)),
  );
  const puppeteer = await import('puppeteer-core');
  const loadBefore = loadavg().map((x) => round(x, 2));
  const figures = await embedFigures({
    root: fileURLToPath(new URL('..', import.meta.url)),
    puppeteer,
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run'],
    log: (m) => process.stderr.write(`${m}\n`),
    skip,
  });
  console.log(
    JSON.stringify(
      { loadAverage: { before: loadBefore, after: loadavg().map((x) => round(x, 2)) }, ...figures },
      null,
      1,
    ),
  );
}
