// One fresh process of bench/linear.js: `node --expose-gc bench/linear-child.js <model> <rows>` prints
// { ms, cpuMs, gcMs } of one call on generated rows, after a warm-up on 1,000 rows (so the JIT has compiled
// the row path) and a full GC (so the heap holds just the input).
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const [model, rows] = process.argv.slice(2);
const n = Number(rows);
const models = await import(pathToFileURL(join(root, 'dist/models.js')).href);
const cases = (f) => import(pathToFileURL(join(root, 'bench/cases', f)).href);

/** Input of n rows for each list model, from the generators of the bench cases. */
const INPUTS = {
  assessOpportunities: async (k) => (await cases('opportunity-alert-panel.js')).generateOpportunities(k),
  assessChurn: async (k) => (await cases('opportunity-alert-panel.js')).generateAccounts(k),
  analyzeLeadFlow: async (k) => {
    const m = await cases('lead-flow-monitor.js');
    return { asOf: m.AS_OF, leads: m.generateLeads(k), channelCosts: m.CHANNEL_COSTS };
  },
  validateTiering: async (k) => {
    const m = await cases('lead-score-card.js');
    return { history: m.generateLeads(k).map((values, i) => ({ values, converted: (i * 7919) % 10 < 3 })) };
  },
  calibrateTiering: async (k) => INPUTS.validateTiering(k),
};

const fn = models[model];
const make = INPUTS[model];
if (!fn || !make) throw new Error(`no linear-time recipe for ${model}`);
const small = await make(1000);
for (let i = 0; i < 5; i++) fn(small);
const input = await make(n);
let gcMs = 0;
let on = false;
const obs = new PerformanceObserver((list) => {
  if (on) for (const e of list.getEntries()) gcMs += e.duration;
});
obs.observe({ entryTypes: ['gc'] });
globalThis.gc();
// GC entries arrive asynchronously: let the full GC's go by before counting.
await new Promise((r) => setTimeout(r, 50));
on = true;
const cpu = process.cpuUsage();
const t = performance.now();
const out = fn(input);
const ms = performance.now() - t;
const used = process.cpuUsage(cpu);
await new Promise((r) => setTimeout(r, 50));
on = false;
obs.disconnect();
if (out.invalid?.length || out.before?.invalid?.length) throw new Error(`${model}: generated rows were not valid`);
console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, gcMs }));
