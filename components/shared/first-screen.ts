/**
 * A first result drawn in two frames: the first frame shows what the user
 * came for (a planner's key figures and chart), and the rest (the
 * parameters, the tables under the chart, what to tune, the scenarios)
 * follows once that frame is painted. A funnel-forecast's first frame had
 * twice the layout and DOM work of its chart alone: its stage tables and
 * fields were most of it, below or beside a chart nobody could see yet.
 *
 * `active` is true during the update that draws the first screen; the
 * element leaves the rest out of that render and keeps `updateComplete`
 * pending until the rest is drawn (`rest`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** After the next frame has been painted, or after 500 ms for a page that paints no frames (a hidden tab). */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 500);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });

export class FirstScreen implements ReactiveController {
  /** The update under way draws the first screen only. */
  active = false;
  /** Settles once the rest has been asked for (the element then renders it). */
  rest: Promise<void> | null = null;

  /** `ready()`: whether this update may draw the first screen only (checked once per update, until it has). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.active = !this.rest && this.ready();
  }

  hostUpdated(): void {
    if (!this.active || this.rest) return;
    this.rest = afterNextPaint().then(() => {
      this.active = false;
      this.host.requestUpdate();
    });
  }
}
