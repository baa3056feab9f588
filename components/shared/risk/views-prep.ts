/**
 * A new long view prepared before the views under a risk panel's list draw it (later-parts.ts): once the views
 * are drawn, a search cleared, a new sort or a filter that shows 10,000 rows or more has what the views compute
 * over it (the configuration's `prepareViews`: the opportunity panel's rep roll-up and stage figures) run in
 * steps between frames; the list shows the view at once, the views keep what they drew (the panel's guard keyed
 * by `deps`) until it is ready, and `updateComplete` waits for it. Rolled up inside the update that showed the
 * list, the rep roll-up over 100,000 rows was 40 % of a task of 35–40 ms of CPU (traced). Loaded with the parts
 * drawn after the first rows (later-code.ts), so the first rows do not wait for it.
 */
import type { ReactiveControllerHost } from 'lit';
import { sameValues } from '../../../src/views/risk-view.js';
import { runInTasks } from './background.js';

/** Views of this many rows or more are prepared in steps before the views draw them (fewer: in the update). */
export const PREPARE_VIEW_MIN = 10_000;

export interface ViewsPrepOptions {
  /** What the views compute over the view shown, in steps (none: they compute it when drawn). */
  prepare?: () => Iterator<unknown, unknown, void> | undefined;
  /** The rows the list shows (as of this update). */
  view: () => ArrayLike<number>;
  /** The element is on the page (a preparation stops when it leaves). */
  connected: () => boolean;
  /** The element's `waitFor` (its `updateComplete` waits for the preparation). */
  waitFor: (load: Promise<unknown>) => void;
}

export class ViewsPrep {
  /** The view the views last drew (or may draw: prepared), and the panel's keys they drew with. */
  private drawnView?: ArrayLike<number>;
  private drawnDeps: unknown[] = [];
  /** The view being prepared, and whether its steps are done. */
  private job?: { view: ArrayLike<number>; done: boolean };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: ViewsPrepOptions,
  ) {}

  /** Before each render once the views are drawn: a new long view starts its preparation. */
  update(): void {
    const view = this.o.view();
    if (this.job?.view === view) return;
    // A preparation under way stops (a newer view). The first view drawn was prepared before the views were; a
    // short one, or the view drawn again, is prepared in its update.
    this.job = undefined;
    const steps =
      this.drawnView && view !== this.drawnView && view.length >= PREPARE_VIEW_MIN ? this.o.prepare?.() : undefined;
    if (!steps) {
      this.drawnView = view;
      return;
    }
    const job: { view: ArrayLike<number>; done: boolean } = (this.job = { view, done: false });
    this.o.waitFor(
      runInTasks(steps, () => this.job !== job || !this.o.connected()).then((done) => {
        if (done && this.job === job) {
          job.done = true;
          this.host.requestUpdate();
        }
      }),
    );
  }

  /**
   * The keys of the views' guard for this render (`deps`: the panel's): these, or while a new long view is
   * being prepared those the views last drew with, so the guard keeps what they drew until it is ready.
   */
  deps(deps: unknown[]): unknown[] {
    if (this.job?.done) {
      this.drawnView = this.job.view;
      this.job = undefined;
    }
    if (!this.job && !sameValues(deps, this.drawnDeps)) this.drawnDeps = deps;
    return this.drawnDeps;
  }
}
