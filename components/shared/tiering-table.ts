/**
 * The one element both tiering tables are (lead-score-table,
 * customer-value-table): a list of records scored by the same model as the
 * cards (and, for leads, routed by the same rules), with the tier counts
 * and shares against the target focus share, filters by tier and route, a
 * sort by score, tier, route, name or any factor's points, a virtualised
 * keyboard list (the risk panels' VirtualList over src/views/virtual-window.ts)
 * whose open row shows its factor contributions, an export for people (words,
 * rounded as shown; CSV or Excel, built on click by ./tiering-people-export.ts)
 * and the CSV / Excel file for the CRM to re-import (codes). Every derivation
 * is a pure function of src/views/tiering-table.ts and src/export/.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { asOfDay, compileModel, scoreValues, type CompiledModel } from '../../src/models/tiering.js';
import { compileRouteRules } from '../../src/models/routing.js';
import type { TieringModelInput } from '../../src/schemas/tiering.js';
import { ModelInputError } from '../../src/schemas/issues.js';
import { elementIssue } from '../../src/schemas/element-issues.js';
import { TIERING, type TieringStrings } from '../../src/i18n/tiering.js';
import { TIERING_TABLE, type TieringTableStrings } from '../../src/i18n/tiering-table.js';
import { toCsv } from '../../src/parse/csv.js';
import {
  filterTable,
  recordParts,
  routesOf,
  scoreTable,
  sortTable,
  tableExport,
  tierCounts,
  type ScoredTable,
  type SortDir,
  type SortKey,
} from '../../src/views/tiering-table.js';
import { slotKey } from '../../src/views/virtual-window.js';
import { RevopsElement } from './revops-element.js';
import { JsonParseFailure, jsonConverter, type ResolvedInput } from './json-source.js';
import { VirtualList } from './risk/virtual-list-controller.js';
import { styleProps } from './style-props.js';
import { downloadText } from './download.js';
import { downloadTables } from './download-tables.js';
import { factorLabel, optionLabel, routeLabel, tierLabel, type HostLabel } from './tiering-labels.js';
import { tieringTableStyles } from './tiering-table.styles.js';
import { listStyles } from './list.styles.js';
import { tierBadgeStyles } from './tiering-card.styles.js';
import { Persist } from './persist.js';
import { scoredListTable } from '../../src/export/tiering.js';
import type { ExportTable } from '../../src/export/table.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import { ModelEditorSlot } from './tiering-editor-slot.js';
import { TableImport } from './tiering-table-import.js';
import { renderTableExports } from './tiering-table-exports.js';
import { importStyles } from './import/import.styles.js';

/** What a tiering table saves under its storage-key: its filters, its sort and (without a provider) its edited model. */
export interface TieringTableSaved {
  v: 1;
  tier: string;
  route: string | null;
  sort: SortKey;
  dir: SortDir;
  /** The last valid model edited in the table, when it is not under a provider. */
  model?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `revops-change` detail: how many records were scored, the tier counts, and the rows left out. */
export interface TieringTableDetail {
  rows: number;
  counts: ReturnType<typeof tierCounts>;
  invalid: ScoredTable['invalid'];
}

/** `revops-select` detail: the opened record (input index), its score, tier, route and contributions. */
export interface TieringTableSelectDetail {
  index: number;
  id: string | null;
  score: number;
  tier: string;
  route: string | null;
  reason: string | null;
}

export abstract class TieringTable extends RevopsElement {
  static override styles = [...RevopsElement.styles, tierBadgeStyles, listStyles, tieringTableStyles, importStyles];
  /** The import kind of the table's list (docs/import.md "Record lists"). */
  protected static listKind: 'lead-list' | 'customer-list' = 'lead-list';

  /** Name of the shared model under a `<revops-provider>` (default: the table's preset name): a card's tuning re-scores the table. */
  @property({ attribute: 'model-name' }) modelName?: string;

