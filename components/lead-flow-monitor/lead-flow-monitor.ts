import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { resolveLeadFlowRules, type LeadFlowResult, type LeadFlowRules } from '../../src/models/lead-flow.js';
import type { Campaign, LeadFlowPeriod } from '../../src/schemas/lead-flow.js';
import { compileModel } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { isModelInputError, ModelInputError } from '../../src/schemas/issues.js';
import { elementIssue } from '../../src/schemas/element-issues.js';
import { looksLikeJson } from '../../src/parse/leads.js';
import { LEAD_FLOW, type LeadFlowStrings, type LeadFlowTab } from '../../src/i18n/lead-flow.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import {
  isObject,
  countLeadFlowRunAhead,
  periodInForce,
  runLeadFlow,
  type LeadFlowEnvelope,
  type LeadFlowRunInput,
  type AsOfOrigin,
  type LeadFlowRuleEdits,
  type PeriodChoice,
  type RuleKey,
} from '../../src/views/lead-flow-input.js';
import { leadField } from '../../src/views/lead-flow-leads.js';
import type { LeadReading } from '../../src/models/lead-flow-reading.js';
import { collectRowIssues, rowIssueAsIssue, type RowIssue } from '../../src/views/lead-flow-rows.js';
import { reactivationCsv, skippedCsv, transitionsCsv } from '../../src/views/lead-flow-export.js';
import { RevopsElement } from '../shared/revops-element.js';
import { LeadFlowTabs } from './lead-flow-tabs.js';
import { jsonConverter, type ResolvedInput } from '../shared/json-source.js';
import { downloadText } from '../shared/download.js';
import { downloadPeople, type PeopleExport } from './people-exports.js';
import { leadFlowStyles } from './lead-flow-monitor.styles.js';
import { ExportText, isCsvSource, type LeadInput } from './lead-flow-reader.js';
import { LeadSource } from './lead-source.js';
import { rowProblemText } from '../shared/import/import-result.js';
import { importStyles } from '../shared/import/import.styles.js';
import type { LeadFlowContext } from './template-context.js';
import { renderPeriod, renderSummary } from './overview.js';
import { renderTabList, renderTabPanel, TABS } from './tabs.js';
import { renderTabContent } from './tab-content.js';
import { renderSkippedRows } from './skipped-rows.js';
import type { LeadOwnersResult } from '../../src/models/lead-owners.js';
import type { LeadFlowRulesDetail, LeadFlowSaved } from './lead-flow-saved.js';
import { LeadFlowEdits } from './edits-controller.js';

