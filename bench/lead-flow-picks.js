// The realistic export's file-picker path, untraced, two builds alternated (issue 11):
// `node bench/lead-flow-picks.js <rootA> <rootB> [rounds] [picksPerRound]` after `npm run build` in each root.
// Each round opens a fresh browser per root, runs the bench's realistic path (bench/lead-flow-realistic.js: a
// lead-flow-monitor with a storage-key, the 10.6 MB export picked, from the change event to the painted result),
// drops the first pick (it warms the page) and prints the others' milliseconds with the load average; at the end
// the median and minimum per root. Figures to read beside the load average, never asserted.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AS_OF, generateLeads, realisticCsv } from './cases/lead-flow-monitor.js';
import { installRealisticPath } from './lead-flow-realistic.js';

const [a, b, rounds = '3', per = '3'] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
if (!a || !b) throw new Error('usage: node bench/lead-flow-picks.js <rootA> <rootB> [rounds] [picksPerRound]');
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const puppeteer = await import('puppeteer-core');
const csv = realisticCsv(generateLeads(100_000));
const results = new Map();
for (let r = 0; r < Number(rounds); r++) {
  for (const root of [resolve(a), resolve(b)]) {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      protocolTimeout: 300_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(root, 'bench/render.html')).href);
      await page.evaluate((t) => void (window.__realCsv = t), csv);
      await page.evaluate(installRealisticPath);
      const ms = [];
      const before = loadavg()[0].toFixed(1);
      for (let i = 0; i <= Number(per); i++) {
        await page.evaluate(
          async (i, asOf) => void (window.__el = await window.__lfmReal.prepare(asOf, `picks-${i}-${Date.now()}`)),
          i,
          AS_OF,
        );
        const out = await page.evaluate(async () => await window.__lfmReal.paint(window.__el));
        if (out.leads !== 100_000) throw new Error(`${out.leads} leads read`);
        await page.evaluate(() => window.__el.clearLoaded());
        if (i > 0) ms.push(Math.round(out.ms));
      }
      results.set(root, [...(results.get(root) ?? []), ...ms]);
      const at = new Date().toISOString().slice(11, 19);
      console.log(`${at} ${root} load ${before} → ${loadavg()[0].toFixed(1)}: ${ms.join(' ')} ms`);
    } finally {
      await browser.close();
    }
  }
}
for (const [root, ms] of results) {
  const s = [...ms].sort((x, y) => x - y);
  console.log(`${root}: median ${s[s.length >> 1]} ms, min ${s[0]} ms, ${s.length} picks`);
}
