/**
 * What a risk panel draws after its first rows (the views under the list, the rules editor): their code
 * (`RiskPanelConfig.later`, lazy-view.ts modules) loads once the first full list is painted, so it is not
 * among the files the first rows wait for; the parts are drawn once it is in, in two updates a painted
 * frame apart: the views first (`viewsDrawn`), then the rest (`drawn`: the rules editor, the plans). Drawn in
 * one update, their templates were all prepared at once (23 of them, on a cold page, with the views' roll-up
 * over every row): a task of 50–60 ms. `updateComplete` waits for both.
 *
 * Once drawn, a new long view is prepared before the views show it (views-prep.ts, loaded with that code).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../first-screen.js';
import { runInTasks, yieldToMain } from './background.js';
import { viewsPrepCode } from './later-code.js';
import type { ViewsPrep } from './views-prep.js';

/**
 * After the next paint, in a task of its own: afterNextPaint resolves in a frame callback, where an update
 * then ran together with that frame's style and layout of what it drew (20 + 20 ms in one task, traced).
 */
const afterPaintTask = (): Promise<void> => afterNextPaint().then(yieldToMain);

export interface LaterPartsOptions {
  /** The code to load (none: the parts are drawn with the list). */
  later: () => readonly { loaded(): Promise<void> }[] | undefined;
  /** A full list is shown (not nothing, not the first screenful of a long list). */
  ready: () => boolean;
  /** The element's `waitFor` (its `updateComplete` waits for the load). */
  waitFor: (load: Promise<unknown>) => void;
  /** What the views compute in steps before they are first drawn (runInTasks, once their code is in). */
  prepare?: () => Iterator<unknown, unknown, void> | undefined;
  /** The rows the list shows (as of this update): a new long one is prepared before the views draw it. */
  view: () => ArrayLike<number>;
  /** The element is on the page (a preparation stops when it leaves). */
  connected: () => boolean;
}

export class LaterParts implements ReactiveController {
  private loading?: Promise<unknown>;
  /** 0: nothing drawn yet; 1: the views; 2: every part. */
  private stage = 0;
  private rest?: Promise<unknown>;
  private prep?: ViewsPrep;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: LaterPartsOptions,
  ) {
    host.addController(this);
  }

  /** Whether every part is drawn: their code is in and the views were drawn, or there is none to load. */
  get drawn(): boolean {
    return this.stage === 2 || !this.o.later();
  }

  /** Whether the views are drawn (the first of the parts). */
  get viewsDrawn(): boolean {
    return this.stage > 0 || !this.o.later();
  }

  /** Before the panel renders, once the views are drawn: a new long view starts its preparation. */
  hostUpdate(): void {
    const code = this.stage ? viewsPrepCode(this.host) : undefined;
    if (code) (this.prep ??= new code.ViewsPrep(this.host, this.o)).update();
  }

  /** The keys of the views' guard for this render (`deps`: the panel's; views-prep.ts). */
  viewsDeps(deps: unknown[]): unknown[] {
    return this.prep ? this.prep.deps(deps) : deps;
  }

  hostUpdated(): void {
    const later = this.o.later();
    if (!later) return;
    if (this.stage === 1 && !this.rest) {
      // The update that drew the views is done: the rest once its frame is painted.
      this.rest = afterPaintTask().then(() => {
        this.stage = 2;
        this.host.requestUpdate();
      });
      this.o.waitFor(this.rest);
    }
    if (this.loading || !this.o.ready()) return;
    this.loading = afterNextPaint()
      .then(() => Promise.all(later.map((l) => l.loaded())))
      .then((): Promise<unknown> => {
        const steps = this.o.prepare?.();
        return steps ? runInTasks(steps, () => false) : yieldToMain();
      })
      .then(() => {
        this.stage = 1;
        this.host.requestUpdate();
      });
    this.o.waitFor(this.loading);
  }
}
