/**
 * The virtualised, keyboard-driven list of a risk panel as a reactive
 * controller: the scroll position, the measured heights (a closed row, the
 * viewport, each open row), which rows are open and which is active, the
 * window of rows to render (a fixed pool of slots: src/views/virtual-window.ts),
 * the keys (arrows, Home, End, PageUp/PageDown, Enter, Escape) and clicks on
 * row heads, focus kept on the active row while its slot moves, and
 * scrolling a row into view. Measuring happens in the next frame, never
 * inside the update or a ResizeObserver callback (that would loop).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  keyTarget,
  listWindow,
  openRowsOf,
  pageRows,
  positionAt,
  scrollToShow,
  topOf,
  type ListWindow,
  type OpenRow,
} from '../../../src/views/virtual-window.js';
import { sameValues } from '../../../src/views/risk-view.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment; isConnected: boolean };

/** The rows the list shows, as the panel knows them. */
export interface ListRows {
  /** Rows shown. */
  count(): number;
  /** The input index of the row at display position p. */
  indexAt(p: number): number;
  /** The display position of input row i (−1: not shown). */
  positionOf(i: number): number;
  /** Open or close the row at display position p (opening selects it). */
  toggle(p: number): void;
}

export class VirtualList implements ReactiveController {
  /** Height of a closed row and of the viewport (measured). */
  rowH = 44;
  viewH = 480;
  scrollY = 0;
  /** The active row's display position (the one in the tab order). */
  active = 0;
  /** Input indexes of the open rows. */
  opened: ReadonlySet<number> = new Set();

  private heights = new Map<number, number>();
  /** The pending update was asked for by a scroll. */
  private scrolled = false;
  private pool = 0;
  private focusActive = false;
  private listHadFocus = false;
  private scrollQueued = false;
  private measureQueued = false;
  /** What the last layout measured depended on: a change measures again. */
  private measuredFor: readonly unknown[] = [];
  private layoutKey: readonly unknown[] = [];
  private resize?: ResizeObserver;
  /** A row to make active (and open) once a first screenful gives way to the sorted list. */
  private pendingFollow: { index: number; open: boolean } | null = null;
  private revealActive = false;
  /** What the rows showed at the last window (a change renders the rows in view first), and whether any was rendered. */
  private content: readonly unknown[] = [];
  private rendered = false;
  private fillQueued = false;

  constructor(
    private readonly host: Host,
    private readonly rows: ListRows,
  ) {
    host.addController(this);
  }

  private get list(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.list');
  }

  hostUpdate(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const ae = this.list ? root.activeElement : null;
    this.listHadFocus = !!ae && ae.classList.contains('head');
  }

