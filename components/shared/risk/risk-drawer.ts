/**
 * A risk panel's row details in a side drawer (a panel whose config sets
 * `drawer`): the list stays visible beside it, the drawer is a labelled
 * non-modal dialog whose heading takes the focus when it opens, Escape or the
 * close button closes it and the focus goes back to the row. In a narrow
 * column (≤ 600 px) it lies over the list instead of beside it.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface DrawerProps {
  /** Input index of the row shown. */
  index: number;
  /** The record's name (the drawer's heading). */
  name: string;
  level: string;
  closeLabel: string;
  detail: TemplateResult;
  onClose: () => void;
}

/** The drawer: heading, close button, the row's details. */
export function riskDrawer(o: DrawerProps): TemplateResult {
  return html`<div
    part="drawer"
    class="drawer"
    id="d${o.index}"
    role="dialog"
    aria-modal="false"
    aria-labelledby="drawer-h"
    data-i=${o.index}
    data-level=${o.level}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      o.onClose();
    }}
  >
    <header class="drawer-head">
      <h3 id="drawer-h" tabindex="-1">${o.name}</h3>
      <button type="button" class="drawer-close" part="drawer-close" @click=${o.onClose}>${o.closeLabel}</button>
    </header>
    <div class="detail drawer-body" part="detail">${o.detail}</div>
  </div>`;
}

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
  render(closeLabel: string, show: (index: number) => DrawerRow): TemplateResult | typeof nothing {
    const i = this.row;
    const r = i === null ? null : show(i);
    return r && i !== null ? riskDrawer({ index: i, closeLabel, onClose: this.close, ...r }) : nothing;
  }
}

export const drawerStyles = css`
  .list-area {
    position: relative;
  }
  .list-area.has-drawer {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
    gap: 0.5rem;
    align-items: start;
  }
  .list-col {
    min-width: 0;
  }
  .item.current {
    background: var(--_surface-alt);
    box-shadow: inset 3px 0 0 var(--_brand);
  }
  .drawer {
    min-width: 0;
    max-height: calc(var(--_list-height) + 1.5rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overscroll-behavior: contain;
  }
  .drawer-head {
    position: sticky;
    top: 0;
    display: flex;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .drawer-head h3 {
    margin: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .drawer-body {
    padding: 0.5rem;
  }
  @container (max-width: 600px) {
    .list-area.has-drawer {
      display: block;
    }
    /* Over the list, inside the element: nothing widens the host page. */
    .drawer {
      position: absolute;
      inset: 0;
      z-index: 2;
      max-height: none;
      box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
    }
  }
`;
