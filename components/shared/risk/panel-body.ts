/**
 * A risk panel's body wired from its controllers: the list with its toolbar
 * (filters, sort, search, export) and side drawer, or the one-record card
 * (templates: panel-list.ts, risk-toolbar.ts).
 */
import { nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { RiskRow } from '../../../src/risk/engine.js';
import type { LevelCounts } from '../../../src/models/signals.js';
import type { RiskStrings } from '../../../src/i18n/risk.js';
import type { Locale } from '../../../src/i18n/format.js';
import type { ACTIONS } from '../../../src/i18n/actions.js';
import { toolbar } from './risk-toolbar.js';
import { drawerRowOf, panelCard, panelList } from './panel-list.js';
import type { RowDrawer } from './risk-drawer.js';
import type { RiskListView } from './list-view-controller.js';
import type { VirtualList } from './virtual-list-controller.js';
import type { RiskContext, RiskPanelConfig, RiskRun } from './risk-config.js';

/** What the toolbar's controls call on the panel (its public methods). */
export interface PanelActions {
  setFilter(key: string, value: string): void;
  setSort(key: string): void;
  setQuery(text: string): void;
  clearFilters(): void;
  exportCsv(format?: 'csv' | 'xlsx'): Promise<void>;
}

export interface PanelBodyProps<P, R extends RiskRow, Rec, Rules, S extends LevelCounts, X> {
  run: RiskRun<R, Rules, S>;
  config: RiskPanelConfig<P, R, Rec, Rules, S, X>;
  ctx: RiskContext<P, Rules, X>;
  loc: Locale;
  r: RiskStrings;
  actions: (typeof ACTIONS)[Locale];
  /** One record: the card, else the list. */
  single: boolean;
  views: RiskListView;
  list: VirtualList;
  drawer: RowDrawer;
  /** Bumped when something a row shows changed (not on scrolling). */
  version: number;
  sorting: boolean;
  /** Plans people own (issue 14): a row's overdue badge and its plan, when the panel has plans. */
  plans?: { badge(row: R): unknown; detail(row: R, rec: Rec): unknown } | undefined;
  /** The panel's aggregates, and what else the toolbar shows depends on (the panel's display deps). */
  aggregates: X | undefined;
  displayDeps: () => readonly unknown[];
  cardOpen: boolean;
  onCardActivate: () => void;
  onType: (e: Event) => void;
  panel: PanelActions;
}

/** The one-record card, or the list with its toolbar and drawer. */
export function panelBody<
  P,
  R extends RiskRow,
  Rec extends { id: string; name?: string | null },
  Rules,
  S extends LevelCounts,
  X,
>(o: PanelBodyProps<P, R, Rec, Rules, S, X>): TemplateResult {
  const { run, config, ctx, loc } = o;
  if (o.single)
    return panelCard({ run, config, ctx, loc, open: o.cardOpen, onActivate: o.onCardActivate, plans: o.plans });
  const v = o.views;
  return panelList({
    run,
    config,
    ctx,
    loc,
    view: v.view,
    list: o.list,
    version: o.version,
    sorting: o.sorting,
    plans: o.plans,
    toolbar: run.partial
      ? nothing
      : guard([run, o.aggregates, v.filters, v.sort, v.query, v.queryInput, loc, v.sorting, ...o.displayDeps()], () =>
          panelToolbar(o),
        ),
    drawerRow: o.drawer.row,
    drawer: config.drawer
      ? o.drawer.render(o.r.closeRow, drawerRowOf({ run, config, ctx, loc, plans: o.plans }), config.drawer.view)
      : undefined,
    onKey: o.drawer.keys(o.list.onKey),
  });
}

function panelToolbar<P, R extends RiskRow, Rec, Rules, S extends LevelCounts, X>(
  o: PanelBodyProps<P, R, Rec, Rules, S, X>,
): TemplateResult {
  const { views: v, panel, config, ctx } = o;
  return toolbar({
    r: o.r,
    exportLabel: o.actions.exportCsv,
    filters: v.filters,
    controls: config.filterControls(ctx),
    sort: v.sort,
    sorts: config.sortChoices(ctx),
    queryInput: v.queryInput,
    query: v.query,
    onFilter: (key, value) => panel.setFilter(key, value),
    onSort: (key) => panel.setSort(key),
    onType: o.onType,
    onSearch: (text) => panel.setQuery(text),
    onClear: () => panel.clearFilters(),
    onExport: () => void panel.exportCsv(),
    ...(config.peopleColumns ? { excelLabel: o.actions.exportXlsx, onExcel: () => void panel.exportCsv('xlsx') } : {}),
  });
}