export type { LeadFlowRuleEdits };
export type { LeadFlowRulesDetail, LeadFlowSaved };

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/**
 * Lead operations for the owner of a CRM's lead pools (seed 001: classify,
 * allocate, flow, reactivate; daily alerts, weekly tracking, monthly review).
 * Loads a lead export (the model input `{ asOf, leads, channelCosts?, rules? }`,
 * a list of leads, CSV or .xlsx as CRMs export it through the import view's
 * column mapping, or raw CRM records with a `field-map`) and shows the four pools with the
 * transitions now due by rule, drawn as flows between pools, with the list of
 * due transitions ready to export for the CRM; supply, follow-up within the
 * SLA, conversion, revenue, cost, cost per lead and ROI per source and per
 * source × business line as a heat table with ROI bars and follow-up alerts;
 * a day / week / month / quarter period switch; costs by source and month
 * (each period counts a month's cost by its days) with ROI by business line,
 * by source group and for the company; follow-up, conversion, SLA breaches
 * and transitions caused per owner, ranked within each team; reactivation candidates in the public
 * pools with their value tier from the lead model; and a rules and costs
 * editor saved under `storage-key`.
 *
 * @tag lead-flow-monitor
 * @customElement lead-flow-monitor
 * @summary Lead pools, due transitions, channel follow-up and ROI, reactivation candidates, with a rules editor.
 *
 * @fires revops-change - A new analysis: `detail` is the analyzeLeadFlow output (for the period in force).
 * @fires revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`; `detail.source` is `data`, `model`, `leads` (bad rows, skipped; the rest analysed; paths `row.<line>` or `leads.<index>.<field>`) or `import` (a JSON export that cannot be read).
 * @fires revops-rules-change - The user changed a rule or a channel cost: `detail.rules` and `detail.channelCosts` are now in force.
 *
 * @csspart base - The frame.
 * @csspart header - Title and as-of date.
 * @csspart as-of - The as-of date and where it came from.
 * @csspart period - The period switch (a radio group).
 * @csspart summary - Pool counts and totals.
 * @csspart pools - The four pool counts.
 * @csspart tabs - The tab list.
 * @csspart flow-chart - The pool flow chart.
 * @csspart pool-table - Pools with transitions due out and in (the chart's text alternative).
 * @csspart due - The due transitions section.
 * @csspart due-table - The due transitions table.
 * @csspart alerts - Follow-up alerts.
 * @csspart source-table - The heat table by source and business line.
 * @csspart roi-chart - ROI bars by source.
 * @csspart owners - The Owners tab: follow-up by owner and team.
 * @csspart owner-table - Owners ranked within each team, with team totals.
 * @csspart transfers - Transfers between reps and pools from the leads' owner history (with `transfers` on leads).
 * @csspart transfer-table - Transfers by owner: received, handed over, claimed, released, claims converted.
 * @csspart transfer-flow - The transfers drawn in the flow chart, from the owner before to the owner after (with `transfers` on leads).
 * @csspart transfer-flow-table - Transfers by kind (the transfer chart's text alternative).
 * @csspart import-history - The import tab's second file: the leads' owner history, joined by lead id into their transfers.
 * @csspart history-joined - How many transfers the owner history gave, for how many leads.
 * @csspart line-table - ROI by business line (with monthly costs or source groups).
 * @csspart group-table - ROI by source group.
 * @csspart reactivation - The reactivation section.
 * @csspart reactivation-table - The reactivation candidates table.
 * @csspart past-orders - The campaign's past-order ranges (with product categories or past orders).
 * @csspart category - Public pools by product category (with product categories or past orders).
 * @csspart category-table - The table by product category.
 * @csspart rules - The rules and costs editor.
 * @csspart import - The import tab: file picker, drop zone and paste box, the column mapping, value mapping and result.
 * @csspart import-mapping - The column mapping step.
 * @csspart import-values - The value mapping (pools, converted).
 * @csspart import-result - Counts, fallbacks, grouped row problems and the preview.
 * @csspart import-progress - Progress while a file is read.
 * @csspart skipped - Rows of the export that could not be used.
 * @csspart error - The alert listing bad fields.
 * @csspart loading - Loading status while `src` is fetched.
 * @csspart notice - Storage notice.
 *
 * @cssprop --revops-color-brand - Brand colour (buttons, pool bars, heat).
 * @cssprop --revops-color-text - Text colour.
 * @cssprop --revops-color-surface - Background.
 * @cssprop --revops-color-border - Borders.
 * @cssprop --revops-font-family - Font stack.
 * @cssprop --revops-font-size - Base font size.
 * @cssprop --revops-radius - Corner radius.
 * @cssprop --revops-lead-flow-heat - Heat colour of the source table (default: brand).
 * @cssprop --revops-lead-flow-pool - Colour of the pool bars.
 * @cssprop --revops-lead-flow-no-follow-up - Colour of the no-follow-up flow.
 * @cssprop --revops-lead-flow-not-converted - Colour of the not-converted-in-time flow.
 * @cssprop --revops-lead-flow-unclaimed - Colour of the unclaimed flow.
 */
export class LeadFlowMonitor extends LeadFlowTabs {
  static override styles = [...RevopsElement.styles, leadFlowStyles, importStyles];

  /** The date of the analysis (ISO). Wins over `asOf` in the data; without either, today's UTC date is used and shown. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** The monitoring window of the source tables and alerts: `day` (alerts), `week` (tracking), `month` or `quarter` (review); empty or `all`: every lead. */
  @property() override period?: string | null;

  /** Rows per page of the due-transition and reactivation lists. */
  @property({ attribute: 'page-size', type: Number }) override pageSize = 25;

  /**
   * Lead operations configuration: `{ rules?, channelCosts?, periodCosts?, sourceGroups?, teams?, tiering? }`
   * (`periodCosts`: cost by source and month `YYYY-MM`; `sourceGroups`: `{ paid: ["web", …] }`;
   * `teams`: `{ east: ["Li", …] }`, owners by team for the Owners tab) where
   * `tiering` is the lead tiering model used for the value tier of
   * reactivation candidates (default: the provider's `lead` model, else the
   * preset). The data's own `rules` and `channelCosts` win over these.
   */
  @property({ converter: jsonConverter }) override model: unknown;

