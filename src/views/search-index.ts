/**
 * A search index for a long list: one lower-cased string built once per
 * assessment and searched with the engine's own indexOf, so a search over
 * 100,000 rows is a few string scans, not 100,000 substring tests. It can be
 * built in steps between frames.
 * Pure: no DOM, runs in Node, workers and the page.
 */
import { drainSteps } from './stepped-sort.js';

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
  step = 2_000,
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
  // One join with the last row's newline in it: \`join() + '\n'\` made a cons string, which the first search
  // flattened (copied) inside its task: 10–14 ms of 100,000 rows' 3.4 MB in Node, most of a search's update.
  if (n) parts.push('');
  return { text: parts.join('\n'), starts };
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
    pos = index.text.indexOf(q, index.starts[k + 1]);
  }
  return hit;
}
