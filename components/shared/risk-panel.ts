/**
 * What the two risk panels share (opportunity-alert-panel, churn-alert-panel):
 * reading `{ asOf, <list>, rules? }`, rules precedence, assessment (at once,
 * or in a worker / main-thread slices with progress for very large lists),
 * joining model rows back to their input rows, the level header, filters,
 * search and sort, the virtualised keyboard list with rows that open, CSV
 * export, the invalid-rows report, the rules editor shell, `revops-select`,
 * and persistence of rules, filters, sort and plan ticks. The subclasses add
 * their model, columns, row details, charts and rule fields.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { assessIndexed, type IndexedAssessment, type RiskJob, type RiskKind, type RiskModel, type RiskRow } from '../../src/worker/risk-engine.js';
import { isModelInputError, ModelInputError, type InvalidRow, type Issue } from '../../src/schemas/issues.js';
import type { Level, LevelCounts } from '../../src/models/signals.js';
import { RISK, type ProgressPhase, type RiskStrings, type RulesSource } from '../../src/i18n/risk.js';
import { toCsv, type Cell } from '../../src/parse/csv.js';
import type { Formatter } from '../../src/i18n/format.js';
import { RevopsElement } from './revops-element.js';
import type { ResolvedInput } from './json-source.js';
import { Persist } from './persist.js';
import { jsonImportBox } from './views.js';
import { downloadText } from './download.js';
import { assessInBackground, Cancelled, yieldToMain } from './risk-panel-assess.js';
import { riskPanelStyles } from './risk-panel.styles.js';

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

export interface SortChoice<R, Rec> {
  key: string;
  label: string;
  value: (row: R, rec: Rec) => number | string | null | undefined;
  /** 1 ascending, -1 descending; missing values always last. */
  dir: 1 | -1;
}

export interface CsvColumn<R, Rec> {
  header: string;
  value: (row: R, rec: Rec) => Cell;
}

/** What a risk panel saves under its storage-key. */
export interface RiskSaved {
  v: 1;
  /** Tuned rules (a full rules object), when the user edited them. */
  rules?: unknown;
  filters?: Record<string, string>;
  sort?: string;
  /** Ticked response-plan steps per row id. */
  plan?: Record<string, string[]>;
}

/** What an assessment was run with, applied together with its result. */
interface RunContext<Rules> {
  list: readonly unknown[];
  asOf: string;
  defaulted: boolean;
  source: RulesSource;
  rules: Rules;
}