  /**
   * A column mapping for raw CRM records (JSON): `{ "fields": { "id": "Id", "pool": "Queue__c", … }, "values": { … } }`
   * or flat `{ "id": "Id", … }` (docs/import.md). With it, `data` may be a list of the CRM's own objects or a
   * `{ header, rows }` table; it also applies under the user's edits to a CSV given as data or loaded here.
   */
  @property({ attribute: 'field-map', converter: jsonConverter }) fieldMap: unknown;

  /** The last valid analysis. */
  @state() override result?: LeadFlowResult;
  /** Leads by owner and team for the same leads, period and rules (`analyzeLeadOwners`). */
  override get owners(): LeadOwnersResult | undefined {
    // Computed when first read after an analysis (the Owners tab, its export, a host): not before the first paint.
    return this.ownersSet ?? this.ownersRun?.owners;
  }
  override set owners(v: LeadOwnersResult | undefined) {
    this.ownersSet = v;
  }
  private ownersRun?: { readonly owners: LeadOwnersResult };
  private ownersSet?: LeadOwnersResult | undefined;

  /** The rules in force for the last analysis (defaults filled in). */
  override rules: LeadFlowRules = resolveLeadFlowRules();
  /** The as-of date of the last analysis and where it came from. */
  asOfUsed?: { date: string; origin: AsOfOrigin };

  protected readonly source = new LeadSource(this, {
    namespace: this.localName,
    storageKey: () => this.storageKey,
    locale: () => this.locale,
    fmt: () => this.fmt,
    readLabel: () => this.t.analyse,
    tiering: () => {
      const model = this.modelSource.resolve();
      return this.tieringModel(model.status === 'ready' && isObject(model.value) ? model.value : {});
    },
    ownText: (text, label) => this.loadExport(text, label),
    changed: () => this.importChanged(),
    readAhead: (reading) => this.countAhead(reading),
  });
  /** The import view's state: a CSV / .xlsx export or pasted rows, and the column mapping. (for tests and hosts that drive it) @internal */
  override readonly importer = this.source.importer;
  private reportedInput: LeadInput | undefined;
  private lastContext: unknown;

  protected readonly edits = new LeadFlowEdits(this, {
    namespace: this.localName,
    key: () => this.storageKey,
    kept: () => ({ period: this.period, loaded: this.loaded }),
    restored: (s) => {
      if (s.period !== undefined) this.period = s.period;
      if (s.loaded) this.loaded = s.loaded;
      else if (s.csv) void this.importer.openText(s.csv.text, s.csv.label);
      this.requestCompute();
    },
    changed: () => this.requestCompute(),
    inForce: () =>
      this.issues.length
        ? undefined
        : { rules: this.rules, channelCosts: this.costsInForce, periodCosts: this.periodCostsInForce },
    announce: (detail) => this.emit('revops-rules-change', detail),
  });
  /** (for tests waiting for the saved state) */
  protected readonly persist = this.edits.persist;

  get t(): LeadFlowStrings {
    return LEAD_FLOW[this.locale];
  }

  protected override computeProps(): readonly string[] {
    return ['asOf', 'period', 'loaded', 'fieldMap'];
  }

  /** A src ending in .csv / .tsv, or served as CSV, is read as a CSV export; anything else as JSON. */
  protected override readSrc(text: string, info: { url: string; contentType: string }): unknown {
    return isCsvSource(info.url, info.contentType, document.baseURI) ? new ExportText(text) : super.readSrc(text, info);
  }

  protected override storagePending(): boolean {
    return this.persist.pending() || this.importer.pending() || this.source.history.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.persist.sync();
    this.importer.sync();
    this.source.history.sync();
    if (this.context !== this.lastContext) {
      this.lastContext = this.context;
      this.requestCompute();
    }
    super.willUpdate(changed);
  }

  // ---- the analysis ------------------------------------------------------------

  /** The tiering model in force: the provider's `lead` model, else `model.tiering`, else the preset. */
  private tieringModel(cfg: Record<string, unknown>): unknown {
    return this.context?.models.lead ?? cfg.tiering ?? LEAD_PRESET;
  }