  /** The date ageing factors are scored at (default: `data.asOf`, else today, UTC). */
  @property({ attribute: 'as-of' }) asOf?: string;

  /**
   * How the host's records map to the list (docs/import.md, the mapping object): with it, `data` may be
   * the CRM's own records (a list of objects, nested lookups as `Owner.Name`, or `{ header, rows }`),
   * read through the import like a file. JSON attribute or property.
   */
  @property({ attribute: 'field-map', converter: jsonConverter }) fieldMap: unknown;

  @state() protected table?: ScoredTable;
  @state() private tierFilter = '';
  @state() private routeFilter: string | null = null;
  @state() private sortKey: SortKey = 'score';
  @state() private sortDir: SortDir = 'desc';

  protected abstract readonly preset: TieringModelInput;
  protected abstract readonly presetName: 'lead' | 'customer';
  /** Whether the table routes its rows (leads). */
  protected abstract readonly routed: boolean;
  protected abstract heading(s: TieringTableStrings): string;
  /** What the list holds, in the import view's hint ("leads", "customers"). */
  protected abstract listWord(s: TieringTableStrings): string;
  /** The routing rules to use (leads); undefined: the defaults. */
  protected rulesInput(): unknown {
    return undefined;
  }

  private compiled?: CompiledModel;
  private records: readonly unknown[] = [];
  private view: Int32Array = new Int32Array(0);
  private viewKey: readonly unknown[] = [];
  private lastContext?: unknown;

  /** The model edited in this table (not under a provider); undefined: the host's, or the preset. */
  @state() private tuned: unknown = undefined;

  private readonly persist = new Persist<TieringTableSaved>(this, {
    namespace: this.localName,
    key: () => this.storageKey,
    restore: (s) => {
      const ok = s?.v === 1;
      this.tierFilter = ok && typeof s.tier === 'string' ? s.tier : '';
      this.routeFilter = ok && (typeof s.route === 'string' || s.route === null) ? s.route : null;
      this.sortKey = ok && typeof s.sort === 'string' ? s.sort : 'score';
      this.sortDir = ok && (s.dir === 'asc' || s.dir === 'desc') ? s.dir : 'desc';
      this.tuned = ok ? s.model : undefined;
      this.requestCompute();
    },
  });

  /** The model editor, loaded when first opened. (for tests and hosts that drive it) @internal */
  readonly modelEditor = new ModelEditorSlot(this, {
    model: () => this.currentModel(),
    save: (m) => this.setModel(m),
    issueText: (i) => this.issueText(i),
    factorLabel: (k, l) => factorLabel(this.tt, k, l, this.hostLabel),
    tierLabel: (k, l) => tierLabel(this.tt, k, l, this.hostLabel),
  });

  /** The list's import: a CRM export, pasted rows or the host's records with a field-map. (for tests and hosts that drive it) @internal */
  readonly imports = new TableImport(this, {
    kind: (this.constructor as typeof TieringTable).listKind,
    namespace: this.localName,
    storageKey: () => this.storageKey,
    model: () => this.importModel,
    changed: () => this.requestCompute(),
  });
  /** The model the list is being scored by (its factors are what the import reads). */
  private importModel?: CompiledModel;

  private readonly list = new VirtualList(this, {
    count: () => this.view.length,
    indexAt: (p) => this.view[p]!,
    positionOf: (r) => this.view.indexOf(r),
    toggle: (p) => this.toggleRow(p),
  });

  protected get t(): TieringTableStrings {
    return TIERING_TABLE[this.locale];
  }

  protected get tt(): TieringStrings {
    return TIERING[this.locale];
  }

  protected get modelKey(): string {
    return this.modelName || this.presetName;
  }

  protected override computeProps(): readonly string[] {
    return ['modelName', 'asOf', 'fieldMap'];
  }

  protected override storagePending(): boolean {
    return this.persist.pending() || this.imports.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.persist.sync();
    this.imports.sync();
    if (this.context !== this.lastContext) {
      this.lastContext = this.context;
      this.requestCompute();
    }
    super.willUpdate(changed);
  }

