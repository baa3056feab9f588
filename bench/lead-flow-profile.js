// Where the realistic export's file-picker path spends the page's main thread (issue 11):
// `node bench/lead-flow-profile.js [root] [--runs=N] [--cpu-profile=FILE]` after `npm run build` in root.
// Each run picks the 10.6 MB export (bench/cases/lead-flow-monitor.js) in a fresh element with a storage-key,
// traced from the change event to the painted result: the main thread's tasks (thread-clock CPU), the
// longest task and what it holds, the collector's time, and with --cpu-profile the page's JavaScript
// by function (self time). Figures to read beside the load average, never asserted.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AS_OF, generateLeads, realisticCsv } from './cases/lead-flow-monitor.js';
import { installRealisticPath } from './lead-flow-realistic.js';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const cpuProfile = args.find((a) => a.startsWith('--cpu-profile='))?.slice(14);
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const TIMELINE = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'];

const puppeteer = await import('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  protocolTimeout: 120_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
});
const out = [];
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(root, 'bench/render.html')).href);
  await page.evaluate((t) => void (window.__realCsv = t), realisticCsv(generateLeads(100_000)));
  await page.evaluate(installRealisticPath);
  const cdp = await page.createCDPSession();
  for (let i = 0; i < runs; i++) {
    await page.evaluate(
      async (i, asOf) => void (window.__el = await window.__lfmReal.prepare(asOf, `profile-lfm-${i}-${Date.now()}`)),
      i,
      AS_OF,
    );
    await page.tracing.start({ categories: TIMELINE });
    if (cpuProfile && i === runs - 1) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    const ms = await page.evaluate(async () => (await window.__lfmReal.paint(window.__el)).ms);
    if (cpuProfile && i === runs - 1) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(cpuProfile, JSON.stringify(profile));
    }
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}-${i}.json`, JSON.stringify(trace));
    await page.evaluate(() => window.__el.clearLoaded());
    out.push({ ms: Math.round(ms), ...summarise(trace.traceEvents) });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out, null, 1));

/** The renderer main thread's tasks between the two marks: CPU (thread clock), longest, collections. */
function summarise(events) {
  const mark = (n) => events.find((e) => e.name === n && e.cat.includes('blink.user_timing'));
  const pick = mark('pick');
  const painted = mark('painted');
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === pick.pid);
  const inWindow = (e) => e.pid === pick.pid && e.tid === main.tid && e.ts >= pick.ts && e.ts <= painted.ts;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && inWindow(e));
  const sum = (xs, k) => Math.round(xs.reduce((s, e) => s + (e[k] ?? 0), 0) / 1000);
  const gc = events.filter(
    (e) =>
      e.ph === 'X' && inWindow(e) && (e.name === 'MinorGC' || e.name === 'MajorGC' || e.name === 'V8.GC_SCAVENGER'),
  );
  tasks.sort((a, b) => b.dur - a.dur);
  const top = tasks[0];
  const inner = top
    ? events
        .filter((e) => e.ph === 'X' && inWindow(e) && e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur && e !== top)
        .filter((e) => e.dur > 5000)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.functionName ? ':' + e.args.data.functionName : ''} ${Math.round(e.dur / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`,
        )
    : [];
  return {
    mainCpuMs: sum(tasks, 'tdur'),
    mainWallMs: sum(tasks, 'dur'),
    tasksOver50: tasks
      .filter((t) => t.dur > 50000)
      .map((t) => `${Math.round(t.dur / 1000)}/${Math.round(t.tdur / 1000)}`),
    gcMs: sum(
      gc.filter((e) => e.name !== 'V8.GC_SCAVENGER'),
      'dur',
    ),
    longest: inner.slice(0, 14),
  };
}
