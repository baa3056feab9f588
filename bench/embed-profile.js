#!/usr/bin/env node
// Where the time goes in the two comparisons of bench/embed.js (issue 10), for one cold page each:
// `node bench/embed-profile.js funnel|panel|chartjs|aggrid [--throttle=4] [--runs=3] [--trace=/tmp/x.json]`
// (after `npm run build`). Traces the page's main thread (Chrome trace) and samples its JS (CDP Profiler),
// then prints the measured ms, the main thread's time by phase (script compile/evaluate, style, layout,
// paint, GC, idle) and the JS self time by script file and by function. Figures only.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXAMPLE as FUNNEL } from './cases/funnel-forecast.js';
import { generateOpportunities } from './cases/opportunity-alert-panel.js';
import { serve, inPage, ratios } from './embed.js';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const root = arg('root', fileURLToPath(new URL('..', import.meta.url)));
const what = process.argv[2] ?? 'funnel';
const throttle = Number(arg('throttle', 1));
const RUNS = Number(arg('runs', 3));
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

const PHASES = [
  [
    /^(v8\.compile|V8\.CompileCode|v8\.compileModule|V8\.ScriptCompiler|v8\.parseOnBackground|CompileScript|CompileCode)/,
    'compile',
  ],
  [
    /^(EvaluateScript|v8\.evaluateModule|v8\.run|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.callFunction|EventDispatch|V8\.Execute)/,
    'script',
  ],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc)/, 'style'],
  [/^(Layout|UpdateLayerTree|HitTest)/, 'layout'],
  [/^(Paint|PrePaint|Layerize|CompositeLayers|UpdateLayer|Commit|RasterTask)/, 'paint'],
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC)/, 'gc'],
  [/^(ParseHTML|ResourceReceivedData|ResourceFinish)/, 'html/net'],
];

/** Self time of trace events on the page's main thread, grouped by phase, within [t0, t1] (µs). */
function phases(events, tid, t0, t1) {
  const mine = events
    .filter((e) => e.ph === 'X' && e.tid === tid && e.ts >= t0 && e.ts <= t1)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  // CPU (thread) time: on a shared machine the wall time of an event is mostly waiting for a core.
  const cpu = (e) => e.tdur ?? e.dur;
  const add = (e, us) => self.set(e.name, (self.get(e.name) ?? 0) + us);
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) add(stack.at(-1), -cpu(e));
    add(e, cpu(e));
    stack.push(e);
  }
  const byPhase = {};
  const byName = [...self].filter(([, us]) => us > 500).sort((a, b) => b[1] - a[1]);
  for (const [name, us] of self) {
    const p =
      PHASES.find(([re]) => re.test(name))?.[1] ??
      (name === 'RunTask' || name === 'ThreadControllerImpl::RunTask' ? 'task (other)' : 'other');
    byPhase[p] = (byPhase[p] ?? 0) + us / 1000;
  }
  for (const k in byPhase) byPhase[k] = Math.round(byPhase[k] * 10) / 10;
  return {
    cpuMs: Math.round(Object.values(byPhase).reduce((a, b) => a + b, 0)),
    byPhase,
    topEvents: byName.slice(0, 25).map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`),
  };
}

/** JS self time from a CDP cpuprofile, by script file and by function. */
function jsSelf(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const n = byId.get(profile.samples[i]);
    self.set(n.id, (self.get(n.id) ?? 0) + dt);
  }
  const byFile = new Map();
  const byFn = new Map();
  for (const [id, us] of self) {
    const { url, functionName, lineNumber, columnNumber } = byId.get(id).callFrame;
    const file = url.replace(/^https?:\/\/[^/]+/, '') || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const fn = `${functionName || '(anon)'} ${file.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${(us / 1000).toFixed(1)} ${k}`);
  return { byFile: top(byFile, 15), byFunction: top(byFn, 30) };
}

const puppeteer = await import('puppeteer-core');
const { server, base } = await serve(root);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  if (what === 'ratios') {
    // The bench's own comparison (bench/embed.js), alone: `node bench/embed-profile.js ratios --runs=5`.
    const fresh = async (rate = 1) => {
      const page = await browser.newPage();
      await page.setCacheEnabled(false);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${base}/bench/embed.html`);
      await inPage(page);
      return page;
    };
    console.log(JSON.stringify(await ratios(fresh, RUNS, (m) => process.stderr.write(m + '\n')), null, 1));
    process.exit(0);
  }
  const ms = [];
  for (let r = 0; r < RUNS; r++) {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${base}/bench/embed.html`);
    await inPage(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.tracing.start({
      categories: [
        'toplevel',
        'devtools.timeline',
        'v8',
        'v8.execute',
        'blink',
        'disabled-by-default-devtools.timeline',
      ],
    });
    await cdp.send('Profiler.start');
    const src = generateOpportunities.toString();
    const t = await {
      funnel: () =>
        page.evaluate(
          (f) =>
            window.__autoloaded(
              'funnel-forecast',
              f,
              'el.shadowRoot && el.shadowRoot.querySelector("[part~=funnel-chart] svg")',
            ),
          FUNNEL,
        ),
      chartjs: () => page.evaluate((f) => window.__chartJs(f), FUNNEL),
      panel: () => page.evaluate((s) => window.__panelRows(s), src),
      aggrid: () => page.evaluate((s) => window.__agGridRows(s), src),
    }[what]();
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    ms.push(t);
    const events = trace.traceEvents;
    // The page's renderer main thread: the CrRendererMain that ran the most (other renderers idle).
    const mains = new Set(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => e.tid),
    );
    const busy = new Map();
    for (const e of events)
      if (e.ph === 'X' && e.name === 'RunTask' && mains.has(e.tid)) busy.set(e.tid, (busy.get(e.tid) ?? 0) + e.dur);
    const mainTid = [...busy].sort((a, b) => b[1] - a[1])[0][0];
    const times = events.filter((e) => e.tid === mainTid && e.ph === 'X').map((e) => e.ts);
    if (r === RUNS - 1) {
      if (arg('trace')) writeFileSync(arg('trace'), JSON.stringify(trace));
      writeFileSync(`/tmp/speed/${what}.cpuprofile`, JSON.stringify(profile));
      console.log(
        JSON.stringify(
          {
            what,
            throttle,
            ms: Math.round(t),
            ...phases(events, mainTid, Math.min(...times), Math.max(...times)),
            ...jsSelf(profile),
          },
          null,
          1,
        ),
      );
    }
    await page.close();
  }
  console.log(`${what} ×${throttle}: runs ${ms.map(Math.round).join(', ')} ms, median ${Math.round(median(ms))}`);
} finally {
  await browser.close();
  server.close();
}