  protected evaluate(data: ResolvedInput, model: ResolvedInput): unknown {
    // A list loaded in the table does not wait for (or fail with) the host's data.
    const loaded = !!this.imports.main.loaded;
    if (model.status === 'loading' || model.status === 'error') return undefined;
    if (!loaded && (data.status === 'loading' || data.status === 'error')) return undefined;
    const cm = compileModel(this.currentModel(model));
    this.importModel = cm;
    const d = data.status === 'ready' ? data.value : undefined;
    const envelope = isObject(d) && Array.isArray(d.records);
    let asOf = this.asOf;
    if (envelope && asOf == null && typeof d.asOf === 'string') asOf = d.asOf;
    // The CRM's own records (a `{ header, rows }` table, or a list with a field-map) go through the import.
    const raw = this.imports.useHostData(envelope ? d.records : d, this.fieldMap, this.locale);
    const imported = this.imports.list((i) => this.imports.issue(i, this.importView()));
    // The pipeline or a large mapping is on its way (or the host's records wait for it): the last list stays.
    if (imported === null || (raw && !imported)) return undefined;
    let records: readonly unknown[] = [];
    if (imported) records = imported;
    else if (!raw && d !== undefined) {
      if (Array.isArray(d)) records = d;
      else if (envelope) records = d.records as unknown[];
      else throw new ModelInputError([elementIssue('data', 'card_data', {})]);
    }
    const rulesRaw = this.rulesInput();
    if (rulesRaw instanceof JsonParseFailure)
      throw new ModelInputError([
        { path: 'rules', message: `rules: ${this.common.jsonAttributeInvalid('rules', rulesRaw.message)}` },
      ]);
    const rules = this.routed ? compileRouteRules(rulesRaw, cm) : null;
    // The model never reads the clock: the element gives it today when no date is set.
    const day = asOfDay(asOf ?? new Date().toISOString().slice(0, 10));
    if (Number.isNaN(day)) throw new ModelInputError([elementIssue('as-of', 'card_data', {})]);
    return { cm, records, table: scoreTable(records, cm, { rules, asOf: day }) };
  }

  /** The model in force: the provider's shared one, else the one edited here, else the host's, else the preset. */
  private currentModel(model: ResolvedInput = this.modelSource.resolve()): unknown {
    const shared = this.context?.models[this.modelKey];
    if (shared !== undefined) return shared;
    if (this.tuned !== undefined) return this.tuned;
    return model.status === 'ready' ? model.value : this.preset;
  }

  /** Put an edited (valid) model in force: shared through the provider, else kept and saved under storage-key. */
  setModel(model: unknown): void {
    if (this.context) this.context.setModel(this.modelKey, model);
    else this.tuned = model;
    this.save();
    this.requestCompute();
  }

  /** A filter or the sort changed by the user: saved under storage-key. */
  private saveView(change: () => void): void {
    change();
    this.save();
  }

  private save(): void {
    const s: TieringTableSaved = {
      v: 1,
      tier: this.tierFilter,
      route: this.routeFilter,
      sort: this.sortKey,
      dir: this.sortDir,
    };
    if (this.tuned !== undefined && !this.context) s.model = this.tuned;
    this.persist.save(s);
  }

  protected accept(out: unknown): void {
    const { cm, records, table } = out as { cm: CompiledModel; records: readonly unknown[]; table: ScoredTable };
    this.compiled = cm;
    this.records = records;
    this.table = table;
    this.list.reset();
    this.viewKey = [];
  }

  protected override queueEvent(name: string, detail: unknown): void {
    if (name === 'revops-change') {
      const { table } = detail as { table: ScoredTable };
      super.queueEvent(name, {
        rows: table.n,
        counts: tierCounts(table),
        invalid: table.invalid,
      } satisfies TieringTableDetail);
    } else super.queueEvent(name, detail);
  }

