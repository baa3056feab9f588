/**
 * What the four planners share (funnel-forecast, sales-target-planner,
 * sales-org-designer, cs-capacity-planner): the seed's spreadsheet made live.
 * The model input comes from `data` (or its defaults), overlaid by one
 * kebab-case attribute per parameter, overlaid by what the user typed or the
 * scenario they loaded (kept by leaf path, `stages.2.count`, so later data
 * still flows into every other field); every keystroke re-runs the model.
 * Results, charts and advice are drawn from the last good result together
 * with the input that produced it, never from a half-typed input. The base
 * renders the frame (parameters, key figures, results, what to tune), the
 * labelled inputs with inline messages and edit marks, named scenarios in
 * IndexedDB (save, load with undo, duplicate, delete, compare A with B) and
 * JSON/CSV export. A planner adds its parameters, results, charts and advice.
 *
 * Written compactly on purpose: funnel-forecast carries this within a 30 KB budget.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ModelInputError, type Issue, type InvalidRow } from '../../src/schemas/issues.js';
import { elementIssue } from '../../src/schemas/element-issues.js';
import { PLANNER, type PlannerStrings } from '../../src/i18n/planners.js';
import type { ExportTable } from '../../src/export/table.js';
import { figuresTable } from '../../src/export/planners.js';
import { RevopsElement } from './revops-element.js';
import type { ResolvedInput } from './json-source.js';
import { Persist } from './persist.js';
import { downloadText } from './download.js';
import { downloadTables } from './download-tables.js';
import { plannerStyles } from './planner.styles.js';
import { plannerTable } from './planner-table.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import { myriads } from '../../src/parse/number.js';
import { renderCompare, renderScenarios } from './planner-scenarios.js';
import { FirstScreen } from './first-screen.js';
import {
  clone,
  diff,
  getPath,
  isObj,
  rowIssues,
  setIn,
  show,
  typedValue,
  type Kind,
  type Obj,
} from './planner-input.js';
import type { Field, Figure, LazySlot, PlannerSaved, Scenario } from './planner-types.js';

export { diff, getPath, isObj, list, listAttr, numAttr, paramProps, parseNum, type Kind } from './planner-input.js';
import { fieldMessage } from '../../src/parse/number-messages.js';
import { loadLocale } from '../../src/i18n/registry.js';

export type { Field, Figure, LazySlot, PlannerSaved, Scenario } from './planner-types.js';

export abstract class Planner<R = unknown> extends RevopsElement {
  static override styles = [...RevopsElement.styles, plannerStyles];

  /** A result at the first render: the key figures and chart first, the rest a frame later (first-screen.ts). */
  protected readonly firstScreen = new FirstScreen(
    this,
    () => !this.hasUpdated && !!this.result && !this.issues.length,
  );

  @state() protected result?: R;
  /** The input that produced `result`: results, charts and advice are drawn from this pair. */
  protected shown: Obj = {};
  @state() protected edits: Obj = {};
  @state() protected scenarios: Scenario[] = [];
  /** The loaded or last saved scenario. */
  @state() protected active = '';
  /** Text being typed, by path, so re-rendering never reformats a half-typed number. */
  @state() private drafts: Record<string, string> = {};
  /** Scenario B: the one to load, duplicate or delete, and compared with A. */
  @state() private pick = '';
  /** Scenario A ('' = the parameters in force). */
  @state() private pickA = '';
  /** Edits and active scenario before the last load over unsaved edits: the undo. */
  @state() private undo?: [Obj, string];
  /** Rows of the list (`rowsKey`) the last good result skipped, with paths from the input root. */
  protected rowIssues: Issue[] = [];
  /** The list whose rows the model validates one by one (`reps`, `segments`), if any. */
  protected rowsKey = '';
  /** Field labels of the last render by path, for the alert and the scenario comparison. */
  protected labels: Record<string, string> = {};
  /** Names of whole lists (`stages`, `hires`) from their revert buttons, for the scenario comparison. */
  private listLabels: Record<string, string> = {};
  /** Lists of values that run beside a keyed list (`{ conversion: 'stages' }`), for the scenario comparison. */
  protected alignedLists: Record<string, string> = {};
  /** A keyed row's name in the scenario comparison (list `stages`, the row), as the element names it. */
  protected diffRowName?: (list: string, row: Obj) => string | undefined;
  /** How each field of the last render is typed, by path: its messages speak in those units. */
  private kinds: Record<string, Kind> = {};

  /** The data (or defaults) the attributes and edits are laid over. */
  private base: Obj = {};
  private memo?: [Obj, Obj, unknown[], Obj];
  private runs = new WeakMap<Scenario, R | null>();

  protected readonly persist = new Persist<PlannerSaved>(this, {
    namespace: this.localName,
    key: () => this.storageKey,
    restore: (s) => {
      if (s?.v !== 1) return;
      this.edits = isObj(s.edits) ? s.edits : {};
      this.scenarios = Array.isArray(s.scenarios) ? s.scenarios.filter((x) => isObj(x) && isObj(x.input)) : [];
      this.active = s.active ?? '';
      this.requestCompute();
    },
  });

  /** The planner's title. */
  protected abstract get heading(): string;
  /** The model input used when no data is given: docs/models.md's worked example. */
  protected abstract defaults(): Obj;
  /** Run the model (throws ModelInputError on bad input). */
  /** Run the model on the input in force; undefined while the model loads (see RevopsElement.waitFor). */
  protected abstract compute(input: Obj): R | undefined;
  /** The parameter editors, from the input in force (`this.input`). */
  protected abstract renderParams(): unknown;
  /** Results from a good result and the input that produced it. */
  protected abstract renderResults(r: R, input: Obj): unknown;
  protected abstract renderAdvice(r: R, input: Obj): unknown;
  /** Key figures of a result and its input: the head of the results and the rows of the comparison. */
  protected abstract figures(r: R, input: Obj): Figure[];

  /** The tables of the CSV and Excel exports (labels, rounded as shown): by default the key figures; planners with a main table override it. */
  protected exportTables(r: R, input: Obj): ExportTable[] {
    return [figuresTable(this.ps.results, this.figures(r, input))];
  }

  /** Element property names (= model input keys) that have a kebab-case attribute: the keys of `static properties`. */
  protected get params(): string[] {
    return Object.keys((this.constructor as unknown as { properties: object }).properties);
  }

  get ps(): PlannerStrings {
    return PLANNER[this.locale];
  }

  /** The page's input: data (or the defaults) < attributes. */
  protected page(): Obj {
    const o: Obj = { ...this.base };
    for (const k of this.params) {
      const v = (this as unknown as Obj)[k];
      if (v != null) o[k] = v;
    }
    return o;
  }

  /** The model input in force: the page's input < the user's edits or loaded scenario. */
  get input(): Obj {
    const a = this.params.map((k) => (this as unknown as Obj)[k]);
    const m = this.memo;
    if (m?.[0] === this.edits && m[1] === this.base && a.every((v, i) => v === m[2][i])) return m[3];
    let o = this.page();
    for (const [p, v] of Object.entries(this.edits)) o = setIn(o, p.split('.'), v) as Obj;
    this.memo = [this.edits, this.base, a, o];
    return o;
  }

  protected override computeProps(): readonly string[] {
    return this.params;
  }

  protected override storagePending(): boolean {
    return this.persist.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.persist.sync();
    super.willUpdate(changed);
  }

  private next: Obj = {};

  protected evaluate(data: ResolvedInput): unknown {
    const st = data.status;
    if (st === 'loading' || st === 'error') return undefined;
    const d = st === 'ready' ? data.value : this.defaults();
    if (!isObj(d)) throw new ModelInputError([elementIssue('data', 'planner_data', {})]);
    this.base = d;
    const input = (this.next = this.input);
    const r = this.compute(input);
    if (r === undefined) return undefined;
    const k = this.rowsKey;
    const bad = k ? ((r as { invalid?: InvalidRow[] }).invalid ?? []) : [];
    const issues = rowIssues(k, bad);
    // A row the user's edits made invalid (it differs from the page's row) keeps the last good result, as a
    // bad value elsewhere does; rows already bad in the page's data are reported and skipped (the model's rule).
    const page = this.page();
    if (bad.some((x) => diff(getPath(page, `${k}.${x.index}`), getPath(input, `${k}.${x.index}`)).length))
      throw new ModelInputError(issues);
    this.rowIssues = issues;
    return r;
  }

  protected accept(result: unknown): void {
    this.result = result as R;
    this.shown = this.next;
    if (this.rowIssues.length) this.queueEvent('revops-invalid', { source: this.rowsKey, issues: this.rowIssues });
  }

  // ---- edits and scenarios ---------------------------------------------------------

  /** Set one parameter by dot path (`target`, `spans.1`, `stages` for a whole list); it wins over attributes and data until reverted. */
  setParam(path: string, value: unknown): void {
    const e: Obj = {};
    for (const k in this.edits) if (k !== path && !k.startsWith(`${path}.`)) e[k] = this.edits[k];
    e[path] = value;
    this.save(e);
  }

  /** Drop the edits at a path and below it: back to the page's data there. */
  revert(path: string): void {
    const e: Obj = {};
    for (const k in this.edits) if (k !== path && !k.startsWith(`${path}.`)) e[k] = this.edits[k];
    this.drafts = {};
    this.save(e);
  }

  /**
   * A part of the planner loaded on demand (rates from history): `load`
   * imports its module and returns how to make it; it is made once that and
   * the element's locale (its strings) are in. Undefined until then.
   */
  protected lazyPart<V>(slot: LazySlot<V>, load: () => Promise<() => V>): V | undefined {
    if (!slot.view && !slot.loading) {
      slot.loading = true;
      this.waitFor(
        load().then(
          async (make) => {
            await loadLocale(this.locale);
            slot.view = make();
          },
          (e: unknown) => {
            slot.failed = true;
            throw e;
          },
        ),
      );
    }
    return slot.view;
  }

  /** Drop the user's edits: back to the attributes and data. */
  resetParams(): void {
    this.drafts = {};
    this.save({}, this.scenarios, '');
  }

  /** Keep edits, scenarios and the active name; store them; run the model again. */
  private save(edits = this.edits, scenarios = this.scenarios, active = this.active, undo?: [Obj, string]): void {
    this.edits = edits;
    this.scenarios = scenarios;
    this.active = active;
    this.undo = undo;
    this.persist.save({ v: 1, edits, scenarios, active });
    this.requestCompute();
  }

  private typed(f: Field, text: string, slider?: boolean): void {
    this.drafts = { ...this.drafts, [f.path]: slider ? undefined! : text };
    this.setParam(f.path, typedValue(f, text));
  }

  /** The issue at a parameter path, when the last run rejected it (or skipped its row). */
  protected issueAt(path: string): Issue | undefined {
    return this.issues.find((i) => i.path === path) ?? this.rowIssues.find((i) => i.path === path);
  }

  protected override fieldLabel(path: string): string | undefined {
    return this.labels[path];
  }

  /** A field's issue in the units the user types ("must be ≥ 0 %"), for the fields of the last render. */
  protected override unitSentence(i: Issue): string | undefined {
    const kind = this.kinds[i.path];
    return kind && fieldMessage(i, kind, this.common.units, (x) => this.fmt.number(x, 6));
  }

  private sc(name: string): Scenario | undefined {
    return this.scenarios.find((x) => x.name === name);
  }

  /** The parameters in force differ from the active scenario (or, without one, from the page's data). */
  protected modified(): boolean {
    const s = this.sc(this.active);
    return s ? diff(s.input, this.input).length > 0 : Object.keys(this.edits).length > 0;
  }

  /** Save the parameters in force under a name (replacing a scenario of that name). */
  saveScenario(name: string): void {
    name = name.trim();
    if (!name) return;
    this.pick = name;
    this.save(
      this.edits,
      [
        ...this.scenarios.filter((x) => x.name !== name),
        { name, input: clone(this.input), at: new Date().toISOString() },
      ],
      name,
    );
  }

  /** Make a saved scenario the parameters in force (its differences from the page's data become the edits); over unsaved edits, offers an undo. */
  loadScenario(name: string): void {
    const s = this.sc(name);
    if (!s) return;
    const page = this.page();
    this.drafts = {};
    this.save(
      Object.fromEntries(diff(page, s.input).map((p) => [p, clone(getPath(s.input, p))])),
      this.scenarios,
      name,
      this.modified() ? [this.edits, this.active] : undefined,
    );
  }

  /** Take back the last load: the edits and scenario name before it. */
  undoLoad(): void {
    if (this.undo) this.save(this.undo[0], this.scenarios, this.undo[1]);
  }

  /** Copy a saved scenario under a new name: `name (2)`, `name (3)`…; returns that name. */
  duplicateScenario(name: string): string | undefined {
    const s = this.sc(name);
    if (!s) return undefined;
    let copy = name;
    for (let i = 2; this.sc(copy); i++) copy = `${name} (${i})`;
    this.pick = copy;
    this.save(this.edits, [...this.scenarios, { ...clone(s), name: copy }]);
    return copy;
  }

  deleteScenario(name: string): void {
    this.pick = '';
    if (this.pickA === name) this.pickA = '';
    this.save(
      this.edits,
      this.scenarios.filter((x) => x.name !== name),
      this.active === name ? '' : this.active,
    );
  }

  /** A saved scenario's result (cached); null when its input is no longer valid. */
  private runOf(s: Scenario): R | null {
    let r = this.runs.get(s);
    if (r === undefined) {
      try {
        r = this.compute(s.input);
      } catch {
        r = null; // compares as dashes
      }
      // Undefined: the validating model is loading (the element renders again once it is in).
      if (r === undefined) return null;
      this.runs.set(s, r);
    }
    return r;
  }

  /** Download the result: `{ input, output }` as JSON (for admins), or the tables for people as CSV or Excel. */
  download(format: 'json' | 'csv' | 'xlsx' | boolean = 'json'): Promise<void> {
    // `download(true)` (the CSV) as before.
    if (typeof format === 'boolean') format = format ? 'csv' : 'json';
    if (format !== 'json') return downloadTables(this.localName, this.exportTables(this.result!, this.shown), format);
    downloadText(
      `${this.localName}.json`,
      JSON.stringify({ input: this.shown, output: this.result }, null, 2),
      'application/json',
    );
    return Promise.resolve();
  }

  // ---- rendering ---------------------------------------------------------------

  /** A figure's value for display (planners with other kinds override this). */
  protected fmtFigure(f: Pick<Figure, 'value' | 'kind' | 'text'>): string {
    const x = this.fmt;
    return f.kind === 'money'
      ? x.money(f.value)
      : f.kind === 'pct'
        ? x.percent(f.value)
        : f.kind === 'int'
          ? x.integer(f.value)
          : x.number(f.value, 2);
  }

  /** A table: caption, column heads, then rows of [row head, …cells]; `foot` is a totals row. */
  protected table(...a: Parameters<typeof plannerTable>): TemplateResult {
    return plannerTable(...a);
  }

  /** "Feasible" in green or "Not feasible" in red. */
  protected feasible(ok: boolean): TemplateResult {
    return html`<span class=${ok ? 'ok' : 'bad'}>${ok ? this.ps.feasible : this.ps.infeasible}</span>`;
  }

  /** A small button; `what` names it for screen readers when its text is short. */
  protected btn(text: string, fn: () => unknown, what?: string, off?: boolean): TemplateResult {
    return html`<button type="button" aria-label=${what ?? nothing} ?disabled=${off} @click=${fn}>${text}</button>`;
  }

  /** "Revert to the page's data" for a path with edits at or below it. */
  protected revertBtn(path: string, label: string): TemplateResult | typeof nothing {
    this.listLabels[path] = label;
    return Object.keys(this.edits).some((k) => k === path || k.startsWith(`${path}.`))
      ? html`<button
          type="button"
          class="rv"
          title=${this.ps.revert}
          aria-label="${this.ps.revert}: ${label}"
          @click=${() => this.revert(path)}
        >
          ↺
        </button>`
      : nothing;
  }

  /** A labelled select for a parameter path (id `p-<path with dashes>`); `options` are [value, text]. */
  protected select(
    path: string,
    label: string,
    value: string,
    options: [string, string][],
    fn: (v: string) => unknown,
    bare?: boolean,
  ): TemplateResult {
    const id = `p-${path.replace(/\./g, '-')}`;
    this.labels[path] = label;
    return html`<div class="field">
      <label for=${id} class=${bare ? 'visually-hidden' : ''}>${label}</label
      ><select
        id=${id}
        aria-invalid=${!!this.issueAt(path)}
        @change=${(e: Event) => fn((e.target as HTMLSelectElement).value)}
      >
        ${options.map(([v, t]) => html`<option value=${v} ?selected=${v === value}>${t}</option>`)}
      </select>
    </div>`;
  }

  /** A labelled input with its unit, hint or inline message (in plain words), an edit mark with its revert, and an optional slider. */
  protected field(f: Field): TemplateResult {
    const id = `p-${f.path.replace(/\./g, '-')}`;
    const v = getPath(this.input, f.path);
    const m = this.issueAt(f.path);
    this.kinds[f.path] = f.kind ?? 'num';
    const u = m && this.unitSentence(m);
    const l = m && (u ? `${f.path} ${u}` : this.issueText(m));
    const msg = l && (l.startsWith(`${f.path} `) ? f.label + l.slice(f.path.length) : l);
    const note = msg || f.hint;
    const s = f.slider;
    const val = (e: Event) => (e.target as HTMLInputElement).value;
    this.labels[f.path] = f.label;
    return html`<div class="field ${Object.keys(this.edits).some((k) => `${f.path}.`.startsWith(`${k}.`)) ? 'ed' : ''}">
      <label for=${id} class=${f.bare ? 'visually-hidden' : ''}>${f.label}${f.unit ? ` (${f.unit})` : ''}</label>
      <input
        id=${id}
        inputmode=${f.kind === 'text' ? nothing : 'decimal'}
        .value=${this.drafts[f.path] ?? (f.kind === 'money' && this.locale === 'zh-CN' && typeof v === 'number' ? myriads(v) : show(v, f.kind))}
        aria-invalid=${!!msg}
        aria-describedby=${note ? `${id}-d` : nothing}
        @input=${(e: Event) => this.typed(f, val(e))}
        @change=${() => (this.drafts = { ...this.drafts, [f.path]: undefined! })}
      />
      ${s && typeof v === 'number' ? html`<input type="range" class="slider" aria-label=${f.label} min=${s[0]} max=${s[1]} step=${s[2]} .value=${String(f.kind === 'pct' ? v * 100 : v)} @input=${(e: Event) => this.typed(f, val(e), true)} />` : nothing}
      ${note ? html`<small id="${id}-d" class=${msg ? 'msg' : 'weak'}>${note}</small>` : nothing}${this.revertBtn(f.path, f.label)}
    </div>`;
  }

  /** The key figures with scenarios A and B beside them, and the parameters where A and B differ. */
  private compare(r: R): TemplateResult {
    return renderCompare({
      ps: this.ps,
      locale: this.locale,
      fmt: this.fmt,
      A: this.sc(this.pickA),
      B: this.sc(this.pick),
      current: this.figures(r, this.shown),
      figuresOf: (s) => (this.runOf(s) === null ? [] : this.figures(this.runOf(s)!, s.input)),
      fmtFigure: (f) => this.fmtFigure(f),
      input: this.input,
      label: (x) => this.labels[x] ?? this.listLabels[x],
      kind: (x) => this.kinds[x],
      aligned: this.alignedLists,
      rowName: this.diffRowName,
      table: (...a) => this.table(...a),
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.firstScreen.active) {
      await this.firstScreen.rest;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override render(): TemplateResult {
    const r = this.result;
    const p = this.ps;
    const lite = this.firstScreen.active;
    const c = { ...this.common, ...ACTIONS[this.locale] };
    const act = this.active;
    // Editors first, so the alert can name each field in plain words. The first screen leaves them out
    // (a first screen has no alert), unless skipped rows are reported there by their fields' labels.
    const params = lite && !this.rowIssues.length ? nothing : this.renderParams();
    const res =
      r &&
      html`<div part="results" class=${this.issues.length ? 'stale' : ''}>
        ${this.issues.length ? html`<p class="stale-note" role="status">${this.common.lastGood}</p>` : nothing}${this.rowIssues.length ? this.renderIssues(this.rowIssues, false) : nothing}${this.compare(r)}${this.renderResults(r, this.shown)}
        <h3>${p.tune}</h3>
        <div part="advice">${lite ? nothing : this.renderAdvice(r, this.shown)}</div>
      </div>`;
    return html`<section part="base" aria-labelledby="title">
      <header part="header" class="row">
        <h2 id="title">${this.heading}</h2>
        ${act ? html`<span part="scenario" class="badge">${act}${this.modified() ? html`<i> · ${p.modified}</i>` : nothing}</span>` : nothing}
        <span class="spacer"></span>
        ${this.btn(c.exportJson, () => this.download(), undefined, !r)}${this.btn(c.exportCsv, () => this.download('csv'), undefined, !r)}${this.btn(c.exportXlsx, () => this.download('xlsx'), undefined, !r)}
      </header>
      ${this.renderIssues(this.issues, !!r)}
      ${!r && this.dataSource.resolve().status === 'loading' ? this.renderLoading() : nothing}
      ${this.storageKey && !this.persist.persistent ? html`<p part="notice" role="status">${c.memoryOnly}</p>` : nothing}
      <div class="cols">
        <form part="parameters" aria-labelledby="title pt" @submit=${(e: Event) => e.preventDefault()}>
          <h3 id="pt">${p.parameters}</h3>
          ${lite ? nothing : params} ${Object.keys(this.edits).length ? this.btn(c.reset, this.resetParams) : nothing}
        </form>
        ${res ?? nothing}
      </div>
      ${
        lite
          ? nothing
          : renderScenarios(
              {
                ps: p,
                names: this.scenarios.map((s) => s.name),
                pickA: this.pickA,
                pick: this.pick,
                active: act,
                canUndo: !!this.undo,
                setPickA: (v) => (this.pickA = v),
                setPick: (v) => (this.pick = v),
                save: (n) => this.saveScenario(n),
                load: () => this.loadScenario(this.pick),
                duplicate: () => this.duplicateScenario(this.pick),
                remove: () => this.deleteScenario(this.pick),
                undoLoad: () => this.undoLoad(),
                select: (...a) => this.select(...a),
                btn: (...a) => this.btn(...a),
              },
              this.renderRoot,
            )
      }
    </section>`;
  }
}
