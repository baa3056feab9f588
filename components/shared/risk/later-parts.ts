/**
 * What a risk panel draws after its first rows (the views under the list, the rules editor): their code
 * (`RiskPanelConfig.later`, lazy-view.ts modules) loads once the first full list is painted, so it is not
 * among the files the first rows wait for; the parts are drawn once it is in. `updateComplete` waits for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../first-screen.js';

export interface LaterPartsOptions {
  /** The code to load (none: the parts are drawn with the list). */
  later: () => readonly { loaded(): Promise<void> }[] | undefined;
  /** A full list is shown (not nothing, not the first screenful of a long list). */
  ready: () => boolean;
  /** The element's `waitFor` (its `updateComplete` waits for the load). */
  waitFor: (load: Promise<unknown>) => void;
}

export class LaterParts implements ReactiveController {
  private loading?: Promise<unknown>;
  private in = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: LaterPartsOptions,
  ) {
    host.addController(this);
  }

  /** Whether the parts are drawn: their code is in, or there is none to load. */
  get drawn(): boolean {
    return this.in || !this.o.later();
  }

  hostUpdated(): void {
    const later = this.o.later();
    if (!later || this.loading || !this.o.ready()) return;
    this.loading = afterNextPaint()
      .then(() => Promise.all(later.map((l) => l.loaded())))
      .then(() => {
        this.in = true;
        this.host.requestUpdate();
      });
    this.o.waitFor(this.loading);
  }
}
