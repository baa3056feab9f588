/**
 * What a risk panel's list view needs to stay fast on 100,000 rows: a search
 * index built once per assessment (one lower-cased string, searched with the
 * engine's own indexOf) and a stable sort that can run in steps, so a long
 * sort never blocks the page in one task.
 * Pure: no DOM, runs in Node, workers and the page.
 */

/** Row texts joined into one lower-cased string; `starts[k]` is where row k begins. */
export interface SearchIndex {
  text: string;
  /** n + 1 offsets: row k spans [starts[k], starts[k + 1] − 1) (a newline ends each row). */
  starts: Int32Array;
}

/**
 * Build the index from one text per row (name, id, owner… joined by the
 * caller), yielding every `step` rows so a long list is indexed between
 * frames. Line breaks inside a text become spaces, so no match spans two rows.
 */
export function* searchIndexSteps(
  n: number,
  textAt: (k: number) => string,
  step = 10_000,
): Generator<void, SearchIndex, void> {
  const starts = new Int32Array(n + 1);
  const parts = new Array<string>(n);
  let at = 0;
  for (let k = 0; k < n; k++) {
    if (k && k % step === 0) yield;
    const t = textAt(k)
      .toLowerCase()
      .replace(/[\n\r]/g, ' ');
    parts[k] = t;
    starts[k] = at;
    at += t.length + 1;
  }
  starts[n] = at;
  if (n > step) yield;
  return { text: parts.join('\n') + (n ? '\n' : ''), starts };
}

/** The search index of one text per row, at once. */
export const buildSearchIndex = (texts: ArrayLike<string>): SearchIndex =>
  drainSteps(searchIndexSteps(texts.length, (k) => texts[k]!));

/** The row whose span holds offset `pos` (binary search over starts). */
function rowAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Rows whose text contains `query` (trimmed, case-insensitive), as a 0/1
 * mark per row; null for an empty query (everything matches).
 */
export function searchRows(index: SearchIndex, query: string): Uint8Array | null {
  const q = query
    .trim()
    .toLowerCase()
    .replace(/[\n\r]/g, ' ');
  if (!q) return null;
  const n = index.starts.length - 1;
  const hit = new Uint8Array(n);
  let pos = index.text.indexOf(q);
  while (pos >= 0) {
    const k = rowAt(index.starts, pos);
    hit[k] = 1;
    pos = index.text.indexOf(q, index.starts[k + 1]!);
  }
  return hit;
}

/** Work units (comparisons) between two yields of sortSteps. */
export const SORT_STEP = 30_000;

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