  protected evaluate(data: ResolvedInput, model: ResolvedInput): unknown {
    if ((!this.loaded && !this.importer.loaded && data.status === 'loading') || model.status === 'loading') {
      this.waiting = true;
      return undefined;
    }
    this.waiting = false;
    if (model.status === 'error') return undefined;
    let cfg: Record<string, unknown> = {};
    if (model.status === 'ready' && model.value != null) {
      if (!isObject(model.value)) throw new ModelInputError([elementIssue('model', 'lead_flow_model', {})]);
      cfg = model.value;
    }
    const tiering = this.tieringModel(cfg);
    // A tiering model that does not compile is bad input like any other: named, and the last good result stays.
    const cm = compileModel(tiering, this.context?.models.lead !== undefined ? 'lead' : 'model.tiering');
    const mapIssues = this.importer.useHostMap(this.fieldMap);
    if (mapIssues.length) throw new ModelInputError(mapIssues);

    const chosen = this.source.choose(data, this.fieldMap, this.loaded);
    if (!chosen) {
      if (data.status === 'empty') {
        this.empty = true;
        this.result = undefined;
      }
      return undefined;
    }
    const { input, page } = chosen;
    this.inputLabel = chosen.label;
    if (!input) {
      // The import pipeline is loading: the element runs again once it is in.
      this.waiting = true;
      return undefined;
    }
    this.empty = false;

    // JSON leads are the host's objects (they may change between analyses): read by each analysis.
    const run = runLeadFlow(
      this.runInput(input.leads, cfg, page, input.envelope, input.format === 'json' ? undefined : input.leads),
    );
    const result = run.result;
    this.rules = run.rules;
    this.costsInForce = run.channelCosts;
    this.periodCostsInForce = run.periodCosts;
    this.ownersRun = run;
    this.ownersSet = undefined;
    this.asOfUsed = run.asOf;
    this.input = input;
    this.indexed = input.leads;
    this.rankingDue = (ranking) => ranking.update(result.reactivation, this.leads.byId, tiering, cm);
    this.rowIssues = collectRowIssues(input, result.invalid);
    const used = input;
    if (this.reportedInput !== used) {
      this.reportedInput = used;
      this.skippedPage = 0;
      if (this.rowIssues.length)
        this.queueEvent('revops-invalid', {
          source: 'leads',
          issues: this.rowIssues.map((r) => rowIssueAsIssue(r, used.columns)),
        });
    }
    return result;
  }

  /**
   * The analysis' input: `leads` under the layers in force (the model, the page's data around an export, the
   * input's own envelope, the edits); `readingOf`: the records of an import, read (and counted) as they were mapped.
   */
  private runInput(
    leads: readonly unknown[],
    cfg: Record<string, unknown>,
    page: LeadFlowEnvelope | undefined,
    own: LeadFlowEnvelope | undefined,
    readingOf?: readonly unknown[],
  ): LeadFlowRunInput {
    return {
      leads,
      layers: {
        config: cfg,
        page,
        own,
        edits: this.edits.rules,
        costEdits: this.edits.costs,
        periodCostEdits: this.edits.periodCosts,
      },
      asOfAttribute: this.asOf,
      today: todayUtc(),
      period: this.period,
      reading: readingOf && this.source.readingOf(readingOf),
    };
  }

  /**
   * A file's leads read so far as they are mapped: counted now for the analysis the layers in force would run once
   * the file is in (an import has no envelope of its own), so that analysis counts only the rest. Layers the
   * analysis would reject are left to it to name.
   */
  private countAhead(reading: LeadReading): void {
    const model = this.modelSource.resolve();
    const data = this.dataSource.resolve();
    if (model.status === 'loading' || model.status === 'error') return;
    const cfg = model.status === 'ready' && isObject(model.value) ? model.value : {};
    const page = data.status === 'ready' ? this.source.reader.envelope(data.value) : undefined;
    try {
      countLeadFlowRunAhead({ ...this.runInput(reading.leads, cfg, page, undefined), reading });
    } catch (e) {
      if (!isModelInputError(e)) throw e;
    }
  }

  private importChanged(): void {
    // A file loaded in the import view replaces a JSON export loaded here.
    if (this.importer.loaded && this.loaded) {
      this.loaded = undefined;
      this.edits.save();
    }
    this.reportedInput = undefined;
    this.duePage = 0;
    this.reactPage = 0;
    this.requestCompute();
  }

  protected accept(result: unknown): void {
    this.result = result as LeadFlowResult;
    this.hiddenLater = true;
    const size = Math.max(1, this.pageSize);
    if (this.duePage * size >= this.dueRows().length) this.duePage = 0;
    if (this.reactPage * size >= this.result.reactivation.length) this.reactPage = 0;
  }

