/**
 * What the four planners share (funnel-forecast, sales-target-planner,
 * sales-org-designer, cs-capacity-planner): the seed's spreadsheet made live.
 * The model input comes from `data` (or its defaults), overlaid by one
 * kebab-case attribute per parameter, overlaid by what the user typed or the
 * scenario they loaded; every keystroke re-runs the model. The base renders
 * the frame (parameters, key figures, results, what to tune), the labelled
 * inputs with inline messages, named scenarios in IndexedDB (save, load,
 * duplicate, delete, compare two) and JSON/CSV export. A planner adds its
 * parameters, results, chart and advice.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ModelInputError } from '../../src/schemas/issues.js';
import { PLANNER, type PlannerStrings } from '../../src/i18n/planners.js';
import type { Cell } from '../../src/parse/csv.js';
import { RevopsElement } from './revops-element.js';
import type { ResolvedInput } from './json-source.js';
import { Persist } from './persist.js';
import { downloadText } from './download.js';
import { plannerStyles } from './planner.styles.js';

/** How a number is typed and shown: money and plain numbers, whole counts, or a fraction shown as %. */
export type Kind = 'num' | 'int' | 'pct' | 'money';

/** One labelled parameter input. */
export interface Field {
  /** Dot path in the model input: `target`, `conversion.2`, `reps.0.acv`. */
  path: string;
  label: string;
  unit?: string;
  hint?: string;
  kind?: Kind;
  /** Slider bounds in display units (% for pct); no slider without them. */
  slider?: [min: number, max: number, step: number];
  /** Empty means absent (null) rather than missing. */
  optional?: boolean;
  /** Inside a table cell: the label is for screen readers only. */
  bare?: boolean;
}

/** A key figure: shown in the results header and compared between scenarios. */
export interface Figure {
  key: string;
  label: string;
  value: number | null;
  kind: Kind | 'x' | 'text';
  text?: string;
}

export interface Scenario {
  name: string;
  input: Record<string, unknown>;
  /** ISO time it was saved. */
  at: string;
}

/** What a planner saves under its storage-key. */
export interface PlannerSaved {
  v: 1;
  /** Parameters the user changed (top-level keys of the model input), invalid text included. */
  edits: Record<string, unknown>;
  scenarios: Scenario[];
  active?: string;
}

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const NUM = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Text to a number: null when empty, NaN when not a number. Group separators are ignored; "95%" reads 0.95. */
export function parseNum(text: string): number | null {
  let t = text.replace(/[\s,_]/g, '');
  if (!t) return null;
  const pct = /[%％]$/.test(t);
  if (pct) t = t.slice(0, -1);
  if (!NUM.test(t)) return NaN;
  return pct ? +(Number(t) / 100).toPrecision(15) : Number(t);
}

/** Attribute converter for a number parameter; text that is not a number is kept, so the model names it. */
export const numAttr = {
  fromAttribute: (v: string | null): unknown => {
    const n = v === null ? null : parseNum(v);
    return n === null ? undefined : Number.isNaN(n) ? v : n;
  },
};

