import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveLeadFlowRules, type LeadFlowResult, type LeadFlowRules } from '../../src/models/lead-flow.js';
import type { Campaign, LeadFlowPeriod, TransitionReason } from '../../src/schemas/lead-flow.js';
import { compileModel, type CompiledModel } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { isModelInputError, ModelInputError } from '../../src/schemas/issues.js';
import type { LeadsFile } from '../../src/parse/leads.js';
import { LEAD_FLOW, type LeadFlowStrings, type LeadFlowTab } from '../../src/i18n/lead-flow.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import {
  costSources,
  isObject,
  periodInForce,
  PERIOD_CHOICES,
  runLeadFlow,
  type AsOfOrigin,
  type ChannelCosts,
  type LeadFlowEnvelope,
  type LeadFlowRuleEdits,
  type PeriodChoice,
  type PeriodCosts,
  type RuleKey,
} from '../../src/views/lead-flow-input.js';
import { campaignShown, indexLeads, leadField, type LeadIndex } from '../../src/views/lead-flow-leads.js';
import { ReactivationRanking } from '../../src/views/lead-flow-reactivation.js';
import { dueOfReason } from '../../src/views/lead-flow-pools.js';
import { collectRowIssues, rowIssueAsIssue, type RowIssue } from '../../src/views/lead-flow-rows.js';
import { reactivationCsv, skippedCsv, transitionsCsv } from '../../src/views/lead-flow-export.js';
import type { SourceSort } from '../../src/views/lead-flow-sources.js';
import { RevopsElement } from '../shared/revops-element.js';
import { jsonConverter, type ResolvedInput } from '../shared/json-source.js';
import { Persist } from '../shared/persist.js';
import { downloadText } from '../shared/download.js';
import { leadFlowStyles } from './lead-flow-monitor.styles.js';
import { ExportText, exportIssues, isCsvSource, LeadsReader } from './lead-flow-reader.js';
import { ExportLoader } from './export-loader.js';
import type { LeadFlowContext } from './template-context.js';
import { renderPeriod, renderSummary } from './overview.js';
import { renderNoData, renderTabList, renderTabPanel, TABS } from './tabs.js';
import { renderSkippedRows } from './skipped-rows.js';
import { renderPoolsTab } from './pools-tab.js';
import { renderSourcesTab } from './sources-tab.js';
import { renderReactivationTab } from './reactivation-tab.js';
import { renderOwnersTab } from './owners-tab.js';
import type { LeadOwnersResult } from '../../src/models/lead-owners.js';
import { renderRulesTab } from './rules-tab.js';
import { renderImportTab } from './import-tab.js';

export type { LeadFlowRuleEdits };

/** What the monitor saves under its storage-key. */
export interface LeadFlowSaved {
  v: 1;
  rules: LeadFlowRuleEdits;
  /** Channel costs changed here; null: no cost for that source. */
  costs: ChannelCosts;
  /** Monthly costs changed here (null: cleared). */
  periodCosts?: PeriodCosts;
  period?: PeriodChoice;
  /** A CRM export loaded through the file picker or the paste box (kept up to 32 M characters). */
  loaded?: { text: string; label: string };
}

/** Detail of `revops-rules-change`: the rules and costs now in force after a user edit. */
export interface LeadFlowRulesDetail {
  rules: LeadFlowRules;
  channelCosts: ChannelCosts;
  edits: LeadFlowRuleEdits;
  costEdits: ChannelCosts;
  /** The monthly costs now in force. */
  periodCosts: PeriodCosts;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'revops-rules-change': CustomEvent<LeadFlowRulesDetail>;
  }
}

