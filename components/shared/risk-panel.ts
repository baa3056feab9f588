/**
 * What the two risk panels share (opportunity-alert-panel, churn-alert-panel):
 * reading `{ asOf, <list>, rules? }` (or the list, or one record), rules in
 * force (the host's rules with the user's changes on top), assessment (at
 * once, or in a worker / main-thread slices with progress for very large
 * lists), the facets every list operation runs on and the rows built on
 * demand, the level header, filters, search and sort, the virtualised
 * keyboard list, the compact card for one record, CSV export, the
 * invalid-rows report, the rules editor shell, `revops-select`, and
 * persistence of the rules changes, filters, sort and plan ticks. The
 * subclasses add their model, columns, row details, charts and rule fields.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import {
  assessIndexed,
  facetsOf,
  LEVEL_NUMBER,
  type IndexedAssessment,
  type RiskFacets,
  type RiskJob,
  type RiskKind,
  type RiskModel,
  type RiskRow,
} from '../../src/worker/risk-engine.js';
import { lazyAssessment, RowStore } from '../../src/worker/risk-rows.js';
import { drainSteps, searchIndexSteps, searchRows, sortSteps, type SearchIndex } from '../../src/worker/risk-view.js';
import { dropOverlayStages, isEmptyOverlay, setInOverlay, type Overlaid } from '../../src/worker/rules-overlay.js';
import { isModelInputError, ModelInputError, type InvalidRow, type Issue } from '../../src/schemas/issues.js';
import type { Level, LevelCounts } from '../../src/models/signals.js';
import { formatDay, RISK, type ProgressPhase, type RiskStrings, type RulesSource } from '../../src/i18n/risk.js';
import { toCsv, type Cell } from '../../src/parse/csv.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import { RevopsElement } from './revops-element.js';
import type { ResolvedInput } from './json-source.js';
import { Persist } from './persist.js';
import { jsonImportBox } from './views.js';
import { downloadText } from './download.js';
import { assessInBackground, Cancelled, yieldToMain, type BackgroundAssessment } from './risk-panel-assess.js';
import { riskPanelStyles } from './risk-panel.styles.js';
import { ACTIONS } from '../../src/i18n/actions.js';

/** Detail of `revops-select`: the chosen row's id, its model result, and where it sits in the input. */
export interface RiskSelectDetail<R = RiskRow, Rec = unknown> {
  id: string;
  result: R;
  /** Index of the row in the input list. */
  index: number;
  /** The input row (name, owner, amount…). */
  record: Rec;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'revops-select': CustomEvent<RiskSelectDetail>;
  }
}

/** Filter values by key; '' means no filter, '1' a ticked checkbox. */
export type Filters = Readonly<Record<string, string>>;

export interface FilterControl {
  key: string;
  label: string;
  /** Select options (the first is "all", value ''); none for a checkbox. */
  options?: { value: string; label: string }[];
}

export interface SortChoice {
  key: string;
  label: string;
  /** The sort value of output row k (facets or its input row); null, undefined or NaN sort last. */
  value: (k: number) => number | string | null | undefined;
  /** 1 ascending, -1 descending; missing values always last. */
  dir: 1 | -1;
}

export interface CsvColumn<R, Rec> {
  header: string;
  value: (row: R, rec: Rec) => Cell;
}

/** What a risk panel saves under its storage-key. */
export interface RiskSaved {
  /** 2: `rules` is the overlay of the user's changes (1: a full rules object, read as an overlay). */
  v: 1 | 2;
  /** The rules values the user changed (merged over the host's rules). */
  rules?: unknown;
  filters?: Record<string, string>;
  sort?: string;
  /** Ticked response-plan steps: plan step keys per row key (src/charts/risk-summary.ts). */
  plan?: Record<string, string[]>;
}

/** What an assessment was run with, applied together with its result. */
interface RunContext<Rules> {
  list: readonly unknown[];
  asOf: string;
  defaulted: boolean;
  /** Where the host's rules came from. */
  source: RulesSource;
  /** Whether the user's changes are on top. */
  tuned: boolean;
  hostRules: Rules;
  rules: Rules;
  /** The input was one record (or a list of one): the compact card. */
  single: boolean;
  /** How to assess input rows again (rows built on demand). */
  job: Omit<RiskJob, 'list'>;
}

export interface Assessed<R, S extends LevelCounts = LevelCounts> {
  rows: R[];
  summary: S;
  invalid: InvalidRow[];
}

/** The assessment a panel shows: the model output (its rows may be built when first read), the facets, and the rows on demand. */
export interface AssessedState<R extends RiskRow, S extends LevelCounts = LevelCounts> {
  result: Assessed<R, S>;
  facets: RiskFacets;
  store: RowStore<R>;
  list: readonly unknown[];
}