  /** The rows shown, in display order (recomputed when the table, a filter or the sort changes). */
  private currentView(t: ScoredTable): Int32Array {
    const key = [t, this.tierFilter, this.routeFilter, this.sortKey, this.sortDir];
    if (key.length === this.viewKey.length && key.every((k, i) => k === this.viewKey[i])) return this.view;
    this.viewKey = key;
    const rows = filterTable(t, {
      tiers: this.tierFilter ? new Set([this.tierFilter]) : null,
      routes: this.routeFilter === null ? null : new Set([this.routeFilter]),
    });
    this.view = sortTable(t, rows, this.sortKey, this.sortDir);
    return this.view;
  }

  private toggleRow(p: number): void {
    const t = this.table;
    if (!t) return;
    const r = this.view[p]!;
    if (this.list.toggle(r, p))
      this.queueEvent('revops-select', {
        index: t.index[r]!,
        id: t.id[r]!,
        score: t.score[r]!,
        tier: t.tiers[t.tier[r]!]!.key,
        route: t.route[r]!,
        reason: t.reason[r]!,
      } satisfies TieringTableSelectDetail);
  }

  /**
   * The CRM re-import file: the rows shown (in display order) as CSV with machine headers and codes (id, name,
   * score, tier, focus, route, reason, points_<factor>), for a CRM mapping (docs/exports.md).
   */
  exportCsv(): string {
    const t = this.table;
    if (!t) return '';
    const e = tableExport(t, this.currentView(t), this.routed);
    const text = toCsv(e.header, e.rows);
    downloadText(`${this.localName}.csv`, text, 'text/csv');
    return text;
  }

  /** The CRM re-import file as an .xlsx workbook: the CSV's columns, numbers as numbers. */
  async exportXlsx(): Promise<void> {
    const t = this.table;
    if (!t) return;
    const e = tableExport(t, this.currentView(t), this.routed);
    await downloadTables(this.localName, [scoredListTable(this.heading(this.t), e)], 'xlsx');
  }

  /**
   * The export for people (`<tag>-report.csv` / `.xlsx`): the rows shown in display order with headers in the
   * table's words, tiers, routes, reasons and factors by their names, scores and points as shown; then the
   * records per tier. Built by a module loaded on the first click.
   */
  async exportPeople(format: 'csv' | 'xlsx' = 'csv'): Promise<void> {
    const tables = await this.peopleTables();
    if (tables) await downloadTables(`${this.localName}-report`, tables, format);
  }

  /** The people export's tables (undefined before a list is scored). @internal */
  async peopleTables(): Promise<ExportTable[] | undefined> {
    const t = this.table;
    if (!t) return undefined;
    const view = this.currentView(t);
    const { tablePeopleTables } = await import('./tiering-people-export.js');
    const ctx = { locale: this.locale, fmt: this.fmt, host: this.hostLabel };
    return tablePeopleTables(ctx, this.t, this.heading(this.t), t, view, this.routed);
  }

  /** The host's words for a code (`codeLabels`), for the label helpers. */
  private readonly hostLabel: HostLabel = (kind, code, builtin) => this.codeLabel(kind, code, builtin);

  private routeName(route: string | null): string {
    if (route === null || route === '') return this.t.noRoute;
    return routeLabel(this.tt, route, this.hostLabel);
  }

  private importView() {
    const word = this.listWord(this.t);
    return { loc: this.locale, fmt: this.fmt, listWord: word, hint: this.t.importHint(word) };
  }

  override render(): TemplateResult {
    const t = this.t;
    const table = this.table;
    return html`<section part="base" aria-labelledby="title">
      <header part="header" class="row"><h2 id="title">${this.heading(t)}</h2></header>
      ${this.renderIssues(this.issues, !!table)} ${this.imports.render(this.importView(), this.localName)}
      ${table ? this.renderTable(table) : nothing} ${this.modelEditor.render(this.tt.editModel)}
    </section>`;
  }