/** A loaded export longer than this is used but not saved (IndexedDB quotas). */
const LOADED_KEEP = 32_000_000;
const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/**
 * Lead operations for the owner of a CRM's lead pools (seed 001: classify,
 * allocate, flow, reactivate; daily alerts, weekly tracking, monthly review).
 * Loads a lead export (the model input `{ asOf, leads, channelCosts?, rules? }`,
 * a list of leads, or CSV as CRMs export it) and shows the four pools with the
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
 * @fires revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`; `detail.source` is `data`, `model`, `leads` (bad rows, skipped; the rest analysed) or `import`.
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
 * @csspart line-table - ROI by business line (with monthly costs or source groups).
 * @csspart group-table - ROI by source group.
 * @csspart reactivation - The reactivation section.
 * @csspart reactivation-table - The reactivation candidates table.
 * @csspart rules - The rules and costs editor.
 * @csspart import - The file picker and paste box.
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
export class LeadFlowMonitor extends RevopsElement {
  static override styles = [...RevopsElement.styles, leadFlowStyles];

  /** The date of the analysis (ISO). Wins over `asOf` in the data; without either, today's UTC date is used and shown. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** The monitoring window of the source tables and alerts: `day` (alerts), `week` (tracking), `month` or `quarter` (review); empty or `all`: every lead. */
  @property() period?: string | null;

  /** Rows per page of the due-transition and reactivation lists. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;

  /**
   * Lead operations configuration: `{ rules?, channelCosts?, periodCosts?, sourceGroups?, teams?, tiering? }`
   * (`periodCosts`: cost by source and month `YYYY-MM`; `sourceGroups`: `{ paid: ["web", …] }`;
   * `teams`: `{ east: ["Li", …] }`, owners by team for the Owners tab) where
   * `tiering` is the lead tiering model used for the value tier of
   * reactivation candidates (default: the provider's `lead` model, else the
   * preset). The data's own `rules` and `channelCosts` win over these.
   */
  @property({ converter: jsonConverter }) override model: unknown;

  /** The last valid analysis. */
  @state() result?: LeadFlowResult;
  /** Leads by owner and team for the same leads, period and rules (`analyzeLeadOwners`). */
  owners?: LeadOwnersResult;
  @state() protected tab: LeadFlowTab = 'flow';
  @state() protected ruleEdits: LeadFlowRuleEdits = {};
  @state() protected costEdits: ChannelCosts = {};
  @state() protected periodCostEdits: PeriodCosts = {};
  @state() protected loaded?: { text: string; label: string };
  @state() protected reasonFilter: TransitionReason | '' = '';
  @state() protected duePage = 0;
  @state() protected reactPage = 0;
  @state() protected skippedPage = 0;
  @state() protected sort: SourceSort | null = null;
  @state() protected waiting = false;
  @state() protected empty = false;

  /** The rules in force for the last analysis (defaults filled in). */
  rules: LeadFlowRules = resolveLeadFlowRules();
  /** The as-of date of the last analysis and where it came from. */
  asOfUsed?: { date: string; origin: AsOfOrigin };

  private readonly reader = new LeadsReader();
  private readonly loader = new ExportLoader(this, this.reader, {
    strings: () => ({ t: this.t, fmt: this.fmt }),
    readingModel: () => this.readingModel(),
    refused: (issues) => {
      this.queueEvent('revops-invalid', { issues, source: 'import' });
      this.requestUpdate();
    },
    use: async (loaded) => {
      this.loaded = loaded;
      this.reportedFile = undefined;
      this.duePage = 0;
      this.reactPage = 0;
      this.save();
      await this.updateComplete;
    },
  });
  private file?: LeadsFile;
  private fileLabel = '';
  private rowIssues: RowIssue[] = [];
  private leads: LeadIndex = indexLeads([]);
  private indexed: readonly unknown[] | null = null;
  private readonly ranking = new ReactivationRanking();
  private costsInForce: ChannelCosts = {};
  private periodCostsInForce: PeriodCosts = {};
  private reportedFile: LeadsFile | undefined;
  private lastContext: unknown;

  protected readonly persist = new Persist<LeadFlowSaved>(this, {
    namespace: this.localName,
    key: () => this.storageKey,
    restore: (s) => this.restore(s),
  });

  get t(): LeadFlowStrings {
    return LEAD_FLOW[this.locale];
  }

  protected override computeProps(): readonly string[] {
    return ['asOf', 'period', 'ruleEdits', 'costEdits', 'periodCostEdits', 'loaded'];
  }

  /** A src ending in .csv / .tsv, or served as CSV, is read as a CSV export; anything else as JSON. */
  protected override readSrc(text: string, info: { url: string; contentType: string }): unknown {
    return isCsvSource(info.url, info.contentType, document.baseURI)
      ? new ExportText(text, true)
      : super.readSrc(text, info);
  }

  protected override storagePending(): boolean {
    return this.persist.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.persist.sync();
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
    const loaded = this.loaded;
    if ((!loaded && data.status === 'loading') || model.status === 'loading') {
      this.waiting = true;
      return undefined;
    }
    this.waiting = false;
    if (model.status === 'error') return undefined;
    let cfg: Record<string, unknown> = {};
    if (model.status === 'ready' && model.value != null) {
      if (!isObject(model.value))
        throw new ModelInputError([
          { path: 'model', message: 'model expected an object { "rules", "channelCosts", "tiering" }' },
        ]);
      cfg = model.value;
    }
    const tiering = this.tieringModel(cfg);
    // A tiering model that does not compile is bad input like any other: named, and the last good result stays.
    const cm = compileModel(tiering, this.context?.models.lead !== undefined ? 'lead' : 'model.tiering');

    let file: LeadsFile;
    let page: LeadFlowEnvelope | undefined;
    if (loaded) {
      file = this.reader.text(loaded.text, cm);
      this.fileLabel = loaded.label;
      if (data.status === 'ready') page = this.reader.envelope(data.value);
    } else if (data.status === 'ready') {
      file = this.reader.data(data.value, cm);
      this.fileLabel = '';
    } else {
      if (data.status === 'empty') {
        this.empty = true;
        this.result = undefined;
      }
      return undefined;
    }
    if (file.issues.length) throw new ModelInputError(exportIssues(file, this.t));
    this.empty = false;

    const run = runLeadFlow({
      leads: file.leads,
      layers: {
        config: cfg,
        page,
        own: file.envelope,
        edits: this.ruleEdits,
        costEdits: this.costEdits,
        periodCostEdits: this.periodCostEdits,
      },
      asOfAttribute: this.asOf,
      today: todayUtc(),
      period: this.period,
    });
    const result = run.result;
    this.rules = run.rules;
    this.costsInForce = run.channelCosts;
    this.periodCostsInForce = run.periodCosts;
    this.owners = run.owners;
    this.asOfUsed = run.asOf;
    this.file = file;
    if (this.indexed !== file.leads) {
      this.indexed = file.leads;
      this.leads = indexLeads(file.leads);
    }
    this.ranking.update(result.reactivation, this.leads.byId, tiering, cm);
    this.rowIssues = collectRowIssues(file, result.invalid);
    if (this.reportedFile !== file) {
      this.reportedFile = file;
      this.skippedPage = 0;
      if (this.rowIssues.length)
        this.queueEvent('revops-invalid', {
          source: 'leads',
          issues: this.rowIssues.map((r) => rowIssueAsIssue(r, file.columns)),
        });
    }
    return result;
  }

  protected accept(result: unknown): void {
    this.result = result as LeadFlowResult;
    const size = Math.max(1, this.pageSize);
    if (this.duePage * size >= this.dueRows().length) this.duePage = 0;
    if (this.reactPage * size >= this.result.reactivation.length) this.reactPage = 0;
  }

  private dueRows() {
    return this.result ? dueOfReason(this.result.transitions, this.reasonFilter) : [];
  }

  // ---- state changes -------------------------------------------------------------

  private restore(s: LeadFlowSaved | undefined): void {
    if (!s || s.v !== 1) return;
    if (isObject(s.rules)) this.ruleEdits = s.rules as LeadFlowRuleEdits;
    if (isObject(s.costs)) this.costEdits = s.costs as ChannelCosts;
    if (isObject(s.periodCosts)) this.periodCostEdits = s.periodCosts as PeriodCosts;
    if (s.period && PERIOD_CHOICES.includes(s.period)) this.period = s.period === 'all' ? null : s.period;
    if (s.loaded && typeof s.loaded.text === 'string')
      this.loaded = { text: s.loaded.text, label: String(s.loaded.label ?? '') };
    this.requestCompute();
  }

  private save(): void {
    const s: LeadFlowSaved = { v: 1, rules: this.ruleEdits, costs: this.costEdits };
    if (Object.keys(this.periodCostEdits).length) s.periodCosts = this.periodCostEdits;
    s.period = (periodInForce(this.period) as PeriodChoice | undefined) ?? 'all';
    if (this.loaded && this.loaded.text.length <= LOADED_KEEP) s.loaded = this.loaded;
    this.persist.save(s);
  }

  private rulesChanged(): void {
    this.save();
    this.requestCompute();
    this.updateComplete.then(() => {
      if (!this.issues.length)
        this.emit('revops-rules-change', {
          rules: this.rules,
          channelCosts: this.costsInForce,
          edits: this.ruleEdits,
          costEdits: this.costEdits,
          periodCosts: this.periodCostsInForce,
        } satisfies LeadFlowRulesDetail);
    });
  }

  /** Change one rule (undefined: back to the host's value). `followUpRateAlert` is a fraction (0.8). */
  setRule(key: RuleKey, value: number | undefined): void {
    const next = { ...this.ruleEdits };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.ruleEdits = next;
    this.rulesChanged();
  }

  /** Set the campaign filter of reactivation (null: none). */
  setCampaign(campaign: Campaign | null): void {
    this.ruleEdits = { ...this.ruleEdits, campaign };
    this.reactPage = 0;
    this.rulesChanged();
  }

  /** Set the cost of one source (null: no cost; undefined: back to the host's). */
  setCost(source: string, cost: number | null | undefined): void {
    const next = { ...this.costEdits };
    if (cost === undefined) delete next[source];
    else next[source] = cost;
    this.costEdits = next;
    this.rulesChanged();
  }

  /** Set the cost of one source in one month `YYYY-MM` (null: no cost that month; undefined: back to the host's). */
  setPeriodCost(source: string, month: string, cost: number | null | undefined): void {
    const months = { ...this.periodCostEdits[source] };
    if (cost === undefined) delete months[month];
    else months[month] = cost;
    const next = { ...this.periodCostEdits, [source]: months };
    if (!Object.keys(months).length) delete next[source];
    this.periodCostEdits = next;
    this.rulesChanged();
  }

  /** Drop every rule and cost changed here: back to the host's rules. */
  resetRules(): void {
    this.ruleEdits = {};
    this.costEdits = {};
    this.periodCostEdits = {};
    this.rulesChanged();
  }

  /** Switch the monitoring period (`all` or null: every lead). */
  setPeriod(p: PeriodChoice | LeadFlowPeriod | null): void {
    this.period = p === 'all' ? null : p;
    this.save();
  }

  // ---- loading an export ---------------------------------------------------------------

  /** The compiled tiering model for reading an export's factor columns (the preset while the host's does not compile: the analysis names it). */
  private readingModel(): CompiledModel {
    const model = this.modelSource.resolve();
    const cfg = model.status === 'ready' && isObject(model.value) ? model.value : {};
    try {
      return compileModel(this.tieringModel(cfg));
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      return compileModel(LEAD_PRESET);
    }
  }

  /**
   * Load a CRM export (CSV or JSON text) as the user's data: it replaces the
   * page's data until `clearLoaded()`, and is kept under the storage-key.
   * Resolves false when the text cannot be read (the import panel says why).
   */
  loadExport(text: string, label: string): Promise<boolean> {
    return this.loader.load(text, label);
  }

  /** Forget the loaded export: back to the page's data. */
  clearLoaded(): void {
    this.loaded = undefined;
    this.loader.clear();
    this.save();
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
    return reactivationCsv(this.ranking.rows, this.leads.byId, this.ranking.tiers, (r) =>
      this.t.reactivationReasons[r](this.rules),
    );
  }

  /** The rows that could not be used, as CSV: row (the CSV row, or the lead number of JSON), column, problem. */
  skippedCsv(): string {
    return skippedCsv(this.rowIssues, (r) => this.rowIssueText(r));
  }

  /** Show one tab (`flow`, `sources`, `owners`, `reactivation`, `rules`, `data`). */
  async selectTab(tab: LeadFlowTab, focus = false): Promise<void> {
    this.tab = tab;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** A row problem in the UI language: a CSV reading problem from its code, a model message through the shared wording. */
  private rowIssueText(r: RowIssue): string {
    if (r.problem) return this.t.rowProblem(r.problem, (x) => this.fmt.integer(x));
    return r.issue ? this.issueText(r.issue) : r.message;
  }

  private download(what: string, ext: 'csv' | 'json', text: string): void {
    const type = ext === 'csv' ? 'text/csv' : 'application/json';
    downloadText(`${what}-${this.asOfUsed?.date ?? 'today'}.${ext}`, text, type);
  }

  // ---- rendering -------------------------------------------------------------------

  private templateContext(): LeadFlowContext {
    const byId = this.leads.byId;
    return {
      t: this.t,
      actions: ACTIONS[this.locale],
      fmt: this.fmt,
      locale: this.locale,
      rules: this.rules,
      field: (id, key) => leadField(byId, id, key),
    };
  }

  override render(): TemplateResult {
    const r = this.result;
    const ctx = this.templateContext();
    const period = (periodInForce(this.period) ?? 'all') as PeriodChoice;
    return html`<section
      part="base"
      aria-labelledby="title"
      aria-busy=${(this.waiting && !r) || this.loader.busy ? 'true' : 'false'}
    >
      <header part="header">
        <h2 id="title">${ctx.t.title}</h2>
        ${
          this.asOfUsed && r
            ? html`<p part="as-of" class="weak" data-origin=${this.asOfUsed.origin}>
                ${ctx.t.asOf(this.asOfUsed.date)} · ${ctx.t.asOfOrigin[this.asOfUsed.origin]}
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
      ${r ? renderSummary(ctx, r, this.fileLabel) : nothing}
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
      ${TABS.map((tab) => renderTabPanel(tab, this.tab, this.renderTab(ctx, tab, r)))}
    </section>`;
  }

  private renderTab(ctx: LeadFlowContext, tab: LeadFlowTab, r: LeadFlowResult | undefined): unknown {
    if (tab === 'rules') return this.renderRules(ctx, r);
    if (tab === 'data') return this.renderImport(ctx);
    if (!r) return this.waiting ? nothing : renderNoData(ctx, () => void this.selectTab('data', true));
    if (tab === 'flow')
      return renderPoolsTab(ctx, r, {
        reason: this.reasonFilter,
        page: this.duePage,
        pageSize: this.pageSize,
        setReason: (reason) => {
          this.reasonFilter = reason;
          this.duePage = 0;
        },
        setPage: (p) => (this.duePage = p),
        export: (ext) =>
          this.download(
            'lead-transitions',
            ext,
            ext === 'csv' ? this.transitionsCsv() : JSON.stringify(this.dueRows(), null, 2),
          ),
      });
    if (tab === 'owners') return this.owners ? renderOwnersTab(ctx, this.owners) : nothing;
    if (tab === 'sources')
      return renderSourcesTab(
        ctx,
        r,
        { sort: this.sort, setSort: (s) => (this.sort = s) },
        // Channel costs cover all dates; monthly costs give every period its own.
        periodInForce(this.period) !== undefined && !Object.keys(this.periodCostsInForce).length,
      );
    return renderReactivationTab(ctx, {
      total: r.reactivation.length,
      rows: this.ranking.rows,
      tiers: this.ranking.tiers,
      unscored: this.ranking.unscored,
      campaign: campaignShown(this.ruleEdits.campaign, this.rules.reactivation.campaign),
      facets: this.leads.facets,
      setCampaign: (c) => this.setCampaign(c),
      page: this.reactPage,
      pageSize: this.pageSize,
      setPage: (p) => (this.reactPage = p),
      export: () => this.download('lead-reactivation', 'csv', this.reactivationCsv()),
    });
  }

  private renderRules(ctx: LeadFlowContext, r: LeadFlowResult | undefined): TemplateResult {
    return renderRulesTab(ctx, {
      edits: this.ruleEdits,
      costEdits: this.costEdits,
      costs: this.costsInForce,
      periodCosts: this.periodCostsInForce,
      sources: costSources(r?.bySource ?? [], this.costsInForce, this.costEdits),
      badPaths: new Set(this.issues.map((i) => i.path)),
      setRule: (k, v) => this.setRule(k, v),
      setCost: (s, c) => this.setCost(s, c),
      setPeriodCost: (s, m, c) => this.setPeriodCost(s, m, c),
      reset: () => this.resetRules(),
    });
  }

  private renderImport(ctx: LeadFlowContext): TemplateResult {
    return renderImportTab(ctx, {
      file: this.result ? this.file : undefined,
      label: this.fileLabel,
      loaded: !!this.loaded,
      busy: this.loader.busy,
      progress: this.loader.progress,
      issues: this.loader.issues.length ? this.renderIssues(this.loader.issues, false) : nothing,
      loadFile: (f) => this.loader.loadFile(f),
      loadText: (text) => this.loadExport(text, this.t.pasted),
      clear: () => this.clearLoaded(),
    });
  }
}
