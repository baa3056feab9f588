/**
 * A risk panel's row details in a side drawer (a panel whose config sets
 * `drawer`): the list stays visible beside it, the drawer is a labelled
 * non-modal dialog whose heading takes the focus when it opens, Escape or the
 * close button closes it and the focus goes back to the row. In a narrow
 * column (≤ 600 px) it lies over the list instead of beside it.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DrawerProps, riskDrawer } from './drawer-view.js';

/** What the drawer shows of a row: its name, level and details (null when the row is no longer in the assessment). */
export type DrawerRow = Pick<DrawerProps, 'name' | 'level' | 'detail'> | null;

/**
 * Which row the drawer shows (input index, null: closed), opening it with the
 * focus on its heading and closing it with the focus back on the row.
 */
export class RowDrawer {
  row: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** Put the focus back on the row of input index i (the list scrolls it into view). */
    private readonly back: (index: number) => void,
  ) {}

  open(index: number): void {
    this.row = index;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#drawer-h')?.focus());
  }

  close = (): void => {
    const i = this.row;
    if (i === null) return;
    this.row = null;
    this.host.requestUpdate();
    this.back(i);
  };

  /** The list's keys with Escape closing the drawer first. */
  keys =
    (next: (e: KeyboardEvent) => void) =>
    (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || this.row === null) return next(e);
      e.preventDefault();
      this.close();
    };

  /** The drawer of the row it shows (`show` gives what it shows), or nothing. */
  render(
    closeLabel: string,
    show: (index: number) => DrawerRow,
    view: typeof riskDrawer,
  ): TemplateResult | typeof nothing {
    const i = this.row;
    const r = i === null ? null : show(i);
    return r && i !== null ? view({ index: i, closeLabel, onClose: this.close, ...r }) : nothing;
  }
}