  private renderTable(table: ScoredTable): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const view = this.currentView(table);
    const counts = tierCounts(table);
    const w = this.list.window(view.length, [this.locale]);
    return html`${this.renderCounts(counts)} ${this.renderToolbar(table)}
      <p part="count" class="weak count" role="status" aria-live="polite">
        ${t.showing(f.integer(view.length), f.integer(table.n))}${
          table.invalid.length ? html` · ${t.skipped(table.invalid.length, f.integer(table.invalid.length))}` : nothing
        }
        <span class="visually-hidden">. ${t.listHint}</span>
      </p>
      ${
        !table.n
          ? html`<p part="empty" class="weak">${t.noRows}</p>`
          : !view.length
            ? html`<p part="no-match" class="weak">${t.noMatch}</p>`
            : html`<div class="columns" aria-hidden="true">
                  <span>${t.name}</span><span class="num">${t.score}</span
                  ><span>${t.tier}</span>${this.routed ? html`<span class="route-cell">${t.route}</span>` : nothing}
                </div>
                <div
                  class="list"
                  part="list"
                  @scroll=${this.list.onScroll}
                  @click=${this.list.onClick}
                  @keydown=${this.list.onKey}
                >
                  <div
                    class="sizer"
                    role="list"
                    aria-label=${this.heading(t)}
                    ${styleProps({ height: `${w.height}px` })}
                  >
                    ${repeat(
                      w.slots,
                      (p) => slotKey(w, p),
                      (p) => this.renderRow(table, view, p, w.open),
                    )}
                  </div>
                </div>`
      }`;
  }

