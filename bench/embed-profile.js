#!/usr/bin/env node
// Where the time goes in the two comparisons of bench/embed.js (issue 10), for one cold page each:
// `node bench/embed-profile.js funnel|panel|chartjs|aggrid [--throttle=4] [--runs=3] [--trace=/tmp/x.json]
// [--categories=fonts,…] [--root=<a built checkout>]`, or `ratios [--runs=6]` (bench/embed.js's two comparisons alone)
// (after `npm run build`). Traces the page's main thread (Chrome trace) and samples its JS (CDP Profiler),
// then prints the measured ms, the main thread's time by phase (script compile/evaluate, style, layout,
// paint, GC, idle) and the JS self time by script file and by function. Figures only.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EXAMPLE as FUNNEL } from './cases/funnel-forecast.js';
import { generateOpportunities } from './cases/opportunity-alert-panel.js';
import { serve, inPage, ratios, ourFunnel } from './embed.js';
import { TIMELINE } from './risk-long-tasks.js';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const root = arg('root', fileURLToPath(new URL('..', import.meta.url)));
const what = process.argv[2] ?? 'funnel';
const throttle = Number(arg('throttle', 1));
const RUNS = Number(arg('runs', 3));
// More trace categories, e.g. `--categories=fonts` (what the funnel's first layout spends: font lookups).
const extraCategories = arg('categories', '').split(',').filter(Boolean);
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/** Where an event's own CPU time goes (the first pattern that matches its name). */
const PHASES = [
  [/^(v8\.compile|V8\.Compile|v8\.parseOnBackground|CompileScript|CompileCode)/, 'compile'],
  [/^v8\.evaluateModule|^EvaluateScript/, 'module evaluation'],
  [
    /^(RunMicrotasks|v8\.callFunction|FunctionCall|TimerFire|FireAnimationFrame|v8\.run|v8\.callAsConstructor|v8\.newInstance|EventDispatch|CustomElementRegistry::define|V8\.(HandleInterrupts|BytecodeBudget|StackGuard)|AsyncTask)/,
    'script',
  ],
  [/^(ParseHTML|HTMLDocumentParser)/, 'HTML parsing (templates)'],
  [/(UpdateLayoutTree|recalcStyle|RecalculateStyles|updateStyle|UpdateStyle|ActiveStyle|rebuildLayoutTree)/, 'style'],
  [/(CSSParser|ParseAuthorStyleSheet|RuleSet|StyleSheet)/, 'CSS parsing'],
  [/(Layout|ShapeText|SvgText|FindSvgTextChunks|HitTest)/, 'layout'],
  [/(Paint|Layerize|Composit|Commit|RasterTask|PrePaint)/, 'paint'],
  [/(GC|Scavenge|Sweep|Marking)/, 'gc'],
  [/(Resource|Receive mojo|mojo|SimpleWatcher|ResponseBody)/, 'network'],
];

/**
 * The page's main thread between the first and last of its events: each RunTask's nested events' own CPU
 * time (thread time: on a shared machine the wall time is mostly waiting for a core), by phase and by name.
 */
function phases(events, tid, [from, to] = [-Infinity, Infinity]) {
  const X = events
    .filter((e) => e.ph === 'X' && e.tid === tid && e.ts + (e.dur ?? 0) >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cpu = (e) => e.tdur ?? e.dur;
  const self = new Map();
  const stack = [];
  for (const e of X) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (!stack.length && e.name !== 'RunTask') continue;
    if (stack.length) self.set(stack.at(-1).name, (self.get(stack.at(-1).name) ?? 0) - cpu(e));
    self.set(e.name, (self.get(e.name) ?? 0) + cpu(e));
    stack.push(e);
  }
  const byPhase = {};
  for (const [name, us] of self) {
    const p = PHASES.find(([re]) => re.test(name))?.[1] ?? 'other';
    byPhase[p] = (byPhase[p] ?? 0) + us / 1000;
  }
  for (const k in byPhase) byPhase[k] = Math.round(byPhase[k] * 10) / 10;
  const top = [...self].filter(([, us]) => us > 500).sort((a, b) => b[1] - a[1]);
  return {
    cpuMs: Math.round(Object.values(byPhase).reduce((a, b) => a + b, 0)),
    byPhase,
    topEvents: top.slice(0, 20).map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`),
  };
}

/** JS self time from a CDP cpuprofile, by script file and by function. */
function jsSelf(profile, [from, to] = [-Infinity, Infinity]) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) continue;
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
    const before = loadavg();
    const figures = await ratios(fresh, RUNS, (m) => process.stderr.write(m + '\n'));
    console.log(JSON.stringify({ loadAverage: { before, after: loadavg() }, ...figures }, null, 1));
    process.exit(0);
  }
  const ms = [];
  const cpus = [];
  for (let r = 0; r < RUNS; r++) {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${base}/bench/embed.html`);
    await inPage(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.tracing.start({ categories: [...TIMELINE, 'blink.user_timing', ...extraCategories] });
    const js = !process.argv.includes('--no-js');
    if (js) await cdp.send('Profiler.start');
    const src = generateOpportunities.toString();
    const t = await {
      funnel: () => ourFunnel(page),
      chartjs: () => page.evaluate((f) => window.__chartJs(f), FUNNEL),
      panel: () => page.evaluate((s) => window.__panelRows(s), src),
      aggrid: () => page.evaluate((s) => window.__agGridRows(s), src),
    }[what]();
    const profile = js ? (await cdp.send('Profiler.stop')).profile : null;
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
    // Only what ran from the start of the measurement to the task after its first frame (bench/embed.js marks).
    const mark = (name) => events.find((e) => e.name === name)?.ts;
    const span = [mark('bench:start') ?? -Infinity, mark('bench:shown') ?? Infinity];
    const ph = phases(events, mainTid, span);
    cpus.push(ph);
    if (r === RUNS - 1) {
      if (arg('trace')) writeFileSync(arg('trace'), JSON.stringify(trace));
      if (process.argv.includes('--detail'))
        console.log(
          JSON.stringify(
            { what, throttle, ms: Math.round(t), ...ph, ...(profile ? jsSelf(profile, span) : {}) },
            null,
            1,
          ),
        );
    }
    await page.close();
  }
  const phaseNames = [...new Set(cpus.flatMap((c) => Object.keys(c.byPhase)))];
  console.log(
    JSON.stringify({
      what,
      throttle,
      runsMs: ms.map(Math.round),
      msMedian: Math.round(median(ms)),
      mainThreadCpuMsRuns: cpus.map((c) => c.cpuMs),
      mainThreadCpuMsMedian: median(cpus.map((c) => c.cpuMs)),
      cpuByPhaseMedianMs: Object.fromEntries(phaseNames.map((p) => [p, median(cpus.map((c) => c.byPhase[p] ?? 0))])),
    }),
  );
} finally {
  await browser.close();
  server.close();
}