  // ---- state changes -------------------------------------------------------------

  /** Change one rule (undefined: back to the host's value). `followUpRateAlert` is a fraction (0.8). */
  override setRule(key: RuleKey, value: number | undefined): void {
    this.edits.setRule(key, value);
  }

  /** Set the campaign filter of reactivation (null: none). */
  override setCampaign(campaign: Campaign | null): void {
    this.reactPage = 0;
    this.edits.setCampaign(campaign);
  }

  /** Set the cost of one source (null: no cost; undefined: back to the host's). */
  override setCost(source: string, cost: number | null | undefined): void {
    this.edits.setCost(source, cost);
  }

  /** Set the cost of one source in one month `YYYY-MM` (null: no cost that month; undefined: back to the host's). */
  override setPeriodCost(source: string, month: string, cost: number | null | undefined): void {
    this.edits.setPeriodCost(source, month, cost);
  }

  /** Drop every rule and cost changed here: back to the host's rules. */
  override resetRules(): void {
    this.edits.reset();
  }

  /** Switch the monitoring period (`all` or null: every lead). */
  setPeriod(p: PeriodChoice | LeadFlowPeriod | null): void {
    this.period = p === 'all' ? null : p;
    this.edits.save();
  }

  // ---- loading an export ---------------------------------------------------------------

  /**
   * Load a CRM export as the user's data: JSON (the model input or a list of
   * leads) is read here, CSV text through the import view (its column
   * mapping, kept with the file under the storage-key). It replaces the
   * page's data until `clearLoaded()`. Resolves false when the text cannot
   * be read (the import tab says why).
   */
  async loadExport(text: string, label: string): Promise<boolean> {
    if (!looksLikeJson(text)) return this.importer.openText(text, label);
    const file = this.source.reader.jsonText(text);
    if (file.issues.length) {
      this.jsonIssues = file.issues;
      this.queueEvent('revops-invalid', { issues: file.issues, source: 'import' });
      this.requestUpdate();
      return false;
    }
    this.jsonIssues = [];
    if (this.importer.loaded) this.importer.clear();
    this.loaded = { text, label };
    this.reportedInput = undefined;
    this.duePage = 0;
    this.reactPage = 0;
    this.edits.save();
    await this.updateComplete;
    return true;
  }

  /** Forget the loaded export: back to the page's data. */
  override clearLoaded(): void {
    this.loaded = undefined;
    this.jsonIssues = [];
    if (this.importer.loaded) this.importer.clear();
    this.edits.save();
  }

  // ---- exports ----------------------------------------------------------------------

  /** The due transitions (of the current reason filter) as CSV for the CRM: one row per lead to move. */
  transitionsCsv(): string {
    return transitionsCsv(this.dueRows(), this.leads.byId, this.asOfUsed?.date ?? '', (r) =>
      this.t.reasons[r](this.rules),
    );
  }

  /** The reactivation candidates, best value first, as CSV. */
  reactivationCsv(): string {
    const { rows, tiers } = this.ranked;
    return reactivationCsv(
      rows,
      this.leads.byId,
      tiers,
      (r) => this.t.reactivationReasons[r](this.rules),
      this.result?.reactivationByCategory !== undefined,
    );
  }

  /** Download a tab's table for people, as shown (words, not codes; rounded as shown): CSV or Excel. */
  override exportPeople(which: PeopleExport, format: 'csv' | 'xlsx' = 'csv'): Promise<void> {
    const r = this.result;
    if (!r) return Promise.resolve();
    const { rows: reactivation, tiers } = this.ranked;
    const state = { result: r, owners: this.owners ?? null, due: this.dueRows(), sort: this.sort, reactivation, tiers };
    return downloadPeople(this.templateContext(), which, state, this.asOfUsed?.date ?? '', format);
  }

  /** The rows that could not be used, as CSV: row (the CSV row, or the lead number of JSON), column, problem. */
  skippedCsv(): string {
    return skippedCsv(this.rowIssues, (r) => this.rowIssueText(r));
  }