/** Attribute converter for a list parameter: JSON (`[8, 5]`, `[{…}]`) or numbers separated by commas or spaces. */
export const listAttr = {
  fromAttribute: (v: string | null): unknown => {
    const t = v?.trim();
    if (!t) return undefined;
    if (/^[[{]/.test(t)) {
      try {
        return JSON.parse(t);
      } catch {
        return t;
      }
    }
    return t.split(/[\s,;]+/).map((x) => numAttr.fromAttribute(x));
  },
};

/**
 * Lit property declarations for the parameter attributes: `n` a number, `l` a
 * list or JSON, `s` text; the attribute is the kebab-case of the name.
 */
export const paramProps = (spec: Record<string, 'n' | 'l' | 's'>) =>
  Object.fromEntries(
    Object.entries(spec).map(([k, t]) => [k, { attribute: k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), converter: t === 'n' ? numAttr : t === 'l' ? listAttr : undefined }]),
  );

export const getPath = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((a, k) => (a == null ? undefined : (a as Record<string, unknown>)[k]), o);

const setIn = (o: unknown, [k, ...rest]: string[], v: unknown): unknown => {
  const c = (Array.isArray(o) ? [...o] : isObj(o) ? { ...o } : /^\d+$/.test(k!) ? [] : {}) as Record<string, unknown>;
  c[k!] = rest.length ? setIn(c[k!], rest, v) : v;
  return c;
};

/** One CSV cell (RFC 4180), text that a spreadsheet would run as a formula prefixed with an apostrophe as toCsv does; d3-dsv stays out of the planners' bundles. */
const csvCell = (v: Cell): string => {
  if (v == null || (typeof v === 'number' && !Number.isFinite(v))) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const clone = <T>(x: T): T => structuredClone(x);
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** A value as its input shows it: plain digits with group commas, fractions as %. */
const show = (v: unknown, kind?: Kind): string =>
  typeof v === 'number' ? grouped.format(kind === 'pct' ? +(v * 100).toPrecision(12) : v) : v == null ? '' : String(v);

export abstract class Planner<R = unknown> extends RevopsElement {
  static override styles = [...RevopsElement.styles, plannerStyles];

  @state() protected result?: R;
  @state() protected edits: Record<string, unknown> = {};
  @state() protected scenarios: Scenario[] = [];
  /** The loaded or last saved scenario. */
  @state() protected active = '';
  /** Text being typed, by path, so re-rendering never reformats a half-typed number. */
  @state() private drafts: Record<string, string> = {};
  /** The saved scenario selected: the one to load, duplicate or delete, and the one compared with the parameters in force. */
  @state() private pick = '';

  /** The data (or defaults) the attributes and edits are laid over. */
  private base: Record<string, unknown> = {};

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
  /** The model input used when no data is given: MODELS.md's worked example. */
  protected abstract defaults(): Record<string, unknown>;
  /** Run the model (throws ModelInputError on bad input). */
  protected abstract compute(input: Record<string, unknown>): R;
  protected abstract renderParams(): unknown;
  protected abstract renderResults(r: R): unknown;
  protected abstract renderAdvice(r: R): unknown;
  /** Key figures of a result and its input: the head of the results and the rows of the comparison. */
  protected abstract figures(r: R, input: Record<string, unknown>): Figure[];

  /** The CSV export: by default one row per value of `{ input, output }` (path, value); planners with a main table override it. */
  protected csv(r: R): Cell[][] {
    const rows: Cell[][] = [['path', 'value']];
    const walk = (o: unknown, p: string): unknown =>
      isObj(o) || Array.isArray(o) ? Object.entries(o).forEach(([k, v]) => walk(v, p ? `${p}.${k}` : k)) : rows.push([p, o as Cell]);
    walk({ input: this.input, output: r }, '');
    return rows;
  }

  /** Element property names (= model input keys) that have a kebab-case attribute: the keys of `static properties`. */
  protected get params(): string[] {
    return Object.keys((this.constructor as unknown as { properties: object }).properties);
  }

  get ps(): PlannerStrings {
    return PLANNER[this.locale];
  }

  /** The model input in force: data (or the defaults) < attributes < the user's edits or loaded scenario. */
  get input(): Record<string, unknown> {
    const attrs: Record<string, unknown> = {};
    for (const k of this.params) {
      const v = (this as unknown as Record<string, unknown>)[k];
      if (v != null) attrs[k] = v;
    }
    return { ...this.base, ...attrs, ...this.edits };
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

  protected evaluate(data: ResolvedInput): unknown {
    const st = data.status;
    if (st === 'loading' || st === 'error') return undefined;
    const d = st === 'ready' ? data.value : this.defaults();
    if (!isObj(d)) throw new ModelInputError([{ path: 'data', message: 'data expected an object: the model input' }]);
    this.base = d;
    return this.compute(this.input);
  }

  protected accept(result: unknown): void {
    this.result = result as R;
  }

  // ---- edits and scenarios ---------------------------------------------------------

  /** Set one parameter by dot path (`target`, `spans.1`); it wins over attributes and data until reset. */
  setParam(path: string, value: unknown): void {
    const [top, ...rest] = path.split('.') as [string, ...string[]];
    this.save({ ...this.edits, [top]: rest.length ? setIn(this.input[top], rest, value) : value });
  }

  /** Drop the user's edits: back to the attributes and data. */
  resetParams(): void {
    this.drafts = {};
    this.save({}, this.scenarios, '');
  }

  /** Keep edits, scenarios and the active name; store them; run the model again. */
  private save(edits = this.edits, scenarios = this.scenarios, active = this.active): void {
    this.edits = edits;
    this.scenarios = scenarios;
    this.active = active;
    this.persist.save({ v: 1, edits, scenarios, active });
    this.requestCompute();
  }

  private typed(f: Field, text: string, slider?: boolean): void {
    const n = parseNum(f.kind === 'pct' ? text.replace(/[%％]\s*$/, '') : text);
    this.drafts = { ...this.drafts, [f.path]: slider ? undefined! : text };
    this.setParam(f.path, n === null ? (f.optional ? null : '') : Number.isNaN(n) ? text : f.kind === 'pct' ? +(n / 100).toPrecision(15) : n);
  }

  /** The message for a parameter path, when the last run rejected it. */
  protected issueAt(path: string): string | undefined {
    return this.issues.find((i) => i.path === path)?.message;
  }

  /** Save the parameters in force under a name (replacing a scenario of that name). */
  saveScenario(name: string): void {
    name = name.trim();
    if (!name) return;
    this.pick = name;
    this.save(this.edits, [...this.scenarios.filter((x) => x.name !== name), { name, input: clone(this.input), at: new Date().toISOString() }], name);
  }

  /** Make a saved scenario the parameters in force (it wins over attributes and data). */
  loadScenario(name: string): void {
    const s = this.scenarios.find((x) => x.name === name);
    this.drafts = {};
    if (s) this.save(clone(s.input), this.scenarios, name);
  }

  /** Copy a saved scenario under a new name: `name (2)`, `name (3)`…; returns that name. */
  duplicateScenario(name: string): string | undefined {
    const s = this.scenarios.find((x) => x.name === name);
    if (!s) return undefined;
    let copy = name;
    for (let i = 2; this.scenarios.some((x) => x.name === copy); i++) copy = `${name} (${i})`;
    this.pick = copy;
    this.save(this.edits, [...this.scenarios, { ...clone(s), name: copy }]);
    return copy;
  }

  deleteScenario(name: string): void {
    this.pick = '';
    this.save(this.edits, this.scenarios.filter((x) => x.name !== name), this.active === name ? '' : this.active);
  }

  /** The key figures of a saved scenario; undefined when its input is no longer valid. */
  private figs(s: Scenario): Figure[] | undefined {
    try {
      return this.figures(this.compute(s.input), s.input);
    } catch {
      return undefined; // compares as dashes
    }
  }

  /** Download the result: `{ input, output }` as JSON, or the CSV table. */
  download(csv?: boolean): void {
    const name = `${this.localName}.${csv ? 'csv' : 'json'}`;
    if (csv) downloadText(name, this.csv(this.result!).map((r) => r.map(csvCell).join(',')).join('\r\n'), 'text/csv');
    else downloadText(name, JSON.stringify({ input: this.input, output: this.result }, null, 2), 'application/json');
  }

  // ---- rendering ---------------------------------------------------------------

  /** A figure's value for display (planners with other kinds override this). */
  protected fmtFigure(f: Pick<Figure, 'value' | 'kind' | 'text'>): string {
    const x = this.fmt;
    return f.kind === 'money' ? x.money(f.value) : f.kind === 'pct' ? x.percent(f.value) : f.kind === 'int' ? x.integer(f.value) : x.number(f.value, 2);
  }

  /** A table: caption, column heads, then rows of [row head, …cells]; `foot` is a totals row. */
  protected table(part: string, caption: string, head: readonly unknown[], rows: readonly (readonly unknown[])[], foot?: readonly unknown[]): TemplateResult {
    const tr = (r: readonly unknown[]) => html`<tr><th scope="row">${r[0]}</th>${r.slice(1).map((c) => html`<td class="num">${c}</td>`)}</tr>`;
    return html`<div class="table-wrap" tabindex="0"><table part=${part}><caption>${caption}</caption><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map(tr)}</tbody>${foot ? html`<tfoot>${tr(foot)}</tfoot>` : nothing}</table></div>`;
  }

  /** "Feasible" in green or "Not feasible" in red. */
  protected feasible(ok: boolean): TemplateResult {
    return html`<span class=${ok ? 'ok' : 'bad'}>${ok ? this.ps.feasible : this.ps.infeasible}</span>`;
  }

  /** A labelled number input with its unit, hint or inline message, and an optional slider. */
  protected field(f: Field): TemplateResult {
    const id = `p-${f.path.replace(/\./g, '-')}`;
    const v = getPath(this.input, f.path);
    const msg = this.issueAt(f.path);
    const note = msg || f.hint;
    const s = f.slider;
    const val = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<div class="field">
<label for=${id} class=${f.bare ? 'visually-hidden' : ''}>${f.label}${f.unit ? ` (${f.unit})` : ''}</label>
<input id=${id} inputmode="decimal" .value=${this.drafts[f.path] ?? show(v, f.kind)} aria-invalid=${!!msg} aria-describedby=${note ? `${id}-d` : nothing} @input=${(e: Event) => this.typed(f, val(e))} @change=${() => (this.drafts = { ...this.drafts, [f.path]: undefined! })} />
${s && typeof v === 'number' ? html`<input type="range" class="slider" aria-label=${f.label} min=${s[0]} max=${s[1]} step=${s[2]} .value=${String(f.kind === 'pct' ? v * 100 : v)} @input=${(e: Event) => this.typed(f, val(e), true)} />` : nothing}
${note ? html`<small id="${id}-d" class=${msg ? 'msg' : 'weak'}>${note}</small>` : nothing}
</div>`;
  }

  override render(): TemplateResult {
    const r = this.result;
    const p = this.ps;
    const c = this.common;
    const b = this.scenarios.find((x) => x.name === this.pick);
    const fb = b && this.figs(b);
    const act = (label: string, fn: (n: string) => unknown) => html`<button type="button" ?disabled=${!b} @click=${() => fn.call(this, this.pick)}>${label}</button>`;
    return html`<section part="base" aria-labelledby="title">
<header part="header" class="row">
<h2 id="title">${this.heading}</h2>
${this.active ? html`<span part="scenario" class="badge">${this.active}</span>` : nothing}
<span class="spacer"></span>
<button type="button" ?disabled=${!r} @click=${() => this.download()}>${c.exportJson}</button>
<button type="button" ?disabled=${!r} @click=${() => this.download(true)}>${c.exportCsv}</button>
</header>
${this.renderIssues(this.issues, !!r)}
${!r && this.dataSource.resolve().status === 'loading' ? this.renderLoading() : nothing}
${this.storageKey && !this.persist.persistent ? html`<p part="notice" role="status">${c.memoryOnly}</p>` : nothing}
<div class="cols">
<form part="parameters" aria-labelledby="pt" @submit=${(e: Event) => e.preventDefault()}>
<h3 id="pt">${p.parameters}</h3>
${this.renderParams()}
${Object.keys(this.edits).length ? html`<button type="button" class="no-print" @click=${this.resetParams}>${c.reset}</button>` : nothing}
</form>
${r
  ? html`<div part="results">
${this.table('figures', p.results, [c.field, p.current, ...(b ? [b.name] : [])], this.figures(r, this.input).map((f, i) => [f.label, html`<b data-key=${f.key}>${this.fmtFigure(f)}</b>`, ...(b ? [fb?.[i] ? this.fmtFigure(fb[i]!) : '—'] : [])]))}
${this.renderResults(r)}
<h3>${p.tune}</h3>
<div part="advice">${this.renderAdvice(r)}</div>
</div>`
  : nothing}
</div>
<details part="scenarios" class="no-print" open>
<summary>${p.scenarios}</summary>
<div class="body"><div class="row">
<label for="sc-name">${p.name}</label>
<input id="sc-name" @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.saveScenario((e.target as HTMLInputElement).value)} />
<button type="button" class="brand" @click=${() => this.saveScenario(this.renderRoot.querySelector<HTMLInputElement>('#sc-name')!.value)}>${p.save}</button>
<label for="sc-pick">${p.compare}</label>
<select id="sc-pick" part="scenario-list" @change=${(e: Event) => (this.pick = (e.target as HTMLSelectElement).value)}><option value="">—</option>${this.scenarios.map((s) => html`<option ?selected=${s.name === this.pick}>${s.name}</option>`)}</select>
${act(p.load, this.loadScenario)}${act(p.duplicate, this.duplicateScenario)}${act(p.remove, this.deleteScenario)}
</div></div>
</details>
</section>`;
  }
}
