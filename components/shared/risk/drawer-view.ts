/**
 * A risk panel's side drawer: its template and styles (risk-drawer.ts keeps which row it shows). The panel that
 * has a drawer (churn-alert-panel) gives them in its configuration (`drawer: DRAWER`), so the panels without one
 * do not load them.
 */
import { css, html, type TemplateResult } from 'lit';

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

/** The drawer a panel configuration gives (risk-config.ts `drawer`). */
export const DRAWER = { view: riskDrawer, styles: drawerStyles };
