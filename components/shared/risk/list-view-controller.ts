/**
 * The list view state of a risk panel as a reactive controller: filters,
 * sort and search (with a pause after typing), and the rows they show. The
 * view is computed by `update()` during the panel's update (pure functions
 * of src/views/risk-view.ts) and read as a plain field; `update()` is also
 * where the slow parts start: a long list is sorted in steps between frames
 * (the risk order shows meanwhile, with "Sorting…") and indexed for search
 * after it is shown. `current()` gives the view for the state at hand
 * without starting anything (an export called right after a filter change).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RiskRow } from '../../../src/risk/engine.js';
import {
  filterView,
  identityOrder,
  positionsOf,
  RISK_SORT,
  searchTextOf,
  sortOrderSteps,
  withFilter,
  type Filters,
  type RowMatch,
  type SortSpec,
  sameValues,
} from '../../../src/views/risk-view.js';
import { searchIndexSteps, searchRows, type SearchIndex } from '../../../src/views/search-index.js';
import { drainSteps } from '../../../src/views/stepped-sort.js';
import { runInTasks } from './background.js';
import type { RiskAssessed } from './risk-config.js';

/** Milliseconds after the last keystroke before a search runs. */
export const SEARCH_DEBOUNCE = 150;
/** Lists up to this many rows sort at once; longer ones sort in steps between frames. */
const SYNC_SORT_MAX = 20_000;
/** Lists from this many rows are indexed for search in steps after they are shown. */
const SEARCH_BACKGROUND_MIN = 10_000;
const EMPTY = new Int32Array(0);

type Assessment = RiskAssessed<RiskRow>;

/** What the view is computed from, besides the controller's own filters, sort and search. */
export interface ViewInputs {
  assessed: Assessment | undefined;
  locale: string;
  /** Values the panel's own filters read besides the facets (aggregates…): a change recomputes the view. */
  deps: readonly unknown[];
  /** The panel's own filters as a test of output row k (null: none set). */
  match: (filters: Filters) => RowMatch | null;
  sorts: () => readonly SortSpec[];
  /** Text searched besides name and id. */
  searchText: (rec: { id: string; name?: string | null }) => string;
}

export class RiskListView implements ReactiveController {
  filters: Filters = {};
  /** The sort the user chose (null: the panel's default). */
  private chosen: string | null = null;
  /** The search in force (the field's text after a pause in typing). */
  query = '';
  /** The search field's text. */
  queryInput = '';
  /** Output rows shown, in display order (as of the last update). */
  view: Int32Array = EMPTY;
  /** A long list is being sorted in steps for the sort chosen. */
  sorting = false;

