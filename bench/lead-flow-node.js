// The page's share of the realistic export's file-picker path, in Node (issue 11):
// `node --expose-gc bench/lead-flow-node.js [root] [--calls=N] [--hash]` after `npm run build` in root.
// Reads the 10.6 MB export (bench/cases/lead-flow-monitor.js) into its table, passes the table through
// v8.serialize/deserialize (fresh strings, as the page receives the worker's rows), then times `importTable`
// as leads and `analyzeLeadFlow` on its leads: CPU time (process.cpuUsage) and the collector's time per call.
// --hash prints the SHA-256 of each call's JSON (the outputs must not change between builds). Figures to
// read beside the load average, never asserted.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { AS_OF, generateLeads, realisticCsv } from './cases/lead-flow-monitor.js';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const calls = Number(args.find((a) => a.startsWith('--calls='))?.slice(8) ?? 3);
const hash = args.includes('--hash');
const { readTable, importTable } = await import(pathToFileURL(join(root, 'dist/import.js')).href);
const { analyzeLeadFlow } = await import(pathToFileURL(join(root, 'dist/models.js')).href);

const bytes = new TextEncoder().encode(realisticCsv(generateLeads(100_000)));
const table = await readTable(bytes);
const sha = (v) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

let gcMs = 0;
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
});
obs.observe({ entryTypes: ['gc'] });

const timed = async (fn) => {
  globalThis.gc?.();
  await new Promise((r) => setTimeout(r, 30));
  gcMs = 0;
  const cpu = process.cpuUsage();
  const out = fn();
  const used = process.cpuUsage(cpu);
  await new Promise((r) => setTimeout(r, 30));
  return { out, cpuMs: Math.round((used.user + used.system) / 1000), gcMs: Math.round(gcMs) };
};

for (let i = 0; i < calls; i++) {
  const fresh = deserialize(serialize(table));
  const imp = await timed(() => importTable(fresh, 'leads'));
  const leads = imp.out.rows;
  const ana = await timed(() => analyzeLeadFlow({ asOf: AS_OF, leads }));
  const line = {
    importCpuMs: imp.cpuMs,
    importGcMs: imp.gcMs,
    analyzeCpuMs: ana.cpuMs,
    analyzeGcMs: ana.gcMs,
  };
  if (hash) Object.assign(line, { importSha: sha(imp.out), analyzeSha: sha(ana.out) });
  console.log(JSON.stringify(line));
}
obs.disconnect();
