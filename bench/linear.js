// Linear-time figures of the list models for `npm run bench`: each model runs on 100,000 and on
// 1,000,000 generated rows, each size in a fresh Node process (a process that already ran the small
// size has a warmer JIT and a different heap, which hides or inflates growth). Reported: the time
// (wall and CPU), the time per row, the share of it spent in garbage collection, and 1M ÷ 100k
// (linear: ≤ 11) on CPU time, best of BENCH_LINEAR_RUNS (default 3) processes per size. CPU time,
// because on a shared machine the wall time of a 10-second run includes waiting for a core: on the
// 2-core review machine under load the wall ratio of one and the same build swung 7.9–24× while its
// CPU ratio stayed within 10–12×. The wall ratio is reported too (`…1MOver100kWall`).
// Figures, never assertions: bench/run.js flags the ratio against its budget.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./linear-child.js', import.meta.url));
const RUNS = Number(process.env.BENCH_LINEAR_RUNS ?? 3);
const SIZES = [100_000, 1_000_000];

/** One timed call of `model` on n rows in a fresh process: { ms, cpuMs, gcMs }. */
function once(model, n) {
  const r = spawnSync(process.execPath, ['--expose-gc', child, model, String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${model} at ${n} rows failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The model's figures at 100,000 and 1,000,000 rows (best of BENCH_LINEAR_RUNS fresh processes each). */
export function linearFigures(model) {
  const out = {};
  const cpu = {};
  const wall = {};
  for (const n of SIZES) {
    const runs = Array.from({ length: RUNS }, () => once(model, n));
    const b = runs.reduce((a, x) => (x.cpuMs < a.cpuMs ? x : a));
    cpu[n] = b.cpuMs;
    wall[n] = Math.min(...runs.map((x) => x.ms));
    const k = n === 1_000_000 ? '1M' : `${n / 1000}k`;
    out[`${model}${k}Ms`] = Math.round(wall[n]);
    out[`${model}${k}CpuMs`] = Math.round(b.cpuMs);
    out[`${model}${k}UsPerRow`] = Math.round(((b.cpuMs * 1000) / n) * 100) / 100;
    out[`${model}${k}GcShare`] = Math.round((b.gcMs / b.ms) * 100) / 100;
  }
  out[`${model}1MOver100k`] = Math.round((cpu[1_000_000] / cpu[100_000]) * 100) / 100;
  out[`${model}1MOver100kWall`] = Math.round((wall[1_000_000] / wall[100_000]) * 100) / 100;
  return out;
}