  private timer: ReturnType<typeof setTimeout> | null = null;
  // What the view was computed from.
  private memo: readonly unknown[] = [];
  private positions: Int32Array | null = null;
  // Per assessment: the identity order, the sorted orders (per locale), the search index.
  private perA?: Assessment;
  private identity: Int32Array = EMPTY;
  private orders = new Map<string, Int32Array>();
  private ordersLocale = '';
  private orderVersion = 0;
  private sortJob: { key: string; a: Assessment; stop: boolean } | null = null;
  private searchIdx: { a: Assessment; index: SearchIndex } | null = null;
  private searchBuild: { a: Assessment; it: Generator<void, SearchIndex, void> } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { isConnected: boolean },
    private readonly defaultSort: () => string = () => RISK_SORT,
  ) {
    host.addController(this);
  }

  /** The sort in force: the one chosen, else the panel's default. */
  get sort(): string {
    return this.chosen ?? this.defaultSort();
  }

  hostDisconnected(): void {
    if (this.sortJob) this.sortJob.stop = true;
    this.sortJob = null;
    this.searchBuild = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  // ---- state ----------------------------------------------------------------------

  setFilters(filters: Filters): void {
    this.filters = filters;
    this.host.requestUpdate();
  }

  /** Set one filter ('' clears it). */
  setFilter(key: string, value: string): void {
    this.setFilters(withFilter(this.filters, key, value));
  }

  setSort(key: string): void {
    this.chosen = key;
    this.host.requestUpdate();
  }

  /** Search now; true when the search in force changed. */
  setQuery(text: string): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queryInput = text;
    this.host.requestUpdate();
    if (text === this.query) return false;
    this.query = text;
    return true;
  }

  /** The search field's text as typed: the search runs after a pause (`then` when it does). */
  type(text: string, then: () => void): void {
    this.queryInput = text;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.setQuery(this.queryInput);
      then();
    }, SEARCH_DEBOUNCE);
  }

  // ---- the view ---------------------------------------------------------------------

  /** Compute the view for this update: a long sort or search index not ready yet starts here. */
  update(inputs: ViewInputs): Int32Array {
    this.view = this.compute(inputs, true);
    return this.view;
  }

  /** The view for the state at hand, starting nothing (a long sort not ready yet: the risk order). */
  current(inputs: ViewInputs): Int32Array {
    return this.compute(inputs, false);
  }

  /** The rows of the view for the state at hand (`current`), with their input records; none without `assessed`. */
  *rows<R extends RiskRow, Rec>(
    assessed: RiskAssessed<R> | undefined,
    inputs: ViewInputs,
  ): Generator<{ row: R; rec: Rec }> {
    if (!assessed) return;
    for (const k of this.current(inputs))
      yield { row: assessed.store.get(k), rec: assessed.list[assessed.facets.index[k]!] as Rec };
  }

  /** The display position of input row i (−1 when not shown) in the last view computed. */
  positionOf(i: number): number {
    const a = this.perA;
    if (!a) return -1;
    this.positions ??= positionsOf(this.view, a.facets.index, a.list.length);
    return this.positions[i] ?? -1;
  }

  /** Index a long list for search between frames, so the first search does not build it in one task. */
  indexInBackground(a: Assessment, searchText: ViewInputs['searchText']): void {
    if (a.facets.index.length < SEARCH_BACKGROUND_MIN) return;
    const it = this.searchSteps(a, searchText);
    const job = { a, it };
    this.searchBuild = job;
    void runInTasks(it, () => this.searchBuild !== job || !this.host.isConnected).then((done) => {
      if (!done) return;
      this.searchIdx = { a, index: done.value };
      this.searchBuild = null;
    });
  }

  private compute(inputs: ViewInputs, start: boolean): Int32Array {
    const a = inputs.assessed;
    if (!a) return EMPTY;
    const key = [a, this.filters, this.sort, this.query, inputs.locale, this.orderVersion, ...inputs.deps];
    if (sameValues(key, this.memo)) return this.view;
    this.perAssessment(a, inputs.locale);
    const order = this.sort === RISK_SORT ? null : this.orderOf(this.sort, a, inputs, start);
    const hits = this.query.trim() ? searchRows(this.searchIndex(a, inputs.searchText), this.query) : null;
    const view = filterView(a.facets.level, order ?? this.identity, {
      level: this.filters.level,
      hits,
      match: inputs.match(this.filters),
    });
    // A view without its sort order yet is not kept: the next update asks again.
    if (order || this.sort === RISK_SORT || start) {
      this.memo = key;
      this.view = view;
      this.positions = null;
    }
    return view;
  }

  /** Reset what is kept per assessment (and the sorted orders per locale). */
  private perAssessment(a: Assessment, locale: string): void {
    if (this.perA !== a) {
      this.perA = a;
      this.identity = identityOrder(a.facets.level.length);
      this.orders.clear();
      if (this.sortJob) this.sortJob.stop = true;
      this.sortJob = null;
      this.sorting = false;
    }
    if (this.ordersLocale !== locale) {
      this.ordersLocale = locale;
      this.orders.clear();
    }
  }

  /**
   * Every output row in the order of a sort (ties keep the risk order), kept
   * per assessment. A long list sorts in steps between frames: until that is
   * done this returns null (the risk order) and `sorting` is true.
   */
  private orderOf(key: string, a: Assessment, inputs: ViewInputs, start: boolean): Int32Array | null {
    const hit = this.orders.get(key);
    if (hit) return hit;
    const spec = inputs.sorts().find((c) => c.key === key);
    if (!spec) return null;
    const n = a.facets.level.length;
    if (n <= SYNC_SORT_MAX) {
      const order = drainSteps(sortOrderSteps(n, spec.value, spec.dir, inputs.locale));
      this.orders.set(key, order);
      return order;
    }
    if (!start || (this.sortJob?.key === key && this.sortJob.a === a)) return null;
    if (this.sortJob) this.sortJob.stop = true;
    const steps = sortOrderSteps(n, spec.value, spec.dir, inputs.locale);
    const job = { key, a, stop: false };
    this.sortJob = job;
    this.sorting = true;
    const locale = inputs.locale;
    void runInTasks(steps, () => job.stop || !this.host.isConnected).then((done) => {
      if (!done || this.perA !== a || this.ordersLocale !== locale) return;
      this.orders.set(key, done.value);
      this.sortJob = null;
      this.sorting = false;
      this.orderVersion++;
      this.host.requestUpdate();
    });
    return null;
  }

  /** The search index of an assessment: built in steps after a long list is shown, finished at once when a search needs it sooner. */
  private searchIndex(a: Assessment, searchText: ViewInputs['searchText']): SearchIndex {
    if (this.searchIdx?.a !== a) {
      const it = this.searchBuild?.a === a ? this.searchBuild.it : this.searchSteps(a, searchText);
      this.searchBuild = null;
      this.searchIdx = { a, index: drainSteps(it) };
    }
    return this.searchIdx.index;
  }

  private searchSteps(a: Assessment, searchText: ViewInputs['searchText']): Generator<void, SearchIndex, void> {
    const f = a.facets;
    return searchIndexSteps(f.index.length, (k) => {
      const rec = a.list[f.index[k]!] as { id: string; name?: string | null };
      return searchTextOf(rec, searchText(rec));
    });
  }
}