  /** Show one tab (`flow`, `sources`, `owners`, `reactivation`, `rules`, `data`). */
  override async selectTab(tab: LeadFlowTab, focus = false): Promise<void> {
    this.tab = tab;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** A row problem in the UI language: a CSV reading problem from its code, a model message through the shared wording. */
  private rowIssueText(r: RowIssue): string {
    if (r.problem) return rowProblemText(this.source.view(), r.problem);
    return r.issue ? this.issueText(r.issue) : r.message;
  }

  protected override download(what: string, ext: 'csv' | 'json', text: string): void {
    const type = ext === 'csv' ? 'text/csv' : 'application/json';
    downloadText(`${what}-${this.asOfUsed?.date ?? 'today'}.${ext}`, text, type);
  }

  // ---- rendering -------------------------------------------------------------------

  private templateContext(): LeadFlowContext {
    return {
      t: this.t,
      actions: ACTIONS[this.locale],
      fmt: this.fmt,
      locale: this.locale,
      rules: this.rules,
      field: (id, key) => leadField(this.leads.byId, id, key),
      label: (kind, code, builtin) => this.codeLabel(kind, code, builtin),
    };
  }

  /**
   * After a new analysis the shown tab is painted first; the panels behind the other tabs (and what only they
   * read: the leads' index, the reactivation tiers) follow a frame later, in a task of their own after the leads'
   * index is built in tasks of its own, and `updateComplete` waits for them. Until then a hidden panel keeps what
   * it showed.
   */
  private hiddenLater = false;
  private hiddenPlanned = false;
  private readonly panelKeys = new Map<LeadFlowTab, object>();

  /** A panel renders again when its key is new: the shown one always, hidden ones unless they wait. */
  private panelKey(tab: LeadFlowTab): object {
    const kept = this.panelKeys.get(tab);
    if (kept && tab !== this.tab && this.hiddenLater) return kept;
    const key = {};
    this.panelKeys.set(tab, key);
    return key;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.hiddenLater || this.hiddenPlanned) return;
    this.hiddenPlanned = true;
    let done = false;
    this.waitFor(
      new Promise<void>((resolve) => {
        // Each plan resolves its own promise once (a late timer of an earlier plan must not end this one).
        const release = () => {
          if (done) return;
          done = true;
          this.hiddenPlanned = false;
          this.hiddenLater = false;
          this.requestUpdate();
          resolve();
        };
        // After the frame that shows the result, and after the loaded table's save the import view planned for
        // that frame (both are after-paint work; the save, planned first, goes first). A background tab runs no
        // frames: the timer then.
        const afterSave = () =>
          this.importer.saving ? setTimeout(afterSave, 20) : void this.indexAhead().finally(() => setTimeout(release));
        requestAnimationFrame(() => setTimeout(afterSave));
        setTimeout(release, 1500);
      }),
      false,
    );
  }

  override render(): TemplateResult {
    const r = this.result;
    const ctx = this.templateContext();
    const period = (periodInForce(this.period) ?? 'all') as PeriodChoice;
    const host = this.tabHost();
    return html`<section
      part="base"
      aria-labelledby="title"
      aria-busy=${(this.waiting && !r) || this.importer.reading || this.importer.mapping !== null ? 'true' : 'false'}
    >
      <header part="header">
        <h2 id="title">${ctx.t.title}</h2>
        ${
          this.asOfUsed && r
            ? html`<p part="as-of" class="weak" data-origin=${this.asOfUsed.origin}>
                ${ctx.t.asOf(this.fmt.date(this.asOfUsed.date))} · ${ctx.t.asOfOrigin[this.asOfUsed.origin]}
              </p>`
            : nothing
        }
      </header>
      ${this.renderIssues(this.issues, !!r)} ${this.waiting && !r ? this.renderLoading() : nothing}
      ${
        this.storageKey && !this.persist.persistent
          ? html`<p part="notice" role="status">${this.common.memoryOnly}</p>`
          : nothing
      }
      ${renderPeriod(ctx, period, this.asOfUsed?.date, (p) => this.setPeriod(p))}
      ${r ? renderSummary(ctx, r, this.inputLabel) : nothing}
      ${
        r && this.rowIssues.length
          ? renderSkippedRows(
              ctx,
              this.rowIssues,
              this.skippedPage,
              (x) => this.rowIssueText(x),
              (p) => (this.skippedPage = p),
              () => this.download('lead-rows-skipped', 'csv', this.skippedCsv()),
            )
          : nothing
      }
      ${renderTabList(ctx, this.tab, (tab, focus) => void this.selectTab(tab, focus))}
      ${TABS.map((tab) =>
        renderTabPanel(
          tab,
          this.tab,
          guard([this.panelKey(tab)], () => renderTabContent(ctx, tab, r, host)),
        ),
      )}
    </section>`;
  }
}
