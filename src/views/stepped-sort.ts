/**
 * A stable sort that runs in steps (a generator), so sorting 100,000 rows
 * never blocks the page in one task, and the helper that runs such a step
 * generator to its end.
 * Pure: no DOM, runs in Node, workers and the page.
 */

/** Work units (comparisons) between two yields of sortSteps (a few milliseconds with a collator). */
export const SORT_STEP = 5_000;

/**
 * Positions 0..n−1 sorted by `compare` (ties keep position order: a stable
 * sort), as a generator that yields about every `step` comparisons: sorted
 * runs, then bottom-up merges. Drain it for a sort at once.
 */
export function* sortSteps(
  n: number,
  compare: (x: number, y: number) => number,
  step = SORT_STEP,
): Generator<void, Int32Array, void> {
  const cmp = (x: number, y: number): number => compare(x, y) || x - y;
  let a = new Int32Array(n);
  for (let p = 0; p < n; p++) a[p] = p;
  // Runs small enough that one sort is about one step.
  const run = Math.max(16, Math.min(n, Math.floor(step / 14)));
  let work = 0;
  for (let s = 0; s < n; s += run) {
    const e = Math.min(n, s + run);
    a.subarray(s, e).sort(cmp);
    work += (e - s) * Math.log2(Math.max(2, e - s));
    if (work >= step) {
      work = 0;
      yield;
    }
  }
  let b = new Int32Array(n);
  for (let width = run; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let o = lo;
      while (i < mid && j < hi) {
        b[o++] = cmp(a[j]!, a[i]!) < 0 ? a[j++]! : a[i++]!;
        if (++work >= step) {
          work = 0;
          yield;
        }
      }
      while (i < mid) b[o++] = a[i++]!;
      while (j < hi) b[o++] = a[j++]!;
    }
    [a, b] = [b, a];
  }
  return a;
}

/** Run a step generator to its end and return its value. */
export function drainSteps<T>(it: Generator<void, T, void>): T {
  for (;;) {
    const s = it.next();
    if (s.done) return s.value;
  }
}
