/**
 * A risk panel's assessment as a list or a card, wired from its configuration:
 * the window of the virtual list, each row kept as rendered while nothing it
 * shows changed, and the one-record card (templates: risk-list.ts).
 */
import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { RiskRow } from '../../../src/risk/engine.js';
import type { LevelCounts } from '../../../src/models/signals.js';
import type { Locale } from '../../../src/i18n/format.js';
import { listRow, listView, nothingToList, singleCard } from './risk-list.js';
import type { VirtualList } from './virtual-list-controller.js';
import type { DrawerRow } from './risk-drawer.js';
import type { RiskContext, RiskPanelConfig, RiskRun } from './risk-config.js';

interface Shown<P, R extends RiskRow, Rec, Rules, S extends LevelCounts, X> {
  run: RiskRun<R, Rules, S>;
  config: RiskPanelConfig<P, R, Rec, Rules, S, X>;
  ctx: RiskContext<P, Rules, X>;
  loc: Locale;
  /** Plans people own (issue 14): a row's overdue badge and its plan, when the panel has plans. */
  plans?: { badge(row: R): unknown; detail(row: R, rec: Rec): unknown } | undefined;
}

export interface PanelListProps<P, R extends RiskRow, Rec, Rules, S extends LevelCounts, X> extends Shown<
  P,
  R,
  Rec,
  Rules,
  S,
  X
> {
  /** Output rows shown, in display order. */
  view: Int32Array;
  list: VirtualList;
  /** Bumped when something a row shows changed (not on scrolling). */
  version: number;
  sorting: boolean;
  toolbar: unknown;
  /** A panel whose config sets `drawer`: the row shown in the drawer (input index, null: none) and the drawer. */
  drawerRow?: number | null;
  drawer?: unknown;
  /** Keys on the list (the panel's: Escape closes the drawer). */
  onKey: (e: KeyboardEvent) => void;
}

export function panelList<P, R extends RiskRow, Rec, Rules, S extends LevelCounts, X>(
  o: PanelListProps<P, R, Rec, Rules, S, X>,
): TemplateResult {
  const { run, config: c, ctx, view, list, version } = o;
  const { r, f } = ctx;
  const a = run.assessed;
  // A first screenful counts against the whole list.
  const total = run.partial ? a.list.length : a.facets.level.length;
  if (!total) return nothingToList(c.words(o.loc).nothingToShow, a.result.invalid.length, r, f);
  const n = view.length;
  const w = list.window(n, [version, view]);
  return listView({
    r,
    f,
    title: c.words(o.loc).title,
    total,
    view,
    sorting: o.sorting,
    window: w,
    toolbar: o.toolbar,
    columns: c.columns(ctx),
    row: (p) => {
      const k = view[p]!;
      const top = list.topOf(p, w.open);
      const index = a.facets.index[k]!;
      // With a drawer, rows stay closed in the list: the drawer shows the details.
      const open = !c.drawer && list.opened.has(index);
      const expanded = o.drawerRow === index;
      const active = w.active;
      // Kept as rendered while nothing it shows changed: scrolling rewrites only the rows that come into view.
      return guard([version, p, k, n, top, open, expanded, p === active], () => {
        const row = a.store.get(k);
        const rec = a.list[index] as Rec;
        // The content on its own guard: a row that only moves (the first measured row height, an open row
        // above it) or changes its tab stop keeps its head and details as rendered (issue 11).
        return listRow({
          p,
          n,
          active,
          index,
          level: row.level,
          top,
          open,
          expanded,
          head: guard([version, k], () =>
            o.plans ? html`${c.rowHead(ctx, row, rec)}${o.plans.badge(row)}` : c.rowHead(ctx, row, rec),
          ),
          detail: () =>
            guard([version, k], () =>
              o.plans
                ? html`${c.rowDetail(ctx, row, rec, index, false)}${o.plans.detail(row, rec)}`
                : c.rowDetail(ctx, row, rec, index, false),
            ),
        });
      });
    },
    onScroll: list.onScroll,
    onClick: list.onClick,
    onKey: o.onKey,
    drawer: o.drawer,
  });
}

/** The one-record card: its head shows or hides its details. */
export function panelCard<
  P,
  R extends RiskRow,
  Rec extends { id: string; name?: string | null },
  Rules,
  S extends LevelCounts,
  X,
>(o: Shown<P, R, Rec, Rules, S, X> & { open: boolean; onActivate: () => void }): TemplateResult {
  const { config: c, ctx } = o;
  const { r, f } = ctx;
  const a = o.run.assessed;
  if (!a.facets.level.length) return nothingToList(c.words(o.loc).nothingToShow, a.result.invalid.length, r, f);
  const row = a.store.get(0);
  const index = a.facets.index[0]!;
  const rec = a.list[index] as Rec;
  return singleCard({
    level: row.level,
    name: rec.name ?? rec.id,
    open: o.open,
    hint: r.cardToggle,
    head: c.rowHead(ctx, row, rec),
    detail: () =>
      o.plans
        ? html`${c.rowDetail(ctx, row, rec, index, true)}${o.plans.detail(row, rec)}`
        : c.rowDetail(ctx, row, rec, index, true),
    onActivate: o.onActivate,
  });
}

/** What the side drawer shows of input row i: name, level and details (null once the row is not in the assessment). */
export const drawerRowOf =
  <P, R extends RiskRow, Rec, Rules, S extends LevelCounts, X>(o: Shown<P, R, Rec, Rules, S, X>) =>
  (i: number): DrawerRow => {
    const a = o.run.assessed;
    const k = a.facets.index.indexOf(i);
    if (k < 0) return null;
    const row = a.store.get(k);
    const rec = a.list[i] as Rec & { id: string; name?: string | null };
    const detail = o.config.rowDetail(o.ctx, row, rec, i, false);
    return {
      name: rec.name ?? rec.id,
      level: row.level,
      detail: o.plans ? html`${detail}${o.plans.detail(row, rec)}` : detail,
    };
  };
