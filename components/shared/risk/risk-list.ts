/**
 * Templates of a risk panel's rows: the virtualised list (count line,
 * column headings, the scrolling list with its sizer and a pool of row
 * slots), one row (its head button and, when open, its details), the
 * compact card for one record, and what an empty list says. Rows are
 * placed through the CSSOM (`styleProps`), never a `style` attribute, so a
 * strict Content-Security-Policy still shows them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Level } from '../../../src/models/signals.js';
import type { RiskStrings } from '../../../src/i18n/risk.js';
import type { Formatter } from '../../../src/i18n/format.js';
import { slotKey, type ListWindow } from '../../../src/views/virtual-window.js';
import { styleProps } from '../style-props.js';

export interface ListProps {
  r: RiskStrings;
  f: Formatter;
  /** The list's accessible name. */
  title: string;
  /** Rows assessed, and the output rows shown in display order. */
  total: number;
  view: Int32Array;
  sorting: boolean;
  window: ListWindow;
  /** The toolbar (guarded by the panel). */
  toolbar: unknown;
  columns: TemplateResult;
  /** The row at display position p (guarded by the panel). */
  row: (p: number) => unknown;
  onScroll: (e: Event) => void;
  onClick: (e: Event) => void;
  onKey: (e: KeyboardEvent) => void;
  /** A panel with a side drawer: the drawer (or nothing while no row is open in it). */
  drawer?: unknown;
}

export function listView(o: ListProps): TemplateResult {
  const { r, f, view } = o;
  const n = view.length;
  return html`${o.toolbar}
    <p part="count" class="weak count" role="status" aria-live="polite">
      ${r.showing(f.integer(n), f.integer(o.total))}${
        o.sorting ? html` · <span class="sorting">${r.sorting}</span>` : nothing
      } <span class="visually-hidden">. ${r.listHint}</span>
    </p>
    ${n ? (o.drawer === undefined ? rows(o) : withDrawer(rows(o), o.drawer)) : html`<p part="no-match" class="weak">${r.noMatch}</p>`}`;
}

/** The column heads and the scrolling list of row slots. */
function rows(o: ListProps): TemplateResult {
  const w = o.window;
  return html`<div class="columns" aria-hidden="true">${o.columns}</div>
    <div class="list" part="list" @scroll=${o.onScroll} @click=${o.onClick} @keydown=${o.onKey}>
      <div class="sizer" role="list" aria-label=${o.title} ${styleProps({ height: `${w.height}px` })}>
        ${repeat(
          w.slots,
          (p) => slotKey(w, p),
          (p) => o.row(p),
        )}
      </div>
    </div>`;
}

/** The list with the drawer beside it (risk-drawer.ts lays it over the list in a narrow column). */
const withDrawer = (list: TemplateResult, drawer: unknown): TemplateResult =>
  html`<div class="list-area ${drawer === nothing ? '' : 'has-drawer'}">
    <div class="list-col">${list}</div>
    ${drawer}
  </div>`;

export interface RowProps {
  /** Display position, rows shown, and the active position. */
  p: number;
  n: number;
  active: number;
  /** Input index of the row. */
  index: number;
  level: Level;
  top: number;
  open: boolean;
  /** Its details are shown elsewhere (the side drawer, id d<index>). */
  expanded?: boolean;
  /** A template, or a directive over one (the panel guards it). */
  head: unknown;
  /** The details of an open row. */
  detail: () => unknown;
}

/** One row: a button that opens it (roving tab index), its details when open. */
export function listRow(o: RowProps): TemplateResult {
  const { p, index, open } = o;
  const shown = open || !!o.expanded;
  return html`<div
    role="listitem"
    class="item ${open ? 'open' : ''} ${o.expanded ? 'current' : ''}"
    data-i=${index}
    data-level=${o.level}
    aria-posinset=${p + 1}
    aria-setsize=${o.n}
    ${styleProps({ top: `${o.top}px` })}
  >
    <button
      type="button"
      class="head"
      part="row"
      id="h${index}"
      data-pos=${p}
      tabindex=${p === o.active ? 0 : -1}
      aria-expanded=${shown ? 'true' : 'false'}
      aria-controls=${ifDefined(shown ? `d${index}` : undefined)}
    >
      ${o.head}
    </button>
    ${open ? html`<div class="detail" part="detail" id="d${index}">${o.detail()}</div>` : nothing}
  </div>`;
}

export interface CardProps {
  level: Level;
  name: string;
  open: boolean;
  hint: string;
  head: TemplateResult;
  detail: () => TemplateResult;
  onActivate: () => void;
}

/** One record: a compact card (no pipeline header, no list); its head selects the record. */
export function singleCard(o: CardProps): TemplateResult {
  return html`<article part="card" class="card" data-level=${o.level} aria-label=${o.name}>
    <button
      type="button"
      class="card-head"
      part="row"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls=${ifDefined(o.open ? 'card-detail' : undefined)}
      aria-describedby="card-hint"
      @click=${o.onActivate}
    >
      ${o.head}
    </button>
    <span id="card-hint" class="visually-hidden">${o.hint}</span>
    ${o.open ? html`<div class="detail" part="detail" id="card-detail">${o.detail()}</div>` : nothing}
  </article>`;
}

/** Nothing to list: no rows at all (all skipped, or an empty list). */
export function nothingToList(text: string, skipped: number, r: RiskStrings, f: Formatter): TemplateResult {
  return html`<p part="empty" class="weak">
    ${text}${skipped ? html` ${r.allSkipped(skipped, f.integer(skipped))}` : nothing}
  </p>`;
}