type Pending<Rules> = RunContext<Rules> & {
  where: 'page' | 'worker' | 'slices';
  page?: IndexedAssessment;
  bg?: BackgroundAssessment;
  result: unknown;
  aggregated?: boolean;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Run a generator to its end and return its value. */
export const drain = drainSteps;
/** Rows per slice of an aggregate generator (a few milliseconds each). */
export const AGGREGATE_STEP = 20_000;
const todayUtc = (): string => new Date().toISOString().slice(0, 10);
const EMPTY = new Int32Array(0);
const OVERSCAN = 6;
/** Lists up to this many rows sort at once; longer ones sort in steps between frames. */
const SYNC_SORT_MAX = 20_000;
/** Milliseconds after the last keystroke before a search runs. */
export const SEARCH_DEBOUNCE = 150;
/** Lists from this many rows are indexed for search in steps after they are shown. */
const SEARCH_BACKGROUND_MIN = 10_000;

export abstract class RiskPanel<
  R extends RiskRow,
  Rec extends { id: string; name?: string | null },
  Rules extends object,
  S extends LevelCounts = LevelCounts,
> extends RevopsElement {
  static override styles = [...RevopsElement.styles, riskPanelStyles];

  /**
   * Lists longer than this are assessed in the background (a worker, else
   * main-thread slices) with a progress indicator; shorter ones at once.
   */
  @property({ type: Number, attribute: 'worker-threshold' }) workerThreshold = 15_000;

  /** Hide the rules editor (e.g. a record page where the rules are managed elsewhere). */
  @property({ type: Boolean, attribute: 'hide-rules' }) hideRules = false;

  @state() protected assessed?: AssessedState<R, S>;
  @state() protected list: readonly unknown[] = [];
  @state() protected asOfUsed = '';
  @state() protected asOfDefaulted = false;
  /** Where the host's rules come from (the user's changes go on top: `tunedOn`). */
  @state() protected rulesSource: RulesSource = 'defaults';
  @state() protected tunedOn = false;
  @state() protected rules?: Rules;
  /** The rules values the user changed (an overlay, src/worker/rules-overlay.ts). */
  @state() protected tuned: unknown = undefined;
  /** Overlay stage keys the host's rules no longer have (dropped; said in a notice). */
  @state() protected dropped: readonly string[] = [];
  @state() protected filters: Filters = {};
  @state() protected sort = 'risk';
  /** The search in force (the field's text after a pause in typing). */
  @state() protected query = '';
  @state() protected opened: ReadonlySet<number> = new Set();
  @state() protected active = 0;
  @state() protected progress: { phase: ProgressPhase; done: number; total: number } | null = null;
  @state() protected plan: Readonly<Record<string, string[]>> = {};
  @state() protected importText = '';
  @state() protected importIssues: Issue[] = [];
  @state() protected waiting = false;
  @state() protected single = false;
  @state() protected cardOpen = true;
  /** A long list is being sorted in steps (set while rendering, so not a reactive property). */
  protected sortingNow = false;
  @state() private scrollY = 0;
  @state() private viewH = 480;

  protected abstract readonly kind: RiskKind;
  /** The panel's model function (assessOpportunities or assessChurn). */
  protected abstract readonly assess: RiskModel;
  /** The model's signal codes, in its order (facet bits). */
  protected abstract readonly signalCodes: readonly string[];
  /** Merge raw rules with the defaults (throws ModelInputError for bad rules). */
  protected abstract resolveRules(raw: unknown): Rules;
  /** The host's resolved rules with the user's overlay on top (not validated). */
  protected abstract overlayRules(host: Rules, overlay: unknown): Overlaid;
  /** Whether an object given as data is one record (not `{ asOf, <list> }`). */
  protected abstract isRecord(value: Record<string, unknown>): boolean;
  protected abstract panelTitle(): string;
  /** The list in words ("opportunities"), for messages about the data. */
  protected abstract listWord(): string;
  /** What an empty list says ("No opportunities to show."). */
  protected abstract nothingToShow(): string;
  protected abstract renderSummary(result: Assessed<R, S>): TemplateResult;
  protected abstract renderColumns(): TemplateResult;
  protected abstract renderRowHead(row: R, rec: Rec, k: number): TemplateResult;
  /** An open row's details; `compact` in the one-record card. */
  protected abstract renderRowDetail(row: R, rec: Rec, index: number, compact: boolean): TemplateResult;
  protected abstract filterControls(): FilterControl[];
  /** Whether output row k passes the panel's own filters (level and search are handled here). */
  protected abstract rowMatches(k: number, f: Filters): boolean;
  protected abstract sortChoices(): SortChoice[];

  /** The "by name" sort both panels offer: the record's name, else its id. */
  protected nameSort(): SortChoice {
    return {
      key: 'name',
      label: this.r.sortName,
      value: (k) => {
        const rec = this.recAt(k) as { name?: string | null; id: string };
        return rec.name ?? rec.id;
      },
      dir: 1,
    };
  }
  protected abstract csvColumns(): CsvColumn<R, Rec>[];
  protected abstract renderRulesFields(rules: Rules): TemplateResult;
  /** Charts and views under the list (team view, value × risk). */
  protected abstract renderViews(): TemplateResult | typeof nothing;
  /**
   * Compute per-assessment aggregates (owners, tiers, grid counts…) into
   * plain fields from the given run's facets (pure functions of
   * src/charts/risk-summary.ts). A generator: for large lists each step runs
   * in its own task before the result is shown (yield every AGGREGATE_STEP
   * rows; assign the fields only after the last yield, together with the
   * result); small lists run it through.
   */
  protected *aggregate(
    _s: { facets: RiskFacets; list: readonly unknown[] },
    _rules: Rules,
  ): Generator<void, void, void> {}
  /** One extra value the list view depends on besides data, filters, sort and search (e.g. tiers). */
  protected viewDep(): unknown {
    return undefined;
  }
  /** Extra values the rules editor depends on (editor-local state). */
  protected rulesDeps(): readonly unknown[] {
    return [];
  }
  /** Extra values the header, toolbar and views depend on (e.g. a tier order). */
  protected displayDeps(): readonly unknown[] {
    return [];
  }
  /** Text searched besides name and id. */
  protected searchText(_rec: Rec): string {
    return '';
  }

  protected readonly persist = new Persist<RiskSaved>(this, {
    namespace: this.localName,
    key: () => this.storageKey,
    restore: (s) => this.restore(s),
  });

  private pending?: Pending<Rules>;
  private ran: { where: 'page' | 'worker' | 'slices'; ms: number } | null = null;
  private started = 0;
  /** Who is to blame when the rules turn out bad: the host's source, or the user's changes. */
  private blame: 'rules' | 'model' | 'data' = 'rules';
  /** The host's resolved rules of the last run (the editor shows the user's changes on them). */
  protected hostRules?: Rules;

  /** Whether a long list is still being sorted (in steps between frames) for the sort chosen. */
  get sorting(): boolean {
    return this.sortingNow;
  }

  /** Where the last assessment ran (at once on the page, in a worker, or in main-thread slices) and how long it took, in ms. */
  get assessedIn(): { where: 'page' | 'worker' | 'slices'; ms: number } | null {
    return this.ran;
  }
  private job: AbortController | null = null;
  // The list view, cached without allocating on a hit (scrolling reads it every frame).
  private vA?: AssessedState<R, S>;
  private vFilters?: Filters;
  private vSort?: string;
  private vQuery?: string;
  private vLocale?: Locale;
  private vDep?: unknown;
  private vOrders = -1;
  private viewCache: Int32Array = EMPTY;
  private posCache: Int32Array | null = null;
  // Per assessment: the identity order, the search index, the sorted orders.
  private perA?: AssessedState<R, S>;
  private identity: Int32Array = EMPTY;
  private searchIdx: SearchIndex | null = null;
  private searchFor?: AssessedState<R, S>;
  private searchBuild: { a: AssessedState<R, S>; it: Generator<void, SearchIndex, void> } | null = null;
  private orders = new Map<string, Int32Array>();
  private ordersLocale?: Locale;
  private orderVersion = 0;
  private sortJob: { key: string; a: AssessedState<R, S>; stop: boolean } | null = null;
  // Search typing.
  protected queryInput = '';
  private queryTimer: ReturnType<typeof setTimeout> | null = null;
  // Virtual list.
  private rowH = 44;
  private heights = new Map<number, number>();
  private focusActive = false;
  private listHadFocus = false;
  private scrollQueued = false;
  private measureQueued = false;
  private scrollOnly = false;
  private rowVersion = 0;
  private pool = 0;
  private slots: number[] = [];
  private interrupted = false;
  private resize?: ResizeObserver;
  /** The locale of the current update. */
  protected loc: Locale = 'en';
  private fKey = '';
  /** Per-render formatter (kept while locale and currency stay). */
  protected f!: Formatter;

  get r(): RiskStrings {
    return RISK[this.loc];
  }

  protected override computeProps(): readonly string[] {
    return ['tuned', 'workerThreshold'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A background assessment stopped by a move in the DOM starts again.
    if (this.interrupted) {
      this.interrupted = false;
      this.requestCompute();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.job) this.interrupted = true;
    this.job?.abort();
    this.job = null;
    this.progress = null;
    if (this.sortJob) this.sortJob.stop = true;
    this.sortJob = null;
    this.resize?.disconnect();
    this.resize = undefined;
    if (this.queryTimer) clearTimeout(this.queryTimer);
  }

  protected override storagePending(): boolean {
    return this.persist.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.persist.sync();
    this.loc = this.locale;
    const fk = `${this.loc}|${this.currency ?? this.context?.currency ?? ''}`;
    if (fk !== this.fKey) {
      this.fKey = fk;
      this.f = this.fmt;
    }
    // Rows re-render only when something besides the scroll position changed.
    this.scrollOnly = changed.size > 0 && [...changed.keys()].every((k) => k === 'scrollY');
    if (!this.scrollOnly) this.rowVersion++;
    const ae = this.renderRoot?.querySelector?.('.list') ? (this.renderRoot as ShadowRoot).activeElement : null;
    this.listHadFocus = !!ae && ae.classList.contains('head');
    super.willUpdate(changed);
  }

  // ---- input and assessment ------------------------------------------------

  /** The host's rules by precedence: the model channel > data.rules > defaults. */
  private pickHostRules(env: Record<string, unknown>, model: ResolvedInput): { raw: unknown; source: RulesSource } {
    if (model.status === 'ready' && model.value != null) {
      const m = model.value;
      // The model channel carries the rules, bare or as { rules }.
      return { raw: isObject(m) && isObject(m.rules) ? m.rules : m, source: 'model' };
    }
    if (env.rules != null) return { raw: env.rules, source: 'data' };
    return { raw: undefined, source: 'defaults' };
  }

  protected evaluate(data: ResolvedInput, model: ResolvedInput): unknown {
    if (data.status === 'loading' || model.status === 'loading') {
      this.waiting = true;
      return undefined;
    }
    this.waiting = false;
    if (data.status === 'error' || model.status === 'error' || data.status === 'empty') {
      this.cancelJob();
      return undefined;
    }
    const d = data.value;
    const key = this.kind;
    let env: Record<string, unknown>;
    let single = false;
    if (Array.isArray(d)) env = { [key]: d };
    else if (isObject(d) && d[key] === undefined && this.isRecord(d)) {
      // One record, bare or with its asOf (and rules): the compact card.
      const { asOf, rules, ...rec } = d;
      env = { asOf, rules, [key]: [rec] };
      single = true;
    } else if (isObject(d)) env = d;
    else throw new ModelInputError([{ path: 'data', message: RISK[this.locale].notData(this.listWord(), key) }]);
    const defaulted = env.asOf == null;
    const asOf = defaulted ? todayUtc() : env.asOf;
    const host = this.pickHostRules(env, model);
    this.blame = host.source === 'model' ? 'model' : 'data';
    const hostRules = this.resolveRules(host.raw);
    let overlay = this.tuned;
    const merged = this.overlayRules(hostRules, overlay);
    if (merged.dropped.length) {
      // The host's pipeline lost a stage the user had changed: drop that part and say so.
      overlay = dropOverlayStages(overlay, merged.dropped);
      this.tuned = isEmptyOverlay(overlay) ? undefined : overlay;
      this.dropped = merged.dropped;
      this.save();
    }
    this.blame = 'rules';
    const list = env[key];
    this.cancelJob();
    this.started = performance.now();
    // Bad asOf or rules fail here, at once, whatever the list's size.
    const head = assessIndexed({
      kind: key,
      model: this.assess,
      asOf,
      rules: merged.rules,
      list: Array.isArray(list) ? [] : list,
    });
    // The validated, frozen rules assess every row (and rebuild rows on demand) with the models' rule cache.
    const rules = this.resolveRules(merged.rules);
    const job: RiskJob = { kind: key, model: this.assess, asOf, rules, list };
    const arr = Array.isArray(list) ? list : [];
    const ctx: RunContext<Rules> = {
      list: arr,
      asOf: String(asOf),
      defaulted,
      source: host.source,
      tuned: !isEmptyOverlay(this.tuned),
      hostRules,
      rules,
      single: single || arr.length === 1,
      job: { kind: key, model: this.assess, asOf, rules },
    };
    if (!Array.isArray(list) || list.length <= this.workerThreshold) {
      const r = arr.length ? assessIndexed(job) : head;
      this.pending = { ...ctx, where: 'page', page: r, result: r.result };
      return r.result;
    }
    this.startJob(job, ctx);
    return undefined;
  }

  private cancelJob(): void {
    this.job?.abort();
    this.job = null;
    this.progress = null;
  }

  private startJob(job: RiskJob, ctx: RunContext<Rules>): void {
    const ctrl = new AbortController();
    this.job = ctrl;
    const total = (job.list as unknown[]).length;
    this.progress = { phase: 'send', done: 0, total };
    assessInBackground(
      job,
      this.signalCodes,
      (phase, done, t) => {
        if (!ctrl.signal.aborted) this.progress = { phase, done, total: t };
      },
      ctrl.signal,
    ).then(
      async (bg) => {
        // Each slice of the aggregates in its own task; the last step only
        // assigns the results, so they and the first render land together.
        const steps = this.aggregate({ facets: bg.facets, list: ctx.list }, ctx.rules);
        for (;;) {
          await yieldToMain();
          if (ctrl.signal.aborted) return;
          if (steps.next().done) break;
        }
        this.job = null;
        this.progress = null;
        const store = new RowStore<R>(ctx.job, ctx.list, bg.facets.index, bg.rows as R[] | undefined);
        const result = bg.rows
          ? { rows: bg.rows, summary: bg.summary, invalid: bg.invalid }
          : lazyAssessment(store, bg.summary, bg.invalid);
        this.pending = { ...ctx, where: bg.where === 'worker' ? 'worker' : 'slices', bg, result, aggregated: true };
        this.accept(result);
        this.queueEvent('revops-change', result);
        this.requestUpdate();
      },
      (e: unknown) => {
        if (ctrl.signal.aborted || e instanceof Cancelled) return;
        this.job = null;
        this.progress = null;
        if (isModelInputError(e)) this.fail(e.issues, 'data');
        else this.fail([{ path: '', message: e instanceof Error ? e.message : String(e) }], 'data');
        this.requestUpdate();
      },
    );
  }

  protected accept(_result: unknown): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    this.ran = { where: p.where, ms: performance.now() - this.started };
    let s: AssessedState<R, S>;
    if (p.page) {
      const facets = facetsOf(this.kind, p.page, p.list, this.signalCodes);
      s = {
        result: p.page.result as unknown as Assessed<R, S>,
        facets,
        store: new RowStore<R>(p.job, p.list, p.page.index, p.page.result.rows as R[]),
        list: p.list,
      };
    } else {
      const bg = p.bg!;
      s = {
        result: p.result as Assessed<R, S>,
        facets: bg.facets,
        store: new RowStore<R>(p.job, p.list, bg.facets.index, bg.rows as R[] | undefined),
        list: p.list,
      };
    }
    if (p.list !== this.list) {
      // New data: row indices mean other rows now.
      this.opened = new Set();
      this.active = 0;
      this.cardOpen = true;
    }
    this.assessed = s;
    this.list = p.list;
    this.single = p.single;
    this.asOfUsed = p.asOf;
    this.asOfDefaulted = p.defaulted;
    this.rulesSource = p.source;
    this.tunedOn = p.tuned;
    this.hostRules = p.hostRules;
    this.rules = p.rules;
    this.heights.clear();
    if (!p.aggregated) drain(this.aggregate({ facets: s.facets, list: p.list }, p.rules));
    this.indexInBackground(s);
    const invalid = s.result.invalid;
    if (invalid.length)
      this.queueEvent('revops-invalid', {
        source: 'rows',
        // The model's own messages (the panel shows them in the UI's language).
        issues: invalid.flatMap((b) =>
          b.issues.map((i) => ({ path: this.rowPath(b.index, i.path), message: i.message })),
        ),
      });
  }

  /** Bad rules are reported as coming from where they came from: the page's model, the data, or the user's changes. */
  protected override fail(issues: Issue[], source: string): void {
    const fromRules = issues.length > 0 && issues.every((i) => i.path === 'rules' || i.path.startsWith('rules.'));
    super.fail(issues, fromRules ? this.blame : source);
  }

  protected rowPath(index: number, rel: string): string {
    return rel ? `${this.kind}.${index}.${rel}` : `${this.kind}.${index}`;
  }

  // ---- persisted state ---------------------------------------------------------

  private restore(s: RiskSaved | undefined): void {
    if (!s || (s.v !== 1 && s.v !== 2)) return;
    this.tuned = isEmptyOverlay(s.rules) ? undefined : s.rules;
    if (isObject(s.filters))
      this.filters = Object.fromEntries(
        Object.entries(s.filters).filter(([, v]) => typeof v === 'string' && v),
      ) as Filters;
    if (typeof s.sort === 'string') this.sort = s.sort;
    // Version 1 kept ticks by id and code only; they cannot be matched to signals any more.
    if (s.v === 2 && isObject(s.plan)) this.plan = s.plan as Record<string, string[]>;
    this.requestCompute();
  }

  protected save(): void {
    const s: RiskSaved = {
      v: 2,
      filters: { ...this.filters },
      sort: this.sort,
      plan: this.plan as Record<string, string[]>,
    };
    if (this.tuned !== undefined) s.rules = this.tuned;
    this.persist.save(s);
  }

  /**
   * Set the user's rules changes: partial rules merged over the host's (the
   * page's model, the data's rules or the defaults). A `stages` list replaces
   * the host's stages; other values replace only themselves.
   */
  setRules(rules: unknown): void {
    this.tuned = isEmptyOverlay(rules) ? undefined : rules;
    this.dropped = [];
    this.save();
    this.requestCompute();
  }

  /** Forget the user's rules changes: back to the host's rules. */
  resetRules(): void {
    this.tuned = undefined;
    this.dropped = [];
    this.rulesReset();
    this.importIssues = [];
    this.save();
    this.requestCompute();
  }

  /** Hook: forget editor-local state (bad field text) when the rules are reset. */
  protected rulesReset(): void {}

  /** Change one rules value (path into the overlay, e.g. `['stages', 'proposal', 'standardDays']`). */
  protected tuneAt(path: readonly (string | number)[], value: unknown): void {
    this.setRules(setInOverlay(this.tuned, path, value));
  }

  /** Set one filter ('' clears it). */
  setFilter(key: string, value: string): void {
    const next = { ...this.filters };
    if (value) next[key] = value;
    else delete next[key];
    this.filters = next;
    this.active = 0;
    this.save();
  }

  setSort(key: string): void {
    this.sort = key;
    this.active = 0;
    this.save();
  }

  /** Search now (the search field waits for a pause in typing). */
  setQuery(text: string): void {
    if (this.queryTimer) clearTimeout(this.queryTimer);
    this.queryTimer = null;
    this.queryInput = text;
    if (text !== this.query) {
      this.query = text;
      this.active = 0;
    }
  }

  clearFilters(): void {
    this.filters = {};
    this.setQuery('');
    this.active = 0;
    this.save();
  }

  private onSearchInput = (e: Event): void => {
    this.queryInput = (e.target as HTMLInputElement).value;
    if (this.queryTimer) clearTimeout(this.queryTimer);
    this.queryTimer = setTimeout(() => this.setQuery(this.queryInput), SEARCH_DEBOUNCE);
  };

  /** Tick or untick a response-plan step of a row (keys from src/charts/risk-summary.ts). */
  protected setPlanStep(rowKey: string, stepKey: string, done: boolean): void {
    const cur = new Set(this.plan[rowKey] ?? []);
    if (done) cur.add(stepKey);
    else cur.delete(stepKey);
    const next = { ...this.plan };
    if (cur.size) next[rowKey] = [...cur];
    else delete next[rowKey];
    this.plan = next;
    this.save();
  }

  // ---- the view: filters, search, sort ------------------------------------------

  /** Facets of the current assessment. */
  protected get facets(): RiskFacets {
    return this.assessed!.facets;
  }

  /** The model row of output row k (built on demand). */
  protected rowAt(k: number): R {
    return this.assessed!.store.get(k);
  }

  /** The input row of output row k. */
  protected recAt(k: number): Rec {
    return this.list[this.assessed!.facets.index[k]!] as Rec;
  }

  /** Output rows (indices into the assessment's order) shown, in display order. */
  protected get view(): Int32Array {
    const a = this.assessed;
    if (!a) return EMPTY;
    const dep = this.viewDep();
    if (
      a === this.vA &&
      this.filters === this.vFilters &&
      this.sort === this.vSort &&
      this.query === this.vQuery &&
      this.loc === this.vLocale &&
      dep === this.vDep &&
      this.orderVersion === this.vOrders
    )
      return this.viewCache;
    this.vA = a;
    this.vFilters = this.filters;
    this.vSort = this.sort;
    this.vQuery = this.query;
    this.vLocale = this.loc;
    this.vDep = dep;
    this.perAssessment(a);
    const f = a.facets;
    const n = f.level.length;
    const filters = this.filters;
    const level = filters.level ?? '';
    const hits = this.query.trim() ? searchRows(this.searchIndex(a), this.query) : null;
    const others = Object.keys(filters).some((k) => k !== 'level' && filters[k]);
    const order = this.sort === 'risk' ? null : this.orderOf(this.sort, a);
    this.vOrders = this.orderVersion;
    let view: Int32Array;
    if (!level && !hits && !others) view = order ?? this.identity;
    else {
      const want = level === 'risk' ? -1 : level ? (LEVEL_NUMBER[level as Level] ?? -2) : null;
      const out = new Int32Array(n);
      let m = 0;
      for (let p = 0; p < n; p++) {
        const k = order ? order[p]! : p;
        if (want !== null && (want === -1 ? f.level[k] === 0 : f.level[k] !== want)) continue;
        if (hits && !hits[k]) continue;
        if (others && !this.rowMatches(k, filters)) continue;
        out[m++] = k;
      }
      view = m === n ? out : out.slice(0, m);
    }
    this.viewCache = view;
    this.posCache = null;
    return view;
  }

  /** Reset what is kept per assessment (and per locale for sorted orders). */
  private perAssessment(a: AssessedState<R, S>): void {
    if (this.perA !== a) {
      this.perA = a;
      const n = a.facets.level.length;
      this.identity = new Int32Array(n);
      for (let k = 0; k < n; k++) this.identity[k] = k;
      this.orders.clear();
      if (this.sortJob) this.sortJob.stop = true;
      this.sortJob = null;
      this.sortingNow = false;
    }
    if (this.ordersLocale !== this.loc) {
      this.ordersLocale = this.loc;
      this.orders.clear();
    }
  }

  /** The search index of an assessment: built in steps after a long list is shown, finished at once when a search needs it sooner. */
  private searchIndex(a: AssessedState<R, S>): SearchIndex {
    if (this.searchFor !== a || !this.searchIdx) {
      const it = this.searchBuild?.a === a ? this.searchBuild.it : this.searchSteps(a);
      this.searchBuild = null;
      this.searchIdx = drain(it);
      this.searchFor = a;
    }
    return this.searchIdx;
  }

  private searchSteps(a: AssessedState<R, S>): Generator<void, SearchIndex, void> {
    const f = a.facets;
    return searchIndexSteps(f.index.length, (k) => {
      const rec = a.list[f.index[k]!] as Rec;
      return `${rec.name ?? ''}\u0001${rec.id}\u0001${this.searchText(rec)}`;
    });
  }

  /** Index a long list for search between frames, so the first search does not build it in one task. */
  private indexInBackground(a: AssessedState<R, S>): void {
    if (a.facets.index.length < SEARCH_BACKGROUND_MIN) return;
    const it = this.searchSteps(a);
    const job = { a, it };
    this.searchBuild = job;
    void (async () => {
      for (;;) {
        await yieldToMain();
        if (this.searchBuild !== job || !this.isConnected) return;
        const s = it.next();
        if (s.done) {
          this.searchIdx = s.value;
          this.searchFor = a;
          this.searchBuild = null;
          return;
        }
      }
    })();
  }

  /**
   * All output rows sorted by a sort choice (ties keep the risk order), kept
   * per assessment. Long lists sort in steps between frames: until that is
   * done this returns null and the list keeps the risk order, saying "Sorting…".
   */
  private orderOf(key: string, a: AssessedState<R, S>): Int32Array | null {
    const hit = this.orders.get(key);
    if (hit) return hit;
    const choice = this.sortChoices().find((c) => c.key === key);
    if (!choice) return null;
    const n = a.facets.level.length;
    const steps = this.sortSteps(choice, n);
    if (n <= SYNC_SORT_MAX) {
      const order = drain(steps);
      this.orders.set(key, order);
      return order;
    }
    if (this.sortJob?.key === key && this.sortJob.a === a) return null;
    if (this.sortJob) this.sortJob.stop = true;
    const job = { key, a, stop: false };
    this.sortJob = job;
    this.sortingNow = true;
    const loc = this.loc;
    void (async () => {
      for (;;) {
        await yieldToMain();
        if (job.stop || !this.isConnected) return;
        const s = steps.next();
        if (s.done) {
          if (this.perA !== a || this.ordersLocale !== loc) return;
          this.orders.set(key, s.value);
          this.sortJob = null;
          this.sortingNow = false;
          this.orderVersion++;
          this.requestUpdate();
          return;
        }
      }
    })();
    return null;
  }

  private sortSteps(c: SortChoice, n: number): Generator<void, Int32Array, void> {
    const nums = new Float64Array(n);
    let texts: string[] | null = null;
    for (let k = 0; k < n; k++) {
      const v = c.value(k);
      if (typeof v === 'string') {
        texts ??= new Array<string>(n);
        texts[k] = v;
        nums[k] = 0;
      } else nums[k] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
    }
    const dir = c.dir;
    if (texts) {
      const t = texts;
      const collator = new Intl.Collator(this.loc, { numeric: true });
      return sortSteps(n, (x, y) => {
        const a1 = t[x];
        const b1 = t[y];
        if (a1 === undefined || b1 === undefined) return a1 === b1 ? 0 : a1 === undefined ? 1 : -1;
        return collator.compare(a1, b1) * dir;
      });
    }
    return sortSteps(n, (x, y) => {
      const a1 = nums[x]!;
      const b1 = nums[y]!;
      const ma = a1 !== a1;
      const mb = b1 !== b1;
      if (ma || mb) return ma === mb ? 0 : ma ? 1 : -1;
      return (a1 - b1) * dir;
    });
  }

  /** Display position of an input row in the view (-1 when not shown). */
  private positionOfInput(i: number): number {
    const view = this.view;
    if (!this.posCache) {
      const idx = this.assessed!.facets.index;
      const pos = new Int32Array(this.list.length).fill(-1);
      for (let p = 0; p < view.length; p++) pos[idx[view[p]!]!] = p;
      this.posCache = pos;
    }
    return this.posCache[i] ?? -1;
  }

  /** The row at a display position: the model row, its input index and input row. */
  protected at(p: number): { row: R; index: number; rec: Rec } {
    const k = this.view[p]!;
    const index = this.assessed!.facets.index[k]!;
    return { row: this.rowAt(k), index, rec: this.list[index] as Rec };
  }

  /** Every row of the current view (filters and sort applied), for exports. */
  protected *viewRows(): Generator<{ row: R; rec: Rec }> {
    const a = this.assessed;
    if (!a) return;
    for (const k of this.view) yield { row: a.store.get(k), rec: this.list[a.facets.index[k]!] as Rec };
  }

  // ---- CSV ------------------------------------------------------------------------

  /** The assessed list as CSV (the rows shown: filters and sort applied). */
  csv(): string {
    const cols = this.csvColumns();
    const rows: Cell[][] = [];
    for (const { row, rec } of this.viewRows()) rows.push(cols.map((c) => c.value(row, rec)));
    return toCsv(
      cols.map((c) => c.header),
      rows,
    );
  }

  /** Download the CSV of the rows shown. */
  exportCsv(): void {
    downloadText(`${this.localName}-${this.asOfUsed || 'export'}.csv`, this.csv(), 'text/csv');
  }

  // ---- rows opening and selection -----------------------------------------------

  private select(k: number): void {
    const index = this.assessed!.facets.index[k]!;
    const row = this.rowAt(k);
    this.queueEvent('revops-select', {
      id: row.id,
      result: row,
      index,
      record: this.list[index] as Rec,
    } satisfies RiskSelectDetail<R, Rec>);
  }

  /** Open or close the row at a display position; opening selects it (`revops-select`). */
  toggleRow(p: number): void {
    const view = this.view;
    if (p < 0 || p >= view.length) return;
    const k = view[p]!;
    const index = this.assessed!.facets.index[k]!;
    const next = new Set(this.opened);
    this.active = p;
    if (next.has(index)) next.delete(index);
    else {
      next.add(index);
      this.select(k);
    }
    this.opened = next;
  }

  /** The one-record card's head: show or hide its details; every activation selects the record. */
  private onCardActivate = (): void => {
    if (!this.assessed?.facets.level.length) return;
    this.cardOpen = !this.cardOpen;
    this.select(0);
  };

  private onListClick = (e: Event): void => {
    const head = (e.target as Element).closest<HTMLElement>('.head');
    if (!head?.dataset.pos) return;
    this.toggleRow(Number(head.dataset.pos));
  };

  private onListKey = (e: KeyboardEvent): void => {
    const head = (e.target as Element).closest<HTMLElement>('.head');
    if (!head?.dataset.pos) return;
    const n = this.view.length;
    const page = Math.max(1, Math.floor(this.viewH / this.rowH) - 1);
    const p = Number(head.dataset.pos);
    let to: number;
    switch (e.key) {
      case 'ArrowDown':
        to = p + 1;
        break;
      case 'ArrowUp':
        to = p - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = n - 1;
        break;
      case 'PageDown':
        to = p + page;
        break;
      case 'PageUp':
        to = p - page;
        break;
      case 'Escape':
        if (this.opened.has(this.indexAt(p))) {
          e.preventDefault();
          this.toggleRow(p);
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveTo(to);
  };

  private indexAt(p: number): number {
    return this.assessed!.facets.index[this.view[p]!]!;
  }

  /** Make a display position the active row, scrolled into view and focused. */
  moveTo(p: number): void {
    const n = this.view.length;
    if (!n) return;
    this.active = Math.max(0, Math.min(n - 1, p));
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (list) {
      const top = this.topOf(this.active);
      const bottom = top + this.heightOf(this.active);
      if (top < list.scrollTop) list.scrollTop = top;
      else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
      this.scrollY = list.scrollTop;
    }
    this.focusActive = true;
  }

  private onScroll = (e: Event): void => {
    const list = e.currentTarget as HTMLElement;
    if (this.scrollQueued) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      this.scrollY = list.scrollTop;
    });
  };

  // ---- virtual list geometry ---------------------------------------------------------

  /** Open rows in the view: display position and extra height, by position. */
  private openRows(): { p: number; extra: number }[] {
    if (!this.opened.size) return [];
    const out: { p: number; extra: number }[] = [];
    for (const i of this.opened) {
      const p = this.positionOfInput(i);
      if (p >= 0) out.push({ p, extra: Math.max(0, (this.heights.get(i) ?? this.rowH * 4) - this.rowH) });
    }
    return out.sort((a, b) => a.p - b.p);
  }

  private topOf(p: number, open = this.openRows()): number {
    let extra = 0;
    for (const o of open) {
      if (o.p >= p) break;
      extra += o.extra;
    }
    return p * this.rowH + extra;
  }

  private heightOf(p: number): number {
    const i = this.indexAt(p);
    return this.opened.has(i) ? (this.heights.get(i) ?? this.rowH * 4) : this.rowH;
  }

  /** The display position at height y. */
  private positionAt(y: number, n: number, open: { p: number; extra: number }[]): number {
    let extra = 0;
    for (const o of open) {
      const top = o.p * this.rowH + extra;
      if (y < top) break;
      if (y < top + this.rowH + o.extra) return o.p;
      extra += o.extra;
    }
    return Math.max(0, Math.min(n - 1, Math.floor((y - extra) / this.rowH)));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (!list) return;
    if (!this.resize && typeof ResizeObserver !== 'undefined') {
      // Never change layout inside the observer callback (that loops): measure in the next frame.
      this.resize = new ResizeObserver(() => this.queueMeasure());
    }
    if (this.resize && list.dataset.observed !== '1') {
      list.dataset.observed = '1';
      this.resize.disconnect();
      this.resize.observe(list);
    }
    // Measure in the next frame rather than forcing a layout inside the update;
    // a scroll alone changes no height unless an open row comes into view unmeasured.
    if (!this.scrollOnly || this.unmeasuredOpenRow(list)) this.queueMeasure();
    const root = this.renderRoot as ShadowRoot;
    const ae = root.activeElement as HTMLElement | null;
    // Keep focus on the active row when its slot moved or was given to another row.
    const lost = this.listHadFocus && (!ae || !ae.classList.contains('head') || Number(ae.dataset.pos) !== this.active);
    if (this.focusActive || lost) {
      this.focusActive = false;
      list.querySelector<HTMLElement>(`.head[data-pos="${this.active}"]`)?.focus({ preventScroll: true });
    }
  }

  private unmeasuredOpenRow(list: HTMLElement): boolean {
    if (!this.opened.size) return false;
    for (const el of list.querySelectorAll<HTMLElement>('.item.open'))
      if (!this.heights.has(Number(el.dataset.i))) return true;
    return false;
  }

  private queueMeasure(): void {
    if (this.measureQueued) return;
    this.measureQueued = true;
    requestAnimationFrame(() => {
      this.measureQueued = false;
      this.measure();
    });
  }

  /** Read the row heights and viewport the layout needs; re-render when they changed. */
  private measure(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (!list) return;
    let again = false;
    const vh = list.clientHeight;
    if (vh && vh !== this.viewH) {
      this.viewH = vh;
      again = true;
    }
    const closed = list.querySelector<HTMLElement>('.item:not(.open)');
    if (closed && closed.offsetHeight && closed.offsetHeight !== this.rowH) {
      this.rowH = closed.offsetHeight;
      again = true;
    }
    list.querySelectorAll<HTMLElement>('.item.open').forEach((el) => {
      const i = Number(el.dataset.i);
      const h = el.offsetHeight;
      if (h && this.heights.get(i) !== h) {
        this.heights.set(i, h);
        again = true;
      }
    });
    if (again) this.requestUpdate();
  }

  // ---- rendering ---------------------------------------------------------------------

  /** A date of the data (ISO) in the UI's language. */
  protected day(iso: string | null | undefined): string {
    return formatDay(iso, this.loc);
  }

  override render(): TemplateResult {
    const a = this.assessed;
    const r = this.r;
    const single = !!a && this.single;
    const dep = this.viewDep();
    return html`<section
      part="base"
      class=${single ? 'compact' : 'full'}
      aria-labelledby="title"
      aria-busy=${(this.waiting || !!this.progress) && !a ? 'true' : 'false'}
    >
      <header part="header" class="row">
        <h2 id="title">${this.panelTitle()}</h2>
        <span class="spacer"></span>
        ${
          this.asOfUsed && a
            ? html`<span part="as-of" class="weak" data-as-of=${this.asOfUsed}
                >${this.asOfDefaulted ? r.asOfToday(this.day(this.asOfUsed)) : r.asOf(this.day(this.asOfUsed))}</span
              >`
            : nothing
        }
      </header>
      ${this.renderIssues(this.issues, !!a)} ${this.waiting && !a ? this.renderLoading() : nothing}
      ${this.renderProgress()}
      ${!a && !this.waiting && !this.progress && !this.issues.length ? html`<p part="empty" class="weak">${ACTIONS[this.locale].noData}</p>` : nothing}
      ${this.storageKey && !this.persist.persistent ? html`<p part="notice" role="status">${this.common.memoryOnly}</p>` : nothing}
      ${this.dropped.length ? html`<p part="notice" class="dropped" role="status">${this.droppedNotice(this.dropped)}</p>` : nothing}
      ${a && !single ? guard([a, this.loc, this.f, dep, this.rules, ...this.displayDeps()], () => this.renderSummary(a.result)) : nothing}
      ${a ? guard([a, this.loc], () => this.renderInvalid(a.result.invalid)) : nothing}
      ${a ? (single ? this.renderSingle() : this.renderListView()) : nothing}
      ${a && !single ? guard([a, this.view, this.filters, this.loc, this.f, this.rules, dep, ...this.displayDeps()], () => this.renderViews()) : nothing}
      ${
        this.rules && !this.hideRules
          ? guard(
              [
                this.rules,
                this.tuned,
                this.issues,
                this.importText,
                this.importIssues,
                this.loc,
                this.rulesSource,
                this.tunedOn,
                this.storageKey,
                single,
                ...this.rulesDeps(),
              ],
              () => this.renderRules(this.rules!, single),
            )
          : nothing
      }
    </section>`;
  }

  /** The notice for dropped overlay stages (the opportunity panel words it). */
  protected droppedNotice(keys: readonly string[]): string {
    return keys.join(', ');
  }

  private renderProgress(): TemplateResult | typeof nothing {
    const p = this.progress;
    if (!p) return nothing;
    const share = p.total ? p.done / p.total : 0;
    // Overall: sending 0–20 %, assessing 20–80 %, receiving 80–100 %.
    const overall = p.phase === 'send' ? share * 0.2 : p.phase === 'assess' ? 0.2 + share * 0.6 : 0.8 + share * 0.2;
    const text = this.r.progress[p.phase](this.f.percent(share, 0));
    return html`<div part="progress" class="progress" role="status" aria-live="polite">
      <label for="progress">${text}</label>
      <progress id="progress" max="100" .value=${Math.round(overall * 100)}>${text}</progress>
    </div>`;
  }

  protected renderLevelCounts(s: LevelCounts): TemplateResult {
    const r = this.r;
    return html`<ul class="counts" part="counts">
      ${(['critical', 'warning', 'ok'] as const).map(
        (l) =>
          html`<li data-level=${l}>
            <span class="badge lvl-${l}">${r.levels[l]}</span>
            <strong class="num" data-count=${l}>${this.f.integer(s[l])}</strong>
          </li>`,
      )}
    </ul>`;
  }

  /** The header figure of rows assessed and rows skipped (bad rows). */
  protected renderRowsFigure(result: Assessed<R, S>): TemplateResult {
    const r = this.r;
    const n = this.assessed?.facets.level.length ?? 0;
    const bad = result.invalid.length;
    return html`<div>
      <dt>${r.rowsFigure}</dt>
      <dd part="assessed" data-assessed=${n} data-skipped=${bad}>
        ${r.assessedN(this.f.integer(n))}${
          bad ? html` · <span class="bad">${r.skippedN(this.f.integer(bad))}</span>` : nothing
        }
      </dd>
    </div>`;
  }

  protected levelBadge(level: Level): TemplateResult {
    return html`<span class="badge lvl-${level}" part="level" data-level=${level}>${this.r.levels[level]}</span>`;
  }

  private renderInvalid(invalid: InvalidRow[]): TemplateResult | typeof nothing {
    if (!invalid.length) return nothing;
    return html`<details part="invalid" class="invalid" ?open=${invalid.length <= 5}>
      <summary>${this.r.invalidRows(invalid.length)}</summary>
      <ul>
        ${invalid.slice(0, 200).map(
          (b) =>
            html`<li>
              ${ACTIONS[this.locale].row(b.index)}${b.id !== undefined ? html` (<span class="id">${b.id}</span>)` : nothing}:
              ${b.issues.map((i) => {
                const path = this.rowPath(b.index, i.path);
                const label = this.fieldLabel(path);
                return html`<code>${path}</code>${label ? html` (${label})` : nothing} ${this.localize(i.message)} `;
              })}
            </li>`,
        )}
      </ul>
    </details>`;
  }

  private renderToolbar(): TemplateResult {
    const r = this.r;
    const f = this.filters;
    const any = Object.keys(f).length > 0 || this.query !== '';
    const select = (
      id: string,
      label: string,
      value: string,
      options: { value: string; label: string }[],
      on: (v: string) => void,
    ) => {
      const opts = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
      return html`<label class="field" for=${id}
        ><span>${label}</span>
        <select id=${id} @change=${(e: Event) => on((e.target as HTMLSelectElement).value)}>
          ${opts.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
        </select></label
      >`;
    };
    return html`<div part="filters" class="toolbar" role="group" aria-label=${r.filters}>
      ${select(
        'f-level',
        r.level,
        f.level ?? '',
        [
          { value: '', label: r.allLevels },
          { value: 'risk', label: r.atRisk },
          { value: 'critical', label: r.levels.critical },
          { value: 'warning', label: r.levels.warning },
          { value: 'ok', label: r.levels.ok },
        ],
        (v) => this.setFilter('level', v),
      )}
      ${this.filterControls().map((c) =>
        c.options
          ? select(`f-${c.key}`, c.label, f[c.key] ?? '', c.options, (v) => this.setFilter(c.key, v))
          : html`<label class="check" for="f-${c.key}"
              ><input
                id="f-${c.key}"
                type="checkbox"
                .checked=${f[c.key] === '1'}
                @change=${(e: Event) => this.setFilter(c.key, (e.target as HTMLInputElement).checked ? '1' : '')}
              /><span>${c.label}</span></label
            >`,
      )}
      <label class="field" for="f-q"
        ><span>${r.search}</span>
        <input
          id="f-q"
          type="search"
          placeholder=${r.searchHint}
          .value=${this.queryInput}
          @input=${this.onSearchInput}
          @change=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)}
      /></label>
      ${select('f-sort', r.sortBy, this.sort, [{ value: 'risk', label: r.sortRisk }, ...this.sortChoices().map((c) => ({ value: c.key, label: c.label }))], (v) => this.setSort(v))}
      <span class="spacer"></span>
      ${any ? html`<button type="button" @click=${this.clearFilters}>${r.clearFilters}</button>` : nothing}
      <button type="button" part="export" @click=${this.exportCsv}>${ACTIONS[this.locale].exportCsv}</button>
    </div>`;
  }

  /** Nothing to list: no rows at all (all skipped, or an empty list). */
  private renderNothing(): TemplateResult {
    const bad = this.assessed?.result.invalid.length ?? 0;
    return html`<p part="empty" class="weak">
      ${this.nothingToShow()}${bad ? html` ${this.r.allSkipped(bad, this.f.integer(bad))}` : nothing}
    </p>`;
  }

  private renderListView(): TemplateResult {
    const a = this.assessed!;
    const total = a.facets.level.length;
    if (!total) return this.renderNothing();
    const view = this.view;
    const n = view.length;
    const open = this.openRows();
    let height = n * this.rowH;
    for (const o of open) height += o.extra;
    const first = n ? this.positionAt(this.scrollY, n, open) : 0;
    const last = n ? this.positionAt(this.scrollY + this.viewH, n, open) : -1;
    const from = Math.max(0, first - OVERSCAN);
    const to = Math.min(n - 1, last + OVERSCAN);
    const active = Math.min(this.active, Math.max(0, n - 1));
    // A fixed pool of row slots: a row keeps its slot (and its DOM) while it is
    // in the window, so scrolling rewrites only the rows that come into view.
    this.pool = Math.max(this.pool, to - from + 1, Math.ceil(this.viewH / Math.max(1, this.rowH)) + 2 * OVERSCAN + 2);
    const pool = this.pool;
    const slots = this.slots;
    slots.length = 0;
    if (n && active < from) slots.push(active);
    for (let p = from; p <= to; p++) slots.push(p);
    if (n && active > to) slots.push(active);
    const r = this.r;
    const version = this.rowVersion;
    const dep = this.viewDep();
    return html`${guard([a, this.filters, this.sort, this.query, this.queryInput, this.loc, dep, this.sortingNow, ...this.displayDeps()], () => this.renderToolbar())}
      <p part="count" class="weak count" role="status" aria-live="polite">
        ${r.showing(this.f.integer(n), this.f.integer(total))}${
          this.sortingNow ? html` · <span class="sorting">${r.sorting}</span>` : nothing
        } <span class="visually-hidden">. ${r.listHint}</span>
      </p>
      ${
        n
          ? html`<div class="columns" aria-hidden="true">${this.renderColumns()}</div>
              <div
                class="list"
                part="list"
                @scroll=${this.onScroll}
                @click=${this.onListClick}
                @keydown=${this.onListKey}
              >
                <div class="sizer" role="list" aria-label=${this.panelTitle()} style="height: ${height}px">
                  ${repeat(
                    slots,
                    (p) => (p >= from && p <= to ? p % pool : pool),
                    (p) => {
                      const k = view[p]!;
                      const top = this.topOf(p, open);
                      const index = a.facets.index[k]!;
                      const isOpen = this.opened.has(index);
                      return guard([version, p, k, n, top, isOpen, p === active], () =>
                        this.renderRow(p, k, n, active, top, isOpen),
                      );
                    },
                  )}
                </div>
              </div>`
          : html`<p part="no-match" class="weak">${r.noMatch}</p>`
      }`;
  }

  private renderRow(p: number, k: number, n: number, active: number, top: number, isOpen: boolean): TemplateResult {
    const index = this.assessed!.facets.index[k]!;
    const row = this.rowAt(k);
    const rec = this.list[index] as Rec;
    return html`<div
      role="listitem"
      class="item ${isOpen ? 'open' : ''}"
      data-i=${index}
      data-level=${row.level}
      aria-posinset=${p + 1}
      aria-setsize=${n}
      style="top: ${top}px"
    >
      <button
        type="button"
        class="head"
        part="row"
        id="h${index}"
        data-pos=${p}
        tabindex=${p === active ? 0 : -1}
        aria-expanded=${isOpen ? 'true' : 'false'}
        aria-controls=${ifDefined(isOpen ? `d${index}` : undefined)}
      >
        ${this.renderRowHead(row, rec, k)}
      </button>
      ${isOpen ? html`<div class="detail" part="detail" id="d${index}">${this.renderRowDetail(row, rec, index, false)}</div>` : nothing}
    </div>`;
  }

  /** One record: a compact card (no pipeline header, no list); its head selects the record. */
  private renderSingle(): TemplateResult {
    const a = this.assessed!;
    if (!a.facets.level.length) return this.renderNothing();
    const row = this.rowAt(0);
    const index = a.facets.index[0]!;
    const rec = this.list[index] as Rec;
    const open = this.cardOpen;
    return html`<article part="card" class="card" data-level=${row.level} aria-label=${rec.name ?? rec.id}>
      <button
        type="button"
        class="card-head"
        part="row"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${ifDefined(open ? 'card-detail' : undefined)}
        aria-describedby="card-hint"
        @click=${this.onCardActivate}
      >
        ${this.renderRowHead(row, rec, 0)}
      </button>
      <span id="card-hint" class="visually-hidden">${this.r.cardToggle}</span>
      ${open ? html`<div class="detail" part="detail" id="card-detail">${this.renderRowDetail(row, rec, index, true)}</div>` : nothing}
    </article>`;
  }

  /** Whether a rules path has an issue (for aria-invalid). */
  protected badRule(path: string): 'true' | 'false' {
    return this.issues.some((i) => i.path === path) ? 'true' : 'false';
  }

  private renderRules(rules: Rules, compact: boolean): TemplateResult {
    const r = this.r;
    const from = this.tunedOn
      ? r.rulesFromTuned(r.rulesSource[this.rulesSource])
      : r.rulesFrom(r.rulesSource[this.rulesSource]);
    return html`<details part="rules" class="rules ${compact ? 'small' : ''}">
      <summary>${r.rules}</summary>
      <div class="body">
        <p class="weak" part="rules-source" data-source=${this.tunedOn ? 'tuned' : this.rulesSource}>${from}</p>
        <p class="weak">${this.storageKey ? r.rulesHintSaved : r.rulesHintSession}</p>
        ${this.renderRulesFields(this.editorRules(rules))}
        <div class="row">
          <button type="button" @click=${this.resetRules}>${r.resetRules}</button>
          <button
            type="button"
            @click=${() => downloadText(`${this.localName}-rules.json`, JSON.stringify(rules, null, 2), 'application/json')}
          >
            ${r.exportRules}
          </button>
        </div>
        ${jsonImportBox({
          id: 'rules-json',
          label: r.rulesJson,
          text: this.importText,
          onInput: (text) => (this.importText = text),
          onImport: () => this.importRules(this.importText),
          importLabel: r.importRules,
          issues: this.importIssues.length ? this.renderIssues(this.importIssues, false) : nothing,
        })}
      </div>
    </details>`;
  }

  /** The rules the editor shows: the user's changes on the host's rules, even while invalid (so a bad value stays visible). */
  protected editorRules(rules: Rules): Rules {
    if (this.tuned === undefined || !this.hostRules) return rules;
    const merged = this.overlayRules(this.hostRules, this.tuned).rules;
    try {
      return this.resolveRules(merged);
    } catch {
      return (isObject(merged) ? merged : rules) as Rules;
    }
  }

  /** Use rules given as JSON text (checked before they become the user's rules). */
  importRules(text: string): void {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      this.importIssues = [{ path: 'rules', message: this.r.rulesNotJson((e as Error).message) }];
      return;
    }
    try {
      this.resolveRules(v);
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      this.importIssues = e.issues;
      return;
    }
    this.importIssues = [];
    this.importText = '';
    this.rulesReset();
    this.setRules(v);
  }

  /** A number input of the rules editor; `scale` shows fractions as percentages. */
  protected numberField(
    id: string,
    label: string,
    value: number,
    path: string,
    set: (v: number) => void,
    scale = 1,
    step = 'any',
  ): TemplateResult {
    const shown = Math.round(value * scale * 1e6) / 1e6;
    return html`<label for=${id}>${label}</label>
      <input
        id=${id}
        type="number"
        step=${step}
        .value=${String(shown)}
        aria-invalid=${this.badRule(path)}
        @change=${(e: Event) => {
          const t = (e.target as HTMLInputElement).value.trim();
          set(t === '' ? NaN : Number(t) / scale);
        }}
      />`;
  }
}
