/**
 * The one risk panel element both alert panels are (opportunity-alert-panel,
 * churn-alert-panel), configured by a `RiskPanelConfig` object (the model,
 * words, filters, sorts, aggregates and templates of a panel). It reads
 * `{ asOf, <list>, rules? }` (or the list, or one record), and wires what
 * its controllers and templates do: where the list comes from (the data or
 * the CRM import: panel-source.ts), the assessment (at once, or in the
 * background with progress: assessment-controller.ts), the saved state
 * (saved-state-controller.ts), the list's filters, search and sort
 * (list-view-controller.ts), the virtual list and its keyboard
 * (virtual-list-controller.ts), and the header, toolbar, rows, card and
 * rules editor (risk-header.ts, risk-toolbar.ts, panel-list.ts with
 * risk-list.ts, rules-editor.ts). Every derivation is a pure function of src/views.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { RiskRow } from '../../../src/risk/engine.js';
import { isModelInputError, movedIssue, type Issue } from '../../../src/schemas/issues.js';
import type { LevelCounts } from '../../../src/models/signals.js';
import { formatDay, RISK, type RiskStrings } from '../../../src/i18n/risk.js';
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import { ACTIONS } from '../../../src/i18n/actions.js';
import { aboutRules, editorRules, rowPath } from '../../../src/views/risk-input.js';
import { RISK_SORT, sameValues } from '../../../src/views/risk-view.js';
import { drainSteps } from '../../../src/views/stepped-sort.js';
import { RevopsElement } from '../revops-element.js';
import { jsonConverter, type ResolvedInput } from '../json-source.js';
import type { PanelImport } from './risk-import.js';
import { PanelSource } from './panel-source.js';
import { downloadRows, peopleTables, rowsCsv } from './panel-export.js';
import type { ExportTable } from '../../../src/export/table.js';
import { RiskAssessment } from './assessment-controller.js';
import { afterColdStart } from './background.js';
import { RiskListView, type ViewInputs } from './list-view-controller.js';
import { RiskSavedState } from './saved-state-controller.js';
import { VirtualList } from './virtual-list-controller.js';
import { invalidRows, panelHeader, progressBar } from './risk-header.js';
import { panelBody } from './panel-body.js';
import { RowDrawer } from './risk-drawer.js';
import { RiskRulesSection } from './rules-section-controller.js';
import { riskPanelStyles } from './risk-panel.styles.js';
import { listStyles } from '../list.styles.js';
import type { PanelPlans } from '../plans/panel-plans.js';
import { adoptLater, IMPORT_SLOT, PLANS_SLOT } from './later-styles.js';
import { PanelContext } from './risk-context.js';
import { LaterParts } from './later-parts.js';
import { laterCode, plansCode, rulesEditorCode } from './later-code.js';
import type { AssessedIn, RiskContext, RiskPanelConfig, RiskRun, RiskSelectDetail } from './risk-config.js';

export abstract class RiskPanel<
  R extends RiskRow,
  Rec extends { id: string; name?: string | null },
  Rules extends object,
  S extends LevelCounts,
  X,
> extends RevopsElement {
  static override styles = [...RevopsElement.styles, listStyles, riskPanelStyles];

  /** What makes this panel the opportunity or the churn panel. */
  protected abstract readonly config: RiskPanelConfig<this, R, Rec, Rules, S, X>;

  /**
   * Lists longer than this are assessed in the background (a worker, else
   * main-thread slices) with a progress indicator; shorter ones at once.
   */
  @property({ type: Number, attribute: 'worker-threshold' }) workerThreshold = 15_000;

  /** Hide the rules editor (e.g. a record page where the rules are managed elsewhere). */
  @property({ type: Boolean, attribute: 'hide-rules' }) hideRules = false;

  /**
   * A column mapping (JSON) for the CRM's own records given as `data` (a list of objects, or
   * `{ header, rows }`): `{ "fields": { "id": "Id", "stage": "StageName", … }, "values": { "stage": { … } } }`
   * or flat (docs/import.md). It also applies, under the user's edits, to an export loaded in the panel.
   */
  @property({ attribute: 'field-map', converter: jsonConverter }) fieldMap: unknown;

  /** The assessment shown, with what it was run with. */
  @state() protected assessment?: RiskRun<R, Rules, S>;
  /** The panel's aggregates of `run` (config.aggregate). */
  @state() protected aggregates?: X;
  @state() private waiting = false;
  @state() private cardOpen = true;
  @state() private fieldErrors: ReadonlySet<string> = new Set();

  /** The locale and formatter of the current update (the formatter kept while locale and currency stay). */
  protected loc: Locale = 'en';
  protected f!: Formatter;
  private fKey = '';
  /** Bumped when something a row shows changed (not on scrolling): rows re-render then. */
  private rowVersion = 0;
  private rowDeps: readonly unknown[] = [];
  /** Bumped by every update not caused by scrolling alone (what else can change, e.g. lazily loaded wording). */
  private tick = 0;
  private aggregateDeps: readonly unknown[] = [];

  private readonly saved = new RiskSavedState(this, {
    namespace: this.localName,
    key: () => this.storageKey,
    view: () => ({ filters: this.views.filters, sort: this.views.sort }),
    restored: (s) => {
      if (s.filters) this.views.setFilters(s.filters);
      if (s.sort !== undefined) this.views.setSort(s.sort);
      this.requestCompute();
    },
  });
  private readonly jobs = new RiskAssessment<R, Rules, S, X>(this, {
    config: () => this.config,
    aggregate: (s) => this.config.aggregate(this.ctx, s),
    noAggregates: () => this.config.noAggregates,
    shown: () => (this.assessment?.partial ? undefined : this.assessment?.assessed.list),
    firstScreen: (ready) => this.show(ready.run, ready.aggregates),
    done: (result) => {
      this.accept(result);
      this.queueEvent('revops-change', result);
      this.requestUpdate();
    },
    failed: (e) => {
      if (isModelInputError(e)) this.fail(e.issues, 'data');
      else this.fail([{ path: '', message: e instanceof Error ? e.message : String(e) }], 'data');
      this.requestUpdate();
    },
    restart: () => this.requestCompute(),
    dropped: (keys, overlay) => this.saved.dropStages(keys, overlay),
  });
  private readonly rulesSection = new RiskRulesSection(this, {
    r: () => this.r,
    resolveRules: (raw) => this.config.resolveRules(raw),
    apply: (rules) => {
      this.fieldErrors = new Set();
      this.setRules(rules);
    },
    reset: () => this.resetRules(),
    issuesView: (issues) => this.renderIssues(issues, false),
  });
  private readonly views = new RiskListView(this, () => this.config.defaultSort ?? RISK_SORT);
  private readonly list = new VirtualList(this, {
    count: () => this.views.view.length,
    indexAt: (p) => this.assessment!.assessed.facets.index[this.views.view[p]!]!,
    positionOf: (i) => this.views.positionOf(i),
    toggle: (p) => this.toggleRow(p),
  });

  /** The views, the rules editor and the plans: drawn once their code (later-code.ts) is in, after the first rows. */
  private readonly later = new LaterParts(this, {
    later: () => laterCode(this.config),
    ready: () => !!this.assessment && !this.assessment.partial,
    waitFor: (load) => this.waitFor(load, false),
    prepare: () => (this.assessment?.single ? undefined : this.config.prepareViews?.(this.ctx)),
    view: () => this.views.view,
    connected: () => this.isConnected,
  });

  /** A panel with `drawer`: the row whose details the side drawer shows; closing it goes back to the row. */
  private readonly drawer = new RowDrawer(this, (i) => {
    const p = this.views.positionOf(i);
    if (p >= 0) this.list.moveTo(p);
  });

  /** What templates and view functions read of the panel. */
  protected readonly ctx: RiskContext<this, Rules, X> = new PanelContext(this, {
    loc: () => this.loc,
    f: () => this.f,
    label: (kind, code, builtin) => this.codeLabel(kind, code, builtin),
    run: () => this.assessment,
    aggregates: () => this.aggregates ?? this.config.noAggregates,
    issues: () => this.issues,
    fieldErrors: () => this.fieldErrors,
    storageKey: () => this.storageKey,
    views: this.views,
    saved: this.saved,
    editorRules: (rules) =>
      editorRules(
        rules,
        this.assessment?.hostRules,
        this.saved.tuned,
        this.config.overlayRules,
        this.config.resolveRules,
      ),
    tuned: () => this.requestCompute(),
    setFieldErrors: (errors) => (this.fieldErrors = errors),
    setFilters: (filters) => {
      this.views.setFilters(filters);
      this.list.active = 0;
      this.saved.save();
    },
  });

  private readonly source = new PanelSource(this, {
    namespace: this.localName,
    config: () => this.config,
    ctx: this.ctx,
    rules: () => this.assessment?.rules,
    loc: () => this.loc,
    fmt: () => this.f ?? this.fmt,
    storageKey: () => this.storageKey,
    changed: () => this.requestCompute(),
    waitFor: (load, recompute) => this.waitFor(load, recompute),
    workerThreshold: () => this.workerThreshold,
    adopt: (styles) => adoptLater(this, styles, IMPORT_SLOT),
  });

  /** The panel's CRM import (created with the panel's configuration). */
  protected get imports(): PanelImport | undefined {
    return this.source.imports;
  }

  private plansState?: PanelPlans | null;

  /** Plans people own (issue 14), when the configuration has playbooks (components/shared/plans), once in. */
  protected get plans(): PanelPlans | undefined {
    const c = this.config.plans;
    const code = c && this.later.drawn ? plansCode(this) : undefined;
    if (c && !code) return undefined;
    if (code) adoptLater(this, code.planStyles, PLANS_SLOT);
    this.plansState ??= code
      ? code.riskPanelPlans(this.saved, this.ctx, c!, {
          asOf: () => this.assessment?.asOf ?? '',
          emit: (d) => this.queueEvent('revops-plan-change', d),
          fileBase: this.localName,
          host: this,
        })
      : null;
    return this.plansState ?? undefined;
  }

  private planParts() {
    const c = this.config.plans;
    return this.plans && c ? this.plans.parts(c, this.ctx) : undefined;
  }

  /** The state kept under storage-key (for tests and hosts waiting for it to load). */
  protected get persist() {
    return this.saved.persist;
  }

  get r(): RiskStrings {
    return RISK[this.loc];
  }

  /**
   * Whether a long list is still being sorted for the sort chosen: in steps
   * between frames, or, for a new long list, by risk while it is assessed
   * (its first screenful shows meanwhile, in input order).
   */
  get sorting(): boolean {
    return this.views.sorting || !!this.assessment?.partial;
  }

  /** Where the last assessment ran (at once on the page, in a worker, or in main-thread slices), how long it took in ms, and why a worker was not used. */
  get assessedIn(): AssessedIn | null {
    return this.jobs.ran;
  }

  protected override computeProps(): readonly string[] {
    return ['workerThreshold', 'fieldMap'];
  }

  /** On a cold page, the first update after the definition, the locale's data and the first formats (background.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const update = () => super.scheduleUpdate();
    return this.hasUpdated
      ? update()
      : afterColdStart(
          [
            () => new Intl.Locale(this.locale).maximize(),
            () => this.fmt.money(0),
            () => formatDay('2026-01-01', this.locale),
          ],
          update,
        );
  }

  protected override storagePending(): boolean {
    return this.saved.persist.pending() || !!this.imports?.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.saved.persist.sync();
    this.imports?.sync();
    this.loc = this.locale;
    const fk = `${this.loc}|${this.currency ?? this.context?.currency ?? ''}`;
    if (fk !== this.fKey) {
      this.fKey = fk;
      this.f = this.fmt;
    }
    if (!this.list.scrollOnly(changed.size)) this.tick++;
    super.willUpdate(changed);
    const c = this.config;
    const deps = c.aggregateDeps?.(this.ctx) ?? [];
    // Not for a first screenful: it shows no aggregates, and they read every input row (a long task at 100,000).
    if (this.assessment && !this.assessment.partial && !sameValues(deps, this.aggregateDeps)) {
      this.aggregateDeps = deps;
      const { facets, list } = this.assessment.assessed;
      this.aggregates = drainSteps(c.aggregate(this.ctx, { facets, list, rules: this.assessment.rules }));
    }
    const rowDeps = [
      this.assessment,
      this.aggregates,
      this.loc,
      this.f,
      this.saved.plan,
      this.saved.plans,
      this.storageKey,
      // The plans' badges and details join the rows when their code is in.
      this.later.drawn,
      ...this.displayDeps(),
    ];
    if (!sameValues(rowDeps, this.rowDeps)) {
      this.rowDeps = rowDeps;
      this.rowVersion++;
    }
    this.views.update(this.viewInputs());
    if (this.assessment && !this.assessment.partial) {
      const opened = this.list.follow();
      if (opened !== null) this.select(this.views.view[this.views.positionOf(opened)]!);
    }
  }

  private displayDeps(): readonly unknown[] {
    return this.config.displayDeps?.(this.ctx) ?? [];
  }

  private viewInputs(): ViewInputs {
    const c = this.config;
    return {
      assessed: this.assessment?.assessed,
      locale: this.loc,
      deps: [this.aggregates],
      match: (filters) => c.match(this.ctx, filters),
      sorts: () => c.sortChoices(this.ctx),
      searchText: (rec) => c.searchText(rec as Rec),
    };
  }

  // ---- input and assessment ------------------------------------------------------

  protected evaluate(data: ResolvedInput, model: ResolvedInput): unknown {
    this.waiting = false;
    const input = this.source.read(data, model, this.fieldMap, this.locale);
    if (input === 'waiting') {
      this.waiting = true;
      return undefined;
    }
    if (!input) {
      this.jobs.cancel();
      return undefined;
    }
    const channel = { ready: model.status === 'ready', value: model.value };
    return this.jobs.start(input, channel, this.saved.tuned, this.workerThreshold);
  }

  protected accept(_result: unknown): void {
    const ready = this.jobs.take();
    if (!ready) return;
    const { run, aggregates } = ready;
    this.show(run, aggregates);
    this.aggregateDeps = this.config.aggregateDeps?.(this.ctx) ?? [];
    this.list.clearHeights();
    this.views.indexInBackground(run.assessed, (rec) => this.config.searchText(rec as Rec));
    const invalid = run.assessed.result.invalid;
    if (invalid.length)
      this.queueEvent('revops-invalid', {
        source: 'rows',
        // The model's own messages (the panel shows them in the UI's language).
        issues: invalid.flatMap((b) => b.issues.map((i) => movedIssue(i, rowPath(this.config.kind, b.index, i.path)))),
      });
  }

  /** Show a run: the first screenful of a long list (partial), or an assessment. */
  private show(run: RiskRun<R, Rules, S>, aggregates: X): void {
    const was = this.assessment;
    if (run.assessed.list !== was?.assessed.list) {
      // New data: row indices mean other rows now.
      this.list.reset();
      this.cardOpen = true;
      this.drawer.row = null;
    } else if (was?.partial && !run.partial) {
      const k = this.views.view[this.list.active];
      this.list.settle(k === undefined ? -1 : was.assessed.facets.index[k]!);
    }
    this.assessment = run;
    this.aggregates = aggregates;
  }

  /** Bad rules are reported as coming from where they came from: the page's model, the data, or the user's changes. */
  protected override fail(issues: Issue[], source: string): void {
    super.fail(issues, aboutRules(issues) ? this.jobs.blame : source);
  }

  protected override fieldLabel(path: string): string | undefined {
    return this.config.fieldLabel(this.ctx, path);
  }

  // ---- rules ---------------------------------------------------------------------

  /**
   * Set the user's rules changes: partial rules merged over the host's (the
   * page's model, the data's rules or the defaults). A `stages` list replaces
   * the host's stages; other values replace only themselves.
   */
  setRules(rules: unknown): void {
    this.saved.setTuned(rules);
    this.requestCompute();
  }

  /** Forget the user's rules changes: back to the host's rules. */
  resetRules(): void {
    this.fieldErrors = new Set();
    this.rulesSection.clearIssues();
    this.setRules(undefined);
  }

  /** Use rules given as JSON text (checked before they become the user's rules). */
  importRules(text: string): void {
    this.rulesSection.import(text);
  }

  // ---- filters, search, sort --------------------------------------------------------

  /** Set one filter ('' clears it). */
  setFilter(key: string, value: string): void {
    this.views.setFilter(key, value);
    this.list.active = 0;
    this.saved.save();
  }

  setSort(key: string): void {
    this.views.setSort(key);
    this.list.active = 0;
    this.saved.save();
  }

  /** Search now (the search field waits for a pause in typing). */
  setQuery(text: string): void {
    if (this.views.setQuery(text)) this.list.active = 0;
  }

  clearFilters(): void {
    this.views.setFilters({});
    this.setQuery('');
    this.list.active = 0;
    this.saved.save();
  }

  private onType = (e: Event): void =>
    this.views.type((e.target as HTMLInputElement).value, () => {
      this.list.active = 0;
    });

  // ---- rows: CSV, opening, selection, keyboard ------------------------------------------

  /** The rows shown (filters and sort applied), as they stand now. */
  private shownRows(): Generator<{ row: R; rec: Rec }> {
    return this.views.rows<R, Rec>(this.assessment?.partial ? undefined : this.assessment?.assessed, this.viewInputs());
  }

  /** The assessed list as CSV (the rows shown: filters and sort applied). */
  csv(): string {
    return rowsCsv(this.config.csvColumns(this.ctx), this.shownRows());
  }

  /** The rows shown as a table for people (the panel's words, rounded as shown); undefined for a panel without one. */
  peopleTables(): ExportTable[] | undefined {
    return peopleTables(this.config.words(this.loc).title, this.config.peopleColumns?.(this.ctx), this.shownRows());
  }

  /** Download the rows shown: the table for people as CSV or Excel (else the CSV with data keys). */
  exportCsv(format: 'csv' | 'xlsx' = 'csv'): Promise<void> {
    const base = `${this.localName}-${this.assessment?.asOf || 'export'}`;
    return downloadRows(base, this.peopleTables(), () => this.csv(), format);
  }

  private select(k: number): void {
    const a = this.assessment!.assessed;
    const index = a.facets.index[k]!;
    const row = a.store.get(k);
    this.queueEvent('revops-select', {
      id: row.id,
      result: row,
      index,
      record: a.list[index] as Rec,
    } satisfies RiskSelectDetail<R, Rec>);
  }

  /** Open or close the row at a display position; opening selects it (`revops-select`). */
  toggleRow(p: number): void {
    const view = this.views.current(this.viewInputs());
    if (!this.assessment || p < 0 || p >= view.length) return;
    const k = view[p]!;
    const index = this.assessment.assessed.facets.index[k]!;
    if (this.config.drawer && !this.assessment.partial) {
      if (this.drawer.row === index) return this.drawer.close();
      this.list.active = p;
      this.drawer.open(index);
      return this.select(k);
    }
    // A first screenful is not the list yet: the row opens where it lands once the list is sorted.
    if (this.assessment.partial) this.list.openWhenSettled(index, p);
    else if (this.list.toggle(index, p)) this.select(k);
  }

  /** Make a display position the active row, scrolled into view and focused. */
  moveTo(p: number): void {
    this.list.moveTo(p);
  }

  /** The one-record card's head: show or hide its details; every activation selects the record. */
  private onCardActivate = (): void => {
    if (!this.assessment?.assessed.facets.level.length) return;
    this.cardOpen = !this.cardOpen;
    this.select(0);
  };

  // ---- rendering -----------------------------------------------------------------------

  override render(): TemplateResult {
    const run = this.assessment;
    const a = run?.assessed;
    const { r, f, ctx, config: c } = this;
    const single = !!run?.single;
    const words = c.words(this.loc);
    const dropped = this.saved.dropped;
    const droppedText = dropped.length ? (c.droppedNotice?.(ctx, dropped) ?? dropped.join(', ')) : '';
    const display = this.displayDeps();
    const asOf = run ? { iso: run.asOf, shown: ctx.day(run.asOf), defaulted: run.defaulted } : null;
    return html`<section
      part="base"
      class=${single ? 'compact' : 'full'}
      aria-labelledby="title"
      aria-busy=${
        ((this.waiting || !!this.jobs.progress) && (!a || run.partial)) || !!this.imports?.reading ? 'true' : 'false'
      }
    >
      ${panelHeader(words.title, asOf, r)} ${this.renderIssues(this.issues, !!a)}
      ${this.waiting && !a ? this.renderLoading() : nothing} ${progressBar(this.jobs.progress, r, f)}
      ${
        !a && !this.waiting && !this.jobs.progress && !this.issues.length
          ? html`<p part="empty" class="weak">${ACTIONS[this.locale].noData}</p>`
          : nothing
      }
      ${
        this.storageKey && !this.saved.persist.persistent
          ? html`<p part="notice" role="status">${this.common.memoryOnly}</p>`
          : nothing
      }
      ${dropped.length ? html`<p part="notice" class="dropped" role="status">${droppedText}</p>` : nothing}
      ${
        a && !single && !run.partial
          ? guard([run, this.aggregates, this.loc, f, ...display], () =>
              c.summary(ctx, a.result, { assessed: a.facets.level.length, skipped: a.result.invalid.length }),
            )
          : nothing
      }
      ${a && !run.partial ? guard([run, this.loc, this.tick], () => this.renderInvalid()) : nothing}
      ${a ? this.renderBody(single) : nothing}
      ${
        a && !single && !run.partial && this.later.viewsDrawn
          ? guard(
              this.later.viewsDeps([
                run,
                this.aggregates,
                this.views.view,
                this.views.filters,
                this.loc,
                f,
                ...display,
              ]),
              () => c.views(ctx),
            )
          : nothing
      }
      ${a && !single && !run.partial && this.plans ? this.plans.list() : nothing}
      ${this.imports && !single ? this.imports.render(this.source.view(), this.localName) : nothing}
      ${run && !this.hideRules && !run.partial && this.later.drawn ? this.renderRules(run, single) : nothing}
    </section>`;
  }

  private renderInvalid(): TemplateResult | typeof nothing {
    return invalidRows({
      invalid: this.assessment!.assessed.result.invalid,
      r: this.r,
      rowName: (i) => ACTIONS[this.locale].row(i),
      path: (i, rel) => rowPath(this.config.kind, i, rel),
      fieldLabel: (path) => this.fieldLabel(path),
      issueText: (i) => this.issueText(i),
    });
  }

  private renderBody(single: boolean): TemplateResult {
    return panelBody({
      run: this.assessment!,
      config: this.config,
      ctx: this.ctx,
      loc: this.loc,
      r: this.r,
      actions: ACTIONS[this.locale],
      single,
      views: this.views,
      list: this.list,
      drawer: this.drawer,
      version: this.rowVersion,
      sorting: this.sorting,
      plans: this.planParts(),
      aggregates: this.aggregates,
      displayDeps: () => this.displayDeps(),
      cardOpen: this.cardOpen,
      onCardActivate: this.onCardActivate,
      onType: this.onType,
      panel: this,
    });
  }

  private renderRules(run: RiskRun<R, Rules, S>, single: boolean): unknown {
    const editor = rulesEditorCode(this)?.rulesEditor;
    if (!editor) return nothing;
    return this.rulesSection.render(run, {
      editor,
      compact: single,
      kept: !!this.storageKey,
      file: `${this.localName}-rules.json`,
      deps: [this.saved.tuned, this.issues, this.fieldErrors, this.saved.playbooks, this.tick],
      fields: () =>
        html`${this.config.rulesFields(this.ctx, this.ctx.editorRules(run.rules))}${this.plans?.editor() ?? nothing}`,
    });
  }
}