  private renderCounts(c: ReturnType<typeof tierCounts>): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    return html`<div part="counts">
      <ul class="counts" aria-label=${t.tierCounts}>
        ${c.tiers.map(
          (x, i) =>
            html`<li data-tier=${x.key}>
              <span class="badge tier-${Math.min(5, i + 1)}">${x.key}</span>
              ${f.integer(x.count)} · ${f.percent(x.share)}
            </li>`,
        )}
      </ul>
      <p part="focus-share" class="share ${c.shareOk ? 'ok' : 'off'}">
        ${t.focusShare(f.percent(c.focusShare), f.percent(c.targetFocusShare), f.percent(c.shareTolerance))} ·
        ${c.shareOk ? t.withinTarget : t.offTarget}
      </p>
    </div>`;
  }

  private renderToolbar(table: ScoredTable): TemplateResult {
    const t = this.t;
    const sorts: [SortKey, string][] = [
      ['score', t.sortScore],
      ['tier', t.sortTier],
      ...(this.routed ? [['route', t.sortRoute] as [SortKey, string]] : []),
      ['name', t.sortName],
      ...table.factors.map((x): [SortKey, string] => [
        `factor:${x.key}`,
        t.sortFactor(factorLabel(this.tt, x.key, x.label, this.hostLabel)),
      ]),
    ];
    return html`<div part="toolbar" class="toolbar">
      <label
        >${t.tierFilter}
        <select
          id="tier-filter"
          @change=${(e: Event) => this.saveView(() => (this.tierFilter = (e.target as HTMLSelectElement).value))}
        >
          <option value="" ?selected=${this.tierFilter === ''}>${t.all}</option>
          ${table.tiers.map(
            (x) =>
              html`<option value=${x.key} ?selected=${this.tierFilter === x.key}>
                ${x.key} · ${tierLabel(this.tt, x.key, x.label, this.hostLabel)}
              </option>`,
          )}
        </select></label
      >
      ${
        this.routed
          ? html`<label
              >${t.routeFilter}
              <select
                id="route-filter"
                @change=${(e: Event) => {
                  const v = (e.target as HTMLSelectElement).value;
                  this.saveView(() => (this.routeFilter = v === '*' ? null : v));
                }}
              >
                <option value="*" ?selected=${this.routeFilter === null}>${t.all}</option>
                ${routesOf(table).map(
                  (r) => html`<option value=${r} ?selected=${this.routeFilter === r}>${this.routeName(r)}</option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <label
        >${t.sortBy}
        <select
          id="sort"
          @change=${(e: Event) => this.saveView(() => (this.sortKey = (e.target as HTMLSelectElement).value as SortKey))}
        >
          ${sorts.map(([k, label]) => html`<option value=${k} ?selected=${this.sortKey === k}>${label}</option>`)}
        </select></label
      >
      <label
        >${t.sortDirection}
        <select
          id="sort-dir"
          @change=${(e: Event) => this.saveView(() => (this.sortDir = (e.target as HTMLSelectElement).value as SortDir))}
        >
          <option value="desc" ?selected=${this.sortDir === 'desc'}>${t.descending}</option>
          <option value="asc" ?selected=${this.sortDir === 'asc'}>${t.ascending}</option>
        </select></label
      >
      ${renderTableExports({
        t,
        peopleLabel: this.tt.peopleExport,
        excel: ACTIONS[this.locale].exportXlsx,
        people: (format) => void this.exportPeople(format),
        crmCsv: () => void this.exportCsv(),
        crmXlsx: () => void this.exportXlsx(),
      })}
    </div>`;
  }

  private renderRow(
    table: ScoredTable,
    view: Int32Array,
    p: number,
    open: ReturnType<VirtualList['window']>['open'],
  ): TemplateResult {
    const r = view[p]!;
    const f = this.fmt;
    const tierPos = table.tier[r]!;
    const tier = table.tiers[tierPos]!;
    const isOpen = this.list.opened.has(r);
    const label = table.name[r] ?? table.id[r] ?? `#${table.index[r]! + 1}`;
    return html`<div
      role="listitem"
      class="item ${isOpen ? 'open' : ''}"
      data-i=${r}
      data-tier=${tier.key}
      aria-posinset=${p + 1}
      aria-setsize=${view.length}
      ${styleProps({ top: `${this.list.topOf(p, open)}px` })}
    >
      <button
        type="button"
        class="head"
        part="row"
        data-pos=${p}
        tabindex=${p === this.list.active ? 0 : -1}
        aria-expanded=${isOpen ? 'true' : 'false'}
      >
        <span class="cell">${label}</span>
        <span class="cell num">${f.number(table.score[r], 1)}</span>
        <span class="cell"><span class="badge tier-${Math.min(5, tierPos + 1)}">${tier.key}</span></span>
        ${this.routed ? html`<span class="cell route-cell">${this.routeName(table.route[r]!)}</span>` : nothing}
      </button>
      ${isOpen ? html`<div class="detail" part="detail">${this.renderContributions(table, r)}</div>` : nothing}
    </div>`;
  }

  /** The open row's factor contributions, scored again from its record (one row: cheap). */
  private renderContributions(table: ScoredTable, r: number): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const parts = recordParts(this.records[table.index[r]!]);
    if (!parts || !this.compiled) return html``;
    const res = scoreValues(this.compiled, parts.values);
    const word = (v: unknown) =>
      typeof v === 'string' ? optionLabel(this.tt, v, undefined, this.hostLabel) : f.number(v as number, 2);
    const shown = (v: unknown) => (v === null ? '—' : Array.isArray(v) ? v.map(word).join(', ') : word(v));
    return html`<table part="contributions">
      <caption class="visually-hidden">
        ${t.contributions}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.factor}</th>
          <th scope="col">${t.value}</th>
          <th scope="col" class="num">${t.factorScore}</th>
          <th scope="col" class="num">${t.points}</th>
        </tr>
      </thead>
      <tbody>
        ${res.contributions.map(
          (c) =>
            html`<tr data-factor=${c.key}>
              <th scope="row">${factorLabel(this.tt, c.key, c.label, this.hostLabel)}</th>
              <td>${shown(c.value)}</td>
              <td class="num">${f.number(c.score, 1)}</td>
              <td class="num">${f.number(c.points, 2)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
