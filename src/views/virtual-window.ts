/**
 * Geometry of a virtualised list of fixed-height rows, some of them open
 * (taller, measured once shown): the height of the whole list, the top of a
 * row, the row at a height, the window of rows to render with its pool of
 * slots, the scroll position that brings a row into view, and where a key
 * moves the active row. The risk panels' list controller calls these with
 * what it measured.
 * Pure: no DOM.
 */

/** An open row of the view: its display position and its height beyond a closed row's. */
export interface OpenRow {
  p: number;
  extra: number;
}

/** Rows rendered beyond each edge of the viewport. */
export const OVERSCAN = 6;

/**
 * The open rows in the view, by position. `opened` holds input indexes,
 * `positionOf(i)` is the display position of input row i (−1: not shown),
 * `heightOf(i)` its measured height (undefined: not measured yet, taken as
 * four closed rows).
 */
export function openRowsOf(
  opened: Iterable<number>,
  positionOf: (i: number) => number,
  heightOf: (i: number) => number | undefined,
  rowH: number,
): OpenRow[] {
  const out: OpenRow[] = [];
  for (const i of opened) {
    const p = positionOf(i);
    if (p >= 0) out.push({ p, extra: Math.max(0, (heightOf(i) ?? rowH * 4) - rowH) });
  }
  return out.sort((a, b) => a.p - b.p);
}

/** The height of a list of n rows. */
export function listHeight(n: number, rowH: number, open: readonly OpenRow[]): number {
  let h = n * rowH;
  for (const o of open) h += o.extra;
  return h;
}

/** The top of the row at display position p. */
export function topOf(p: number, rowH: number, open: readonly OpenRow[]): number {
  let extra = 0;
  for (const o of open) {
    if (o.p >= p) break;
    extra += o.extra;
  }
  return p * rowH + extra;
}

/** The display position of the row at height y (clamped to 0..n−1). */
export function positionAt(y: number, n: number, rowH: number, open: readonly OpenRow[]): number {
  let extra = 0;
  for (const o of open) {
    const top = o.p * rowH + extra;
    if (y < top) break;
    if (y < top + rowH + o.extra) return o.p;
    extra += o.extra;
  }
  return Math.max(0, Math.min(n - 1, Math.floor((y - extra) / rowH)));
}

export interface WindowInput {
  n: number;
  scrollY: number;
  viewH: number;
  rowH: number;
  open: readonly OpenRow[];
  /** The active row's position (always rendered, so it keeps focus). */
  active: number;
  /** The pool size so far (it only grows, so slots stay stable). */
  pool: number;
  overscan?: number;
}

export interface ListWindow {
  /** First and last position rendered in the viewport's band (to < from: none). */
  from: number;
  to: number;
  /** Positions to render in DOM order: the band, and the active row when outside it. */
  slots: number[];
  /** Slot keys run 0..pool−1 for the band (position mod pool) and `pool` for an active row outside it. */
  pool: number;
  /** The active position clamped to the view. */
  active: number;
  height: number;
}

/**
 * The rows to render. A row keeps its slot key (position mod pool) while
 * it stays in the band, so scrolling rewrites only the rows that come into
 * view; the active row outside the band gets the spare key.
 */
export function listWindow({
  n,
  scrollY,
  viewH,
  rowH,
  open,
  active,
  pool,
  overscan = OVERSCAN,
}: WindowInput): ListWindow {
  const height = listHeight(n, rowH, open);
  const first = n ? positionAt(scrollY, n, rowH, open) : 0;
  const last = n ? positionAt(scrollY + viewH, n, rowH, open) : -1;
  const from = Math.max(0, first - overscan);
  const to = Math.min(n - 1, last + overscan);
  const act = Math.min(active, Math.max(0, n - 1));
  const size = Math.max(pool, to - from + 1, Math.ceil(viewH / Math.max(1, rowH)) + 2 * overscan + 2);
  const slots: number[] = [];
  if (n && act < from) slots.push(act);
  for (let p = from; p <= to; p++) slots.push(p);
  if (n && act > to) slots.push(act);
  return { from, to, slots, pool: size, active: act, height };
}

/** The slot key of position p in a window. */
export const slotKey = (w: ListWindow, p: number): number => (p >= w.from && p <= w.to ? p % w.pool : w.pool);

/**
 * The scroll position that shows the row [top, bottom) whole: unchanged when
 * it already is, else the least scroll that does.
 */
export function scrollToShow(top: number, bottom: number, scrollTop: number, viewH: number): number {
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewH) return bottom - viewH;
  return scrollTop;
}

/**
 * Where a key moves the active row from position p in a list of n rows
 * (`page` rows per PageUp/PageDown): a position (clamped later), `close`
 * for Escape, null for a key the list does not use.
 */
export function keyTarget(key: string, p: number, n: number, page: number): number | 'close' | null {
  switch (key) {
    case 'ArrowDown':
      return p + 1;
    case 'ArrowUp':
      return p - 1;
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    case 'PageDown':
      return p + page;
    case 'PageUp':
      return p - page;
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** Rows per PageUp/PageDown: a viewport less one row, at least one. */
export const pageRows = (viewH: number, rowH: number): number => Math.max(1, Math.floor(viewH / rowH) - 1);