export interface Assessed<R, S extends LevelCounts = LevelCounts> {
  rows: R[];
  summary: S;
  invalid: InvalidRow[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Run a generator to its end and return its value. */
export function drain<T>(it: Generator<void, T, void>): T {
  for (;;) {
    const s = it.next();
    if (s.done) return s.value;
  }
}
/** Rows between two yields of an aggregate generator. */
export const AGGREGATE_STEP = 25_000;
const todayUtc = (): string => new Date().toISOString().slice(0, 10);
/** Below this many rows a name sort uses the locale's collation; above, code-unit order keeps it fast. */
const COLLATE_MAX = 20_000;
const OVERSCAN = 6;

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

  @state() protected assessed?: { result: Assessed<R, S>; index: Int32Array };
  @state() protected list: readonly unknown[] = [];
  @state() protected asOfUsed = '';
  @state() protected asOfDefaulted = false;
  @state() protected rulesSource: RulesSource = 'defaults';
  @state() protected rules?: Rules;
  @state() protected tuned: unknown = undefined;
  @state() protected filters: Filters = {};
  @state() protected sort = 'risk';
  @state() protected query = '';
  @state() protected opened: ReadonlySet<number> = new Set();
  @state() protected active = 0;
  @state() protected progress: { phase: ProgressPhase; done: number; total: number } | null = null;
  @state() protected plan: Readonly<Record<string, string[]>> = {};
  @state() protected importText = '';
  @state() protected importIssues: Issue[] = [];
  @state() protected waiting = false;
  @state() private scrollY = 0;
  @state() private viewH = 480;

  protected abstract readonly kind: RiskKind;
  /** The panel's model function (assessOpportunities or assessChurn). */
  protected abstract readonly assess: RiskModel;
  /** Merge raw rules with the defaults (throws ModelInputError for bad rules). */
  protected abstract resolveRules(raw: unknown): Rules;
  protected abstract panelTitle(): string;
  protected abstract renderSummary(result: Assessed<R, S>): TemplateResult;
  protected abstract renderColumns(): TemplateResult;
  protected abstract renderRowHead(row: R, rec: Rec): TemplateResult;
  protected abstract renderRowDetail(row: R, rec: Rec, index: number): TemplateResult;
  protected abstract filterControls(): FilterControl[];
  protected abstract rowMatches(row: R, rec: Rec, f: Filters): boolean;
  protected abstract sortChoices(): SortChoice<R, Rec>[];
  protected abstract csvColumns(): CsvColumn<R, Rec>[];
  protected abstract renderRulesFields(rules: Rules): TemplateResult;
  /** Charts and views under the list (team view, value × risk). */
  protected abstract renderViews(): TemplateResult | typeof nothing;
  /**
   * Compute per-assessment aggregates (owners, tiers, grid counts…) into
   * plain fields from the given run. A generator: it yields every so many
   * rows, and for large lists each step runs in its own task before the
   * result is shown; small lists run it straight through.
   */
  protected *aggregate(_result: Assessed<R, S>, _index: Int32Array, _list: readonly unknown[], _rules: Rules): Generator<void, void, void> {}
  /** Extra values the view (filters) depends on besides data, filters, sort and search. */
  protected viewDeps(): unknown[] {
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

  private pending?: IndexedAssessment & RunContext<Rules> & { where: 'page' | 'worker' | 'slices'; aggregated?: boolean };
  private ran: { where: 'page' | 'worker' | 'slices'; ms: number } | null = null;
  private started = 0;

  /** Where the last assessment ran (at once on the page, in a worker, or in main-thread slices) and how long it took, in ms. */
  get assessedIn(): { where: 'page' | 'worker' | 'slices'; ms: number } | null {
    return this.ran;
  }
  private job: AbortController | null = null;
  private viewKey: unknown[] = [];
  private viewCache: Int32Array = new Int32Array(0) as Int32Array;
  private posOf: Int32Array = new Int32Array(0);
  private rowH = 44;
  private heights = new Map<number, number>();
  private focusActive = false;
  private scrollQueued = false;
  private measureQueued = false;
  private interrupted = false;
  private resize?: ResizeObserver;
  /** Per-render formatter. */
  protected f!: Formatter;

  get r(): RiskStrings {
    return RISK[this.locale];
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
    this.resize?.disconnect();
    this.resize = undefined;
  }

  protected override storagePending(): boolean {
    return this.persist.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.persist.sync();
    super.willUpdate(changed);
  }

  // ---- input and assessment ------------------------------------------------

  /** The rules in force by precedence: tuned here > the model channel > data.rules > defaults. */
  private pickRules(env: Record<string, unknown>, model: ResolvedInput): { raw: unknown; source: RulesSource } {
    if (this.tuned !== undefined) return { raw: this.tuned, source: 'tuned' };
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
    if (Array.isArray(d)) env = { [key]: d };
    else if (isObject(d)) env = d;
    else throw new ModelInputError([{ path: 'data', message: `data expected an object { "asOf": …, "${key}": [ … ] } or a list of ${key}` }]);
    const defaulted = env.asOf == null;
    const asOf = defaulted ? todayUtc() : env.asOf;
    const { raw, source } = this.pickRules(env, model);
    const list = env[key];
    const job: RiskJob = { kind: key, model: this.assess, asOf, rules: raw, list };
    this.cancelJob();
    this.started = performance.now();
    // Bad asOf or rules fail here, at once, whatever the list's size.
    const head = assessIndexed({ ...job, list: Array.isArray(list) ? [] : list });
    const rules = this.resolveRules(raw);
    const ctx: RunContext<Rules> = { list: Array.isArray(list) ? list : [], asOf: String(asOf), defaulted, source, rules };
    if (!Array.isArray(list) || list.length <= this.workerThreshold) {
      const r = Array.isArray(list) && list.length ? assessIndexed(job) : head;
      this.pending = { ...r, ...ctx, where: 'page' };
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
    assessInBackground(job, (phase, done, t) => {
      if (!ctrl.signal.aborted) this.progress = { phase, done, total: t };
    }, ctrl.signal).then(
      async (r) => {
        // Aggregates and the first render of a very large result go in separate tasks.
        const steps = this.aggregate(r.result as unknown as Assessed<R, S>, r.index, ctx.list, ctx.rules);
        do {
          await yieldToMain();
          if (ctrl.signal.aborted) return;
        } while (!steps.next().done);
        await yieldToMain();
        if (ctrl.signal.aborted) return;
        this.job = null;
        this.progress = null;
        this.pending = { ...r, ...ctx, where: r.where === 'worker' ? 'worker' : 'slices', aggregated: true };
        this.accept(r.result);
        this.queueEvent('revops-change', r.result);
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
    this.assessed = { result: p.result as unknown as Assessed<R, S>, index: p.index };
    if (p.list !== this.list) {
      // New data: row indices mean other rows now.
      this.opened = new Set();
      this.active = 0;
    }
    this.list = p.list;
    this.asOfUsed = p.asOf;
    this.asOfDefaulted = p.defaulted;
    this.rulesSource = p.source;
    this.rules = p.rules;
    this.heights.clear();
    if (!p.aggregated) drain(this.aggregate(this.assessed.result, p.index, p.list, p.rules));
    const invalid = p.result.invalid;
    if (invalid.length)
      this.queueEvent('revops-invalid', {
        source: 'rows',
        issues: invalid.flatMap((b) => b.issues.map((i) => ({ path: this.rowPath(b.index, i.path), message: `${this.common.row(b.index)}: ${i.message}` }))),
      });
  }

  /** Bad rules are reported as coming from where the rules came from. */
  protected override fail(issues: Issue[], source: string): void {
    const fromRules = issues.length > 0 && issues.every((i) => i.path === 'rules' || i.path.startsWith('rules.'));
    super.fail(issues, fromRules ? ({ tuned: 'rules', model: 'model', data: 'data', defaults: 'data' } as const)[this.rulesSourceNow()] : source);
  }

  private rulesSourceNow(): RulesSource {
    if (this.tuned !== undefined) return 'tuned';
    const m = this.modelSource.resolve();
    return m.status === 'ready' && m.value != null ? 'model' : 'data';
  }

  protected rowPath(index: number, rel: string): string {
    return rel ? `${this.kind}.${index}.${rel}` : `${this.kind}.${index}`;
  }

  // ---- persisted state ---------------------------------------------------------

  private restore(s: RiskSaved | undefined): void {
    if (!s || s.v !== 1) return;
    this.tuned = s.rules;
    if (isObject(s.filters)) this.filters = Object.fromEntries(Object.entries(s.filters).filter(([, v]) => typeof v === 'string')) as Filters;
    if (typeof s.sort === 'string') this.sort = s.sort;
    if (isObject(s.plan)) this.plan = s.plan as Record<string, string[]>;
    this.requestCompute();
  }

  protected save(): void {
    const s: RiskSaved = { v: 1, filters: { ...this.filters }, sort: this.sort, plan: this.plan as Record<string, string[]> };
    if (this.tuned !== undefined) s.rules = this.tuned;
    this.persist.save(s);
  }

  /** Replace the rules in force with edited ones (a new object: the models cache rules by identity). */
  setRules(rules: unknown): void {
    this.tuned = rules;
    this.save();
    this.requestCompute();
  }

  /** Forget tuned rules: back to the model channel, data.rules or the defaults. */
  resetRules(): void {
    this.tuned = undefined;
    this.rulesReset();
    this.importIssues = [];
    this.save();
    this.requestCompute();
  }

  /** Hook: forget editor-local state (bad field text) when the rules are reset. */
  protected rulesReset(): void {}

  /** Edit a copy of the rules in force (tuned ones even when invalid, so edits add up). */
  protected tune(mutate: (draft: Rules) => void): void {
    const base = this.tuned !== undefined && isObject(this.tuned) ? this.tuned : this.rules;
    if (!base) return;
    const draft = structuredClone(base) as Rules;
    mutate(draft);
    this.setRules(draft);
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

  clearFilters(): void {
    this.filters = {};
    this.query = '';
    this.active = 0;
    this.save();
  }

  /** Tick or untick a response-plan step of a row. */
  protected setPlanStep(id: string, step: string, done: boolean): void {
    const cur = new Set(this.plan[id] ?? []);
    if (done) cur.add(step);
    else cur.delete(step);
    const next = { ...this.plan };
    if (cur.size) next[id] = [...cur];
    else delete next[id];
    this.plan = next;
    this.save();
  }

  // ---- the view: filters, search, sort ------------------------------------------

  /** Output positions (indices into result.rows) shown, in display order. */
  protected get view(): Int32Array {
    const a = this.assessed;
    if (!a) return new Int32Array(0);
    const key = [a, this.filters, this.sort, this.query, this.locale, ...this.viewDeps()];
    if (key.every((k, i) => k === this.viewKey[i])) return this.viewCache;
    this.viewKey = key;
    const { rows } = a.result;
    const idx = a.index;
    const list = this.list;
    const f = this.filters;
    const level = f.level ?? '';
    const q = this.query.trim().toLowerCase();
    const out = new Int32Array(rows.length);
    let m = 0;
    const all = !q && Object.keys(f).length === 0;
    if (all) for (let k = 0; k < rows.length; k++) out[m++] = k;
    else for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      if (level && (level === 'risk' ? row.level === 'ok' : row.level !== level)) continue;
      const rec = list[idx[k]!] as Rec;
      if (!this.rowMatches(row, rec, f)) continue;
      if (q && !`${rec.name ?? ''}\u0001${rec.id}\u0001${this.searchText(rec)}`.toLowerCase().includes(q)) continue;
      out[m++] = k;
    }
    let view: Int32Array = m === out.length ? out : out.slice(0, m);
    const choice = this.sort === 'risk' ? undefined : this.sortChoices().find((c) => c.key === this.sort);
    if (choice) view = this.sorted(view, choice);
    this.viewCache = view;
    const posOf = new Int32Array(list.length).fill(-1);
    for (let p = 0; p < view.length; p++) posOf[idx[view[p]!]!] = p;
    this.posOf = posOf;
    return view;
  }

  private sorted(view: Int32Array, c: SortChoice<R, Rec>): Int32Array {
    const a = this.assessed!;
    const n = view.length;
    const keys = new Array<number | string | null>(n);
    let text = false;
    for (let p = 0; p < n; p++) {
      const k = view[p]!;
      const v = c.value(a.result.rows[k]!, this.list[a.index[k]!] as Rec);
      keys[p] = v === undefined || v === null || (typeof v === 'number' && !Number.isFinite(v)) ? null : v;
      if (typeof v === 'string') text = true;
    }
    const collator = text && n <= COLLATE_MAX ? new Intl.Collator(this.locale, { numeric: true }) : null;
    const order = Array.from({ length: n }, (_, p) => p);
    order.sort((x, y) => {
      const a1 = keys[x]!, b1 = keys[y]!;
      if (a1 === null || b1 === null) return a1 === b1 ? x - y : a1 === null ? 1 : -1;
      let d: number;
      if (typeof a1 === 'number' && typeof b1 === 'number') d = a1 - b1;
      else if (collator) d = collator.compare(String(a1), String(b1));
      else d = String(a1) < String(b1) ? -1 : String(a1) > String(b1) ? 1 : 0;
      return d * c.dir || x - y; // ties keep the model's risk order
    });
    const out = new Int32Array(n);
    for (let p = 0; p < n; p++) out[p] = view[order[p]!]!;
    return out;
  }

  /** The row at a display position: the model row, its input index and input row. */
  protected at(p: number): { row: R; index: number; rec: Rec } {
    const a = this.assessed!;
    const k = this.view[p]!;
    const index = a.index[k]!;
    return { row: a.result.rows[k]!, index, rec: this.list[index] as Rec };
  }

  /** Every row of the current view (filters and sort applied), for exports and charts. */
  protected *viewRows(): Generator<{ row: R; rec: Rec }> {
    const a = this.assessed;
    if (!a) return;
    for (const k of this.view) yield { row: a.result.rows[k]!, rec: this.list[a.index[k]!] as Rec };
  }

  // ---- CSV ------------------------------------------------------------------------

  /** The assessed list as CSV (the rows shown: filters and sort applied). */
  csv(): string {
    const cols = this.csvColumns();
    const rows: Cell[][] = [];
    for (const { row, rec } of this.viewRows()) rows.push(cols.map((c) => c.value(row, rec)));
    return toCsv(cols.map((c) => c.header), rows);
  }

  /** Download the CSV of the rows shown. */
  exportCsv(): void {
    downloadText(`${this.localName}-${this.asOfUsed || 'export'}.csv`, this.csv(), 'text/csv');
  }

  // ---- rows opening and selection -----------------------------------------------

  /** Open or close the row at a display position; opening selects it (`revops-select`). */
  toggleRow(p: number): void {
    const n = this.view.length;
    if (p < 0 || p >= n) return;
    const { row, index, rec } = this.at(p);
    const next = new Set(this.opened);
    this.active = p;
    if (next.has(index)) next.delete(index);
    else {
      next.add(index);
      this.queueEvent('revops-select', { id: row.id, result: row, index, record: rec } satisfies RiskSelectDetail<R, Rec>);
    }
    this.opened = next;
  }

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
        if (this.opened.has(this.at(p).index)) {
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
    const out: { p: number; extra: number }[] = [];
    for (const i of this.opened) {
      const p = this.posOf[i] ?? -1;
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
    const i = this.at(p).index;
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
    // Measure in the next frame rather than forcing a layout inside the update.
    this.queueMeasure();
    if (this.focusActive) {
      this.focusActive = false;
      list.querySelector<HTMLElement>(`.head[data-pos="${this.active}"]`)?.focus({ preventScroll: true });
    }
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

  override render(): TemplateResult {
    this.f = this.fmt;
    const a = this.assessed;
    const r = this.r;
    const single = a && this.list.length === 1 && a.result.rows.length === 1;
    return html`<section part="base" aria-labelledby="title" aria-busy=${(this.waiting || !!this.progress) && !a ? 'true' : 'false'}>
      <header part="header" class="row">
        <h2 id="title">${this.panelTitle()}</h2>
        <span class="spacer"></span>
        ${this.asOfUsed && a
          ? html`<span part="as-of" class="weak" data-as-of=${this.asOfUsed}>${this.asOfDefaulted ? r.asOfToday(this.asOfUsed) : r.asOf(this.asOfUsed)}</span>`
          : nothing}
      </header>
      ${this.renderIssues(this.issues, !!a)}
      ${this.waiting && !a ? this.renderLoading() : nothing}
      ${this.renderProgress()}
      ${!a && !this.waiting && !this.progress && !this.issues.length ? html`<p part="empty" class="weak">${this.common.noData}</p>` : nothing}
      ${this.storageKey && !this.persist.persistent ? html`<p part="notice" role="status">${this.common.memoryOnly}</p>` : nothing}
      ${a ? guard([a, this.locale, this.currency, this.context?.currency, ...this.viewDeps()], () => this.renderSummary(a.result)) : nothing}
      ${a ? this.renderInvalid(a.result.invalid) : nothing}
      ${a ? (single ? this.renderSingle() : this.renderListView()) : nothing}
      ${a && !single ? guard([a, this.view, this.filters, this.locale, this.currency, this.context?.currency, this.rules, ...this.viewDeps()], () => this.renderViews()) : nothing}
      ${this.rules ? this.renderRules(this.rules) : nothing}
    </section>`;
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
        (l) => html`<li data-level=${l}><span class="badge lvl-${l}">${r.levels[l]}</span> <strong class="num" data-count=${l}>${this.f.integer(s[l])}</strong></li>`,
      )}
    </ul>`;
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
          (b) => html`<li>
            ${this.common.row(b.index)}${b.id !== undefined ? html` (<span class="id">${b.id}</span>)` : nothing}:
            ${b.issues.map((i) => html`<code>${this.rowPath(b.index, i.path)}</code> ${i.message} `)}
          </li>`,
        )}
      </ul>
    </details>`;
  }

  private renderToolbar(): TemplateResult {
    const r = this.r;
    const f = this.filters;
    const any = Object.keys(f).length > 0 || this.query !== '';
    const select = (id: string, label: string, value: string, options: { value: string; label: string }[], on: (v: string) => void) => {
      const opts = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
      return html`<label class="field" for=${id}><span>${label}</span>
        <select id=${id} @change=${(e: Event) => on((e.target as HTMLSelectElement).value)}>
          ${opts.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
        </select></label>`;
    };
    return html`<div part="filters" class="toolbar" role="group" aria-label=${r.filters}>
      ${select('f-level', r.level, f.level ?? '', [
        { value: '', label: r.allLevels },
        { value: 'risk', label: r.atRisk },
        { value: 'critical', label: r.levels.critical },
        { value: 'warning', label: r.levels.warning },
        { value: 'ok', label: r.levels.ok },
      ], (v) => this.setFilter('level', v))}
      ${this.filterControls().map((c) =>
        c.options
          ? select(`f-${c.key}`, c.label, f[c.key] ?? '', c.options, (v) => this.setFilter(c.key, v))
          : html`<label class="check" for="f-${c.key}"><input id="f-${c.key}" type="checkbox" .checked=${f[c.key] === '1'}
              @change=${(e: Event) => this.setFilter(c.key, (e.target as HTMLInputElement).checked ? '1' : '')} /><span>${c.label}</span></label>`,
      )}
      <label class="field" for="f-q"><span>${r.search}</span>
        <input id="f-q" type="search" placeholder=${r.searchHint} .value=${this.query}
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            this.active = 0;
          }} /></label>
      ${select('f-sort', r.sortBy, this.sort, [{ value: 'risk', label: r.sortRisk }, ...this.sortChoices().map((c) => ({ value: c.key, label: c.label }))], (v) => this.setSort(v))}
      <span class="spacer"></span>
      ${any ? html`<button type="button" @click=${this.clearFilters}>${r.clearFilters}</button>` : nothing}
      <button type="button" part="export" @click=${this.exportCsv}>${this.common.exportCsv}</button>
    </div>`;
  }

  private renderListView(): TemplateResult {
    const view = this.view;
    const n = view.length;
    const total = this.assessed!.result.rows.length;
    const open = this.openRows();
    let height = n * this.rowH;
    for (const o of open) height += o.extra;
    const first = n ? this.positionAt(this.scrollY, n, open) : 0;
    const last = n ? this.positionAt(this.scrollY + this.viewH, n, open) : -1;
    const positions: number[] = [];
    const from = Math.max(0, first - OVERSCAN);
    const to = Math.min(n - 1, last + OVERSCAN);
    const active = Math.min(this.active, Math.max(0, n - 1));
    if (n && active < from) positions.push(active);
    for (let p = from; p <= to; p++) positions.push(p);
    if (n && active > to) positions.push(active);
    const r = this.r;
    return html`${this.renderToolbar()}
      <p part="count" class="weak count" role="status" aria-live="polite">${r.showing(this.f.integer(n), this.f.integer(total))}
        <span class="visually-hidden">. ${r.listHint}</span></p>
      ${n
        ? html`<div class="columns" aria-hidden="true">${this.renderColumns()}</div>
            <div class="list" part="list" @scroll=${this.onScroll} @click=${this.onListClick} @keydown=${this.onListKey}>
              <div class="sizer" role="list" aria-label=${this.panelTitle()} style="height: ${height}px">
                ${repeat(positions, (p) => this.at(p).index, (p) => this.renderRow(p, n, active, open))}
              </div>
            </div>`
        : html`<p part="no-match" class="weak">${r.noMatch}</p>`}`;
  }

  private renderRow(p: number, n: number, active: number, open: { p: number; extra: number }[]): TemplateResult {
    const { row, index, rec } = this.at(p);
    const isOpen = this.opened.has(index);
    return html`<div role="listitem" class="item ${isOpen ? 'open' : ''}" data-i=${index} data-level=${row.level}
        aria-posinset=${p + 1} aria-setsize=${n} style="top: ${this.topOf(p, open)}px">
      <button type="button" class="head" part="row" id="h${index}" data-pos=${p} tabindex=${p === active ? 0 : -1}
        aria-expanded=${isOpen ? 'true' : 'false'} aria-controls=${ifDefined(isOpen ? `d${index}` : undefined)}>
        ${this.renderRowHead(row, rec)}
      </button>
      ${isOpen ? html`<div class="detail" part="detail" id="d${index}">${this.renderRowDetail(row, rec, index)}</div>` : nothing}
    </div>`;
  }

  /** One record: a compact card, its details shown. */
  private renderSingle(): TemplateResult {
    const a = this.assessed!;
    const row = a.result.rows[0]!;
    const index = a.index[0]!;
    const rec = this.list[index] as Rec;
    return html`<article part="card" class="card" data-level=${row.level}>
      <div class="card-head">${this.renderRowHead(row, rec)}</div>
      <div class="detail" part="detail">${this.renderRowDetail(row, rec, index)}</div>
      <div class="row"><span class="spacer"></span><button type="button" part="export" @click=${this.exportCsv}>${this.common.exportCsv}</button></div>
    </article>`;
  }

  /** Whether a rules path has an issue (for aria-invalid). */
  protected badRule(path: string): 'true' | 'false' {
    return this.issues.some((i) => i.path === path) ? 'true' : 'false';
  }

  private renderRules(rules: Rules): TemplateResult {
    const r = this.r;
    return html`<details part="rules" class="rules">
      <summary>${r.rules}</summary>
      <div class="body">
        <p class="weak" part="rules-source" data-source=${this.rulesSource}>${r.rulesFrom(r.rulesSource[this.rulesSource])}</p>
        <p class="weak">${r.rulesHint}</p>
        ${this.renderRulesFields(this.editorRules(rules))}
        <div class="row">
          <button type="button" @click=${this.resetRules}>${r.resetRules}</button>
          <button type="button" @click=${() => downloadText(`${this.localName}-rules.json`, JSON.stringify(rules, null, 2), 'application/json')}>${r.exportRules}</button>
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

  /** The rules the editor shows: tuned ones even while invalid (so the bad value stays visible), else those in force. */
  private editorRules(rules: Rules): Rules {
    if (this.tuned === undefined) return rules;
    try {
      return this.resolveRules(this.tuned);
    } catch {
      return (isObject(this.tuned) ? this.tuned : rules) as Rules;
    }
  }

  /** Use rules given as JSON text (checked before they replace the rules in force). */
  importRules(text: string): void {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      this.importIssues = [{ path: 'rules', message: `rules: not valid JSON (${(e as Error).message})` }];
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
    // Keep the merged, complete rules, so the editor can show and edit every value.
    this.setRules(structuredClone(this.resolveRules(v)));
  }

  /** A number input of the rules editor; `scale` shows fractions as percentages. */
  protected numberField(id: string, label: string, value: number, path: string, set: (v: number) => void, scale = 1, step = 'any'): TemplateResult {
    const shown = Math.round(value * scale * 1e6) / 1e6;
    return html`<label for=${id}>${label}</label>
      <input id=${id} type="number" step=${step} .value=${String(shown)} aria-invalid=${this.badRule(path)}
        @change=${(e: Event) => {
          const t = (e.target as HTMLInputElement).value.trim();
          set(t === '' ? NaN : Number(t) / scale);
        }} />`;
  }
}
