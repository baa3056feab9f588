// The import view's value steps at 100,000 and 360,000 rows, in Node (issue 11):
// `node --expose-gc bench/value-steps-node.js <rootA> [rootB …] [--rows=100000,360000] [--calls=5] [--rounds=2]`
// after `npm run build` in each root. For each size, the realistic export (bench/cases/lead-flow-monitor.js) is
// read into its table once and passed through v8.serialize/deserialize per build (fresh strings, as the page
// receives the worker's rows); each build's `dist/revops-import.js` (the import core the page loads) maps it as
// leads (`importTable` with `countValues`, as the page maps), then `valueSteps` (given the counts the mapping kept, `valueCountsOf(result)`, where the
// build has them) and the whole `importView` are called `--calls` times. Prints CPU time (process.cpuUsage) per
// call — the mapping's, and the median of the view's calls — with the load average, builds alternated `--rounds`
// times, and a SHA-256 of the import and of the view (they must not differ between builds). Figures to read
// beside the load average, never asserted.
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { generateLeads, realisticCsv } from './cases/lead-flow-monitor.js';

const args = process.argv.slice(2);
const opt = (name, d) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? d;
const roots = args.filter((a) => !a.startsWith('--')).map((r) => resolve(r));
if (!roots.length) roots.push(resolve('.'));
const sizes = opt('rows', '100000,360000').split(',').map(Number);
const calls = Number(opt('calls', 5));
const rounds = Number(opt('rounds', 2));
const cores = [];
for (const root of roots) cores.push(await import(pathToFileURL(join(root, 'dist/revops-import.js')).href));

const sha = (v) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
const cpu = (fn) => {
  const t = process.cpuUsage();
  const out = fn();
  const u = process.cpuUsage(t);
  return { out, ms: (u.user + u.system) / 1000 };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round1 = (x) => Math.round(x * 10) / 10;

for (const n of sizes) {
  const table = await cores[0].readTable(new TextEncoder().encode(realisticCsv(generateLeads(n))));
  const wire = serialize(table);
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < roots.length; i++) {
      const core = cores[i];
      const fresh = deserialize(wire);
      globalThis.gc?.();
      // As the page maps (countValues: a build without it ignores the option and counts at render).
      const imp = cpu(() => core.importTable(fresh, 'leads', { countValues: true }));
      const result = imp.out;
      const counts = core.valueCountsOf?.(result);
      const steps = [];
      const views = [];
      let view;
      for (let k = 0; k < calls; k++) {
        steps.push(cpu(() => core.valueSteps(fresh, 'leads', result.mapping, [], counts)).ms);
        const v = cpu(() => core.importView(fresh, result, 'leads'));
        views.push(v.ms);
        view = v.out;
      }
      console.log(
        JSON.stringify({
          root: roots[i],
          rows: fresh.rows.length,
          load: loadavg()[0].toFixed(1),
          countsKept: !!counts,
          importTableCpuMs: Math.round(imp.ms),
          valueStepsCpuMsMedian: round1(median(steps)),
          importViewCpuMsMedian: round1(median(views)),
          importSha: sha(result),
          viewSha: sha(view),
        }),
      );
    }
}