  hostUpdated(): void {
    const list = this.list;
    if (!list) return;
    if (this.revealActive) {
      // The sorted list is rendered now (its full height): in the next frame, scroll the followed row into view and focus it.
      this.revealActive = false;
      requestAnimationFrame(() => {
        if (this.host.isConnected) this.moveTo(this.active);
      });
    }
    if (!this.resize && typeof ResizeObserver !== 'undefined')
      this.resize = new ResizeObserver(() => this.queueMeasure());
    if (this.resize && list.dataset.observed !== '1') {
      list.dataset.observed = '1';
      this.resize.disconnect();
      this.resize.observe(list);
    }
    // A scroll alone changes no height unless an open row comes into view unmeasured.
    if (!sameValues(this.layoutKey, this.measuredFor) || this.unmeasuredOpenRow(list)) {
      this.measuredFor = this.layoutKey;
      this.queueMeasure();
    }
    const ae = (this.host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    // Keep focus on the active row when its slot moved or was given to another row.
    const lost = this.listHadFocus && (!ae || !ae.classList.contains('head') || Number(ae.dataset.pos) !== this.active);
    if (this.focusActive || lost) {
      this.focusActive = false;
      list.querySelector<HTMLElement>(`.head[data-pos="${this.active}"]`)?.focus({ preventScroll: true });
    }
  }

  hostDisconnected(): void {
    this.resize?.disconnect();
    this.resize = undefined;
    this.list?.removeAttribute('data-observed');
  }

  /**
   * Whether an update with no property changed was asked for by a scroll
   * alone (then only the rows coming into view render). Call once per update.
   */
  scrollOnly(changedProperties: number): boolean {
    const only = this.scrolled && changedProperties === 0;
    this.scrolled = false;
    return only;
  }

  /** New data: row indexes mean other rows now. */
  reset(): void {
    this.opened = new Set();
    this.active = 0;
    this.pendingFollow = null;
  }

  /**
   * A first screenful gives way to the sorted list of the same rows: the row
   * a user opened there opens where it lands, and a focused row keeps the
   * focus (found by its input index `activeIndex`); else the list starts at
   * its first row. `follow()` applies it once the sorted view is computed.
   */
  settle(activeIndex: number): void {
    const root = this.host.renderRoot as ShadowRoot;
    const focused = !!this.list && !!root.activeElement?.classList.contains('head');
    if (!this.pendingFollow && focused && activeIndex >= 0) this.pendingFollow = { index: activeIndex, open: false };
    if (!this.pendingFollow) this.active = 0;
  }

  /** Open a row of a first screenful once the list is sorted (it is made active meanwhile). */
  openWhenSettled(index: number, p: number): void {
    this.pendingFollow = { index, open: true };
    this.active = p;
    this.host.requestUpdate();
  }

  /**
   * After the view of a settled list is computed: make the followed row
   * active (scrolled into view and focused after the render), opened when
   * it was asked to open. Returns its input index when it opened (the
   * panel selects it), else null.
   */
  follow(): number | null {
    const f = this.pendingFollow;
    if (!f) return null;
    this.pendingFollow = null;
    const p = this.rows.positionOf(f.index);
    if (p < 0) {
      this.active = 0;
      return null;
    }
    this.active = p;
    this.revealActive = true;
    return f.open && this.toggle(f.index, p) ? f.index : null;
  }

  /** Forget measured open rows (a new assessment may change their content). */
  clearHeights(): void {
    this.heights.clear();
  }

  /**
   * The window to render for a view of n rows; `positionOf(i)` is the
   * display position of input row i. `layout` lists what the rows' content
   * depends on besides scrolling: when it changes, heights are measured again.
   */
  window(n: number, layout: readonly unknown[]): ListWindow & { open: OpenRow[] } {
    const open = this.openRows();
    const w = listWindow({
      n,
      scrollY: this.scrollY,
      viewH: this.viewH,
      rowH: this.rowH,
      open,
      active: this.active,
      pool: this.pool,
    });
    this.pool = w.pool;
    this.layoutKey = [n, this.opened, this.rowH, this.viewH, ...layout];
    const fresh = !sameValues(layout, this.content);
    this.content = layout;
    if (!fresh || !this.rendered || !w.slots.length) {
      this.rendered = true;
      return { ...w, open };
    }
    // Rows that all show something new (a search cleared, a new sort): the rows in view in this update, the
    // ones beyond its edges (same slot keys) in a task after the frame paints, so neither task renders both (issue 11).
    const first = positionAt(this.scrollY, n, this.rowH, open);
    const last = positionAt(this.scrollY + this.viewH, n, this.rowH, open);
    const slots = w.slots.filter((p) => p === w.active || (p >= first && p <= last));
    if (slots.length < w.slots.length) this.queueFill();
    return { ...w, slots, open };
  }

  private queueFill(): void {
    if (this.fillQueued) return;
    this.fillQueued = true;
    const fill = (): void => {
      if (!this.fillQueued) return;
      this.fillQueued = false;
      this.host.requestUpdate();
    };
    // In a task after the frame paints; a page that runs no frames (a background tab) fills on a timer.
    requestAnimationFrame(() => setTimeout(fill));
    setTimeout(fill, 1000);
  }

  topOf(p: number, open: readonly OpenRow[]): number {
    return topOf(p, this.rowH, open);
  }

  /** Open or close a row (by input index and display position); true when it opened. */
  toggle(index: number, p: number): boolean {
    const next = new Set(this.opened);
    this.active = p;
    const opened = !next.delete(index);
    if (opened) next.add(index);
    this.opened = next;
    this.host.requestUpdate();
    return opened;
  }

  /** Make display position p active (clamped to the rows shown), scrolled into view and focused. */
  moveTo(p: number): void {
    const n = this.rows.count();
    if (!n) return;
    this.active = Math.max(0, Math.min(n - 1, p));
    const list = this.list;
    if (list) {
      const top = topOf(this.active, this.rowH, this.openRows());
      const i = this.rows.indexAt(this.active);
      const h = this.opened.has(i) ? (this.heights.get(i) ?? this.rowH * 4) : this.rowH;
      list.scrollTop = scrollToShow(top, top + h, list.scrollTop, list.clientHeight);
      this.scrollY = list.scrollTop;
    }
    this.focusActive = true;
    this.host.requestUpdate();
  }

  /** A click on a row head opens or closes it. */
  onClick = (e: Event): void => {
    const head = (e.target as Element).closest<HTMLElement>('.head');
    if (head?.dataset.pos) this.rows.toggle(Number(head.dataset.pos));
  };

  /** Keys on a row head: arrows, Home, End, PageUp/PageDown move; Escape closes an open row (Enter is the button's click). */
  onKey = (e: KeyboardEvent): void => {
    const head = (e.target as Element).closest<HTMLElement>('.head');
    if (!head?.dataset.pos) return;
    const p = Number(head.dataset.pos);
    const to = keyTarget(e.key, p, this.rows.count(), pageRows(this.viewH, this.rowH));
    if (to === null) return;
    if (to === 'close') {
      if (this.opened.has(this.rows.indexAt(p))) {
        e.preventDefault();
        this.rows.toggle(p);
      }
      return;
    }
    e.preventDefault();
    this.moveTo(to);
  };

  /** The list scrolled: render the new window in the next frame. */
  onScroll = (e: Event): void => {
    const list = e.currentTarget as HTMLElement;
    if (this.scrollQueued) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      if (this.scrollY === list.scrollTop) return;
      this.scrollY = list.scrollTop;
      this.scrolled = true;
      this.host.requestUpdate();
    });
  };

  private openRows(): OpenRow[] {
    if (!this.opened.size) return [];
    return openRowsOf(
      this.opened,
      (i) => this.rows.positionOf(i),
      (i) => this.heights.get(i),
      this.rowH,
    );
  }

  private unmeasuredOpenRow(list: HTMLElement): boolean {
    if (!this.opened.size) return false;
    for (const el of list.querySelectorAll<HTMLElement>('.item.open'))
      if (!this.heights.has(Number(el.dataset.i))) return true;
    return false;
  }

  private queueMeasure(): void {
    if (this.measureQueued) return;
    this.measureQueued = true;
    requestAnimationFrame(() => {
      this.measureQueued = false;
      this.measure();
    });
  }

  /** Read the row heights and viewport the layout needs; render again when they changed. */
  private measure(): void {
    const list = this.list;
    if (!list) return;
    let again = false;
    const vh = list.clientHeight;
    if (vh && vh !== this.viewH) {
      this.viewH = vh;
      again = true;
    }
    const closed = list.querySelector<HTMLElement>('.item:not(.open)');
    if (closed?.offsetHeight && closed.offsetHeight !== this.rowH) {
      this.rowH = closed.offsetHeight;
      again = true;
    }
    list.querySelectorAll<HTMLElement>('.item.open').forEach((el) => {
      const i = Number(el.dataset.i);
      const h = el.offsetHeight;
      if (h && this.heights.get(i) !== h) {
        this.heights.set(i, h);
        again = true;
      }
    });
    if (again) this.host.requestUpdate();
  }
}
