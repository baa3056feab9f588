import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  analyzeLeadFlow,
  periodWindow,
  resolveLeadFlowRules,
  type LeadFlowResult,
  type LeadFlowRules,
  type ReactivationCandidate,
  type SourceLineRow,
  type SourceRow,
  type Transition,
} from '../../src/models/lead-flow.js';
import {
  PERIOD_DAYS,
  POOLS,
  TRANSITION_REASONS,
  type Campaign,
  type LeadFlowPeriod,
  type Pool,
  type TransitionReason,
} from '../../src/schemas/lead-flow.js';
import { compileModel, tierLead, type CompiledModel, type TierResult } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { dayNumber, isoDay } from '../../src/models/math.js';
import { isModelInputError, ModelInputError, type InvalidRow, type Issue } from '../../src/schemas/issues.js';
import {
  chineseHeader,
  decodeExport,
  factorValuesOf,
  leadsFromJson,
  parseLeads,
  parseLeadsCsv,
  parseLeadsInChunks,
  type LeadsFile,
  type RowProblem,
} from '../../src/parse/leads.js';
import { toCsv, type Cell } from '../../src/parse/csv.js';
import { divergingBars, heatLevel, poolFlowLayout } from '../../src/charts/lead-flow.js';
import {
  dayCount,
  formatDay,
  LEAD_FLOW,
  type AsOfOrigin,
  type LeadFlowStrings,
  type LeadFlowTab,
  type PeriodChoice,
  type RuleKey,
} from '../../src/i18n/lead-flow.js';
import { RevopsElement } from '../shared/revops-element.js';
import { jsonConverter, type ResolvedInput } from '../shared/json-source.js';
import { Persist } from '../shared/persist.js';
import { downloadText } from '../shared/download.js';
import { leadFlowStyles } from './lead-flow-monitor.styles.js';
import { ACTIONS } from '../../src/i18n/actions.js';

/** Rule values the user changed in the rules editor (the rest come from the host). */
export interface LeadFlowRuleEdits {
  followUpSlaDays?: number;
  privateNoFollowUpDays?: number;
  privateMaxDays?: number;
  lineUnclaimedDays?: number;
  followUpRateAlert?: number;
  minGroupSize?: number;
  engagedWithinDays?: number;
  /** The campaign filter; null: cleared here (the host's campaign no longer applies). */
  campaign?: Campaign | null;
}

/** What the monitor saves under its storage-key. */
export interface LeadFlowSaved {
  v: 1;
  rules: LeadFlowRuleEdits;
  /** Channel costs changed here; null: no cost for that source. */
  costs: Record<string, number | null>;
  period?: PeriodChoice;
  /** A CRM export loaded through the file picker or the paste box (kept up to 32 M characters). */
  loaded?: { text: string; label: string };
}

/** Detail of `revops-rules-change`: the rules and costs now in force after a user edit. */
export interface LeadFlowRulesDetail {
  rules: LeadFlowRules;
  channelCosts: Record<string, number | null>;
  edits: LeadFlowRuleEdits;
  costEdits: Record<string, number | null>;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'revops-rules-change': CustomEvent<LeadFlowRulesDetail>;
  }
}

/** One problem with one row of the lead export, for the error view. */
interface RowIssue {
  /** CSV: the spreadsheet row (header = 1). */
  row?: number;
  /** The lead's index in the list given to the model. */
  index?: number;
  id?: string;
  /** The CSV header (or JSON field) of the bad value; empty for a row that could not be read at all. */
  column: string;
  /** English wording (for revops-invalid). */
  message: string;
  /** A CSV reading problem, worded in the UI language from its code. */
  problem?: RowProblem;
}

type Lead = Record<string, unknown>;

const RULE_KEYS: readonly RuleKey[] = [
  'followUpSlaDays',
  'privateNoFollowUpDays',
  'privateMaxDays',
  'lineUnclaimedDays',
  'followUpRateAlert',
  'minGroupSize',
  'engagedWithinDays',
];
const PERIOD_CHOICES: readonly PeriodChoice[] = ['day', 'week', 'month', 'all'];
const TABS: readonly LeadFlowTab[] = ['flow', 'sources', 'reactivation', 'rules', 'data'];
const LOADED_KEEP = 32_000_000;
const ISSUES_SHOWN = 100;
/** Records read between two yields to the event loop when a loaded export is parsed. */
const PARSE_CHUNK = 10_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** CSV text fetched from `src`, parsed when the element evaluates (with the tiering model's factors). */
class ExportText {
  constructor(
    readonly text: string,
    readonly csv: boolean,
  ) {}
}

/** Merge rule layers key by key (the reactivation object too); a layer that is not an object goes to the model as it is, so the model names it. */
function mergeRules(layers: unknown[]): unknown {
  let out: Record<string, unknown> | undefined;
  for (const l of layers) {
    if (l === undefined || l === null) continue;
    if (!isObject(l)) return l;
    const before = out?.reactivation;
    out = { ...out, ...l };
    if (isObject(before) && isObject(l.reactivation)) out.reactivation = { ...before, ...l.reactivation };
  }
  return out;
}

function mergeCosts(layers: unknown[]): unknown {
  let out: Record<string, unknown> | undefined;
  for (const l of layers) {
    if (l === undefined || l === null) continue;
    if (!isObject(l)) return l;
    out = { ...out, ...l };
  }
  return out;
}

/** What the model says about channel costs on their own (none when they are valid). */
function costProblems(channelCosts: unknown): Issue[] {
  try {
    analyzeLeadFlow({ asOf: '2000-01-01', leads: [], channelCosts });
    return [];
  } catch (e) {
    if (isModelInputError(e)) return e.issues;
    throw e;
  }
}

function editsAsRules(e: LeadFlowRuleEdits): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const k of RULE_KEYS) if (k !== 'engagedWithinDays' && e[k] !== undefined) out[k] = e[k];
  const r: Record<string, unknown> = {};
  if (e.engagedWithinDays !== undefined) r.engagedWithinDays = e.engagedWithinDays;
  if (e.campaign !== undefined) r.campaign = e.campaign;
  if (Object.keys(r).length) out.reactivation = r;
  return Object.keys(out).length ? out : undefined;
}

/**
 * Lead operations for the owner of a CRM's lead pools (seed 001: classify,
 * allocate, flow, reactivate; daily alerts, weekly tracking, monthly review).
 * Loads a lead export (the model input `{ asOf, leads, channelCosts?, rules? }`,
 * a list of leads, or CSV as CRMs export it) and shows the four pools with the
 * transitions now due by rule, drawn as flows between pools, with the list of
 * due transitions ready to export for the CRM; supply, follow-up within the
 * SLA, conversion, revenue, cost, cost per lead and ROI per source and per
 * source × business line as a heat table with ROI bars and follow-up alerts;
 * a day / week / month period switch; reactivation candidates in the public
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

  /** The monitoring window of the source tables and alerts: `day` (alerts), `week` (tracking), `month` (review); empty or `all`: every lead. */
  @property() period?: string | null;

  /** Rows per page of the due-transition and reactivation lists. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;

  /**
   * Lead operations configuration: `{ rules?, channelCosts?, tiering? }` where
   * `tiering` is the lead tiering model used for the value tier of
   * reactivation candidates (default: the provider's `lead` model, else the
   * preset). The data's own `rules` and `channelCosts` win over these.
   */
  @property({ converter: jsonConverter }) override model: unknown;

  /** The last valid analysis. */
  @state() result?: LeadFlowResult;
  @state() protected tab: LeadFlowTab = 'flow';
  @state() protected ruleEdits: LeadFlowRuleEdits = {};
  @state() protected costEdits: Record<string, number | null> = {};
  @state() protected loaded?: { text: string; label: string };
  @state() protected busy = '';
  @state() protected progress: number | null = null;
  @state() protected importIssues: Issue[] = [];
  @state() protected reasonFilter: TransitionReason | '' = '';
  @state() protected duePage = 0;
  @state() protected reactPage = 0;
  @state() protected skippedPage = 0;
  @state() protected sort: { col: keyof SourceRow; desc: boolean } | null = null;
  @state() protected waiting = false;
  @state() protected empty = false;

  /** The rules in force for the last analysis (defaults filled in). */
  rules: LeadFlowRules = resolveLeadFlowRules();
  /** The as-of date of the last analysis and where it came from. */
  asOfUsed?: { date: string; origin: AsOfOrigin };

  private file?: LeadsFile;
  private fileLabel = '';
  private rowIssues: RowIssue[] = [];
  private leadIndex = new Map<unknown, Lead>();
  private indexed: unknown[] | null = null;
  private tiers = new Map<unknown, TierResult | null>();
  private tierCache = new WeakMap<object, TierResult | null>();
  private tierModel: unknown = undefined;
  private unscored = 0;
  private publicValues: { industry: string[]; region: string[] } = { industry: [], region: [] };
  private costsInForce: Record<string, number | null> = {};
  private parsed = new Map<string, { cm: CompiledModel; file: LeadsFile }>();
  private jsonFiles = new WeakMap<object, LeadsFile>();
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
    return ['asOf', 'period', 'ruleEdits', 'costEdits', 'loaded'];
  }

  /** A src ending in .csv / .tsv, or served as CSV, is read as a CSV export; anything else as JSON. */
  protected override readSrc(text: string, info: { url: string; contentType: string }): unknown {
    let path = info.url;
    try {
      path = new URL(info.url, document.baseURI).pathname;
    } catch {
      /* keep the text */
    }
    const csv = /\.(csv|tsv)$/i.test(path) || /text\/(csv|tab-separated-values)/i.test(info.contentType);
    return csv ? new ExportText(text, true) : super.readSrc(text, info);
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

  private parseText(text: string, cm: CompiledModel, csv = false): LeadsFile {
    const hit = this.parsed.get(text);
    if (hit && hit.cm === cm) return hit.file;
    const file = csv
      ? parseLeadsCsv(text, { factors: cm.model.factors })
      : parseLeads(text, { factors: cm.model.factors });
    if (this.parsed.size >= 2) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(text, { cm, file });
    return file;
  }

  /** The envelope (asOf, rules, channelCosts) of JSON page data; none for CSV or unusable data. */
  private envelopeOf(value: unknown): LeadsFile['envelope'] {
    if (!isObject(value) || !Array.isArray(value.leads)) return undefined;
    let f = this.jsonFiles.get(value);
    if (!f) this.jsonFiles.set(value, (f = leadsFromJson(value)));
    return f.envelope;
  }

  /** Problems with an export as a whole, in the UI language where the reader gave their cause. */
  private fileIssues(file: LeadsFile): Issue[] {
    const missing = file.missingColumns;
    if (!missing?.length) return file.issues;
    return missing.map((f) => ({ path: `header.${f}`, message: this.t.noColumn(f, chineseHeader(f)) }));
  }

  /**
   * Parse a loaded export in chunks of PARSE_CHUNK records, yielding to the
   * event loop between them and moving the progress bar, so the page stays
   * responsive while a large export is read; the result is cached for evaluate.
   */
  private async parseInChunks(text: string, cm: CompiledModel): Promise<LeadsFile> {
    const hit = this.parsed.get(text);
    if (hit && hit.cm === cm) return hit.file;
    const file = await parseLeadsInChunks(text, {
      factors: cm.model.factors,
      chunk: PARSE_CHUNK,
      pause: async (p) => {
        this.progress = 0.1 + 0.5 * p;
        await new Promise((r) => setTimeout(r, 0));
      },
    });
    if (this.parsed.size >= 2) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(text, { cm, file });
    return file;
  }

  private fromData(value: unknown, cm: CompiledModel): LeadsFile {
    if (value instanceof ExportText) return this.parseText(value.text, cm, value.csv);
    if (typeof value === 'string') return this.parseText(value, cm);
    if (Array.isArray(value) || (isObject(value) && Array.isArray(value.leads))) {
      let f = this.jsonFiles.get(value as object);
      if (!f) this.jsonFiles.set(value as object, (f = leadsFromJson(value)));
      return f;
    }
    throw new ModelInputError([
      {
        path: 'data',
        message:
          'data expected the model input { "asOf", "leads": [ … ], "channelCosts", "rules" }, a list of leads, or the CSV text of a lead export',
      },
    ]);
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
    const cm = compileModel(tiering, this.context?.models.lead !== undefined ? 'lead' : 'model.tiering');

    let file: LeadsFile;
    /** The page data's envelope, under a loaded export's (the export replaces the leads, not the page's costs, rules and date). */
    let pageEnv: LeadsFile['envelope'];
    if (loaded) {
      file = this.parseText(loaded.text, cm);
      this.fileLabel = loaded.label;
      if (data.status === 'ready') pageEnv = this.envelopeOf(data.value);
    } else if (data.status === 'ready') {
      file = this.fromData(data.value, cm);
      this.fileLabel = '';
    } else {
      if (data.status === 'empty') {
        this.empty = true;
        this.result = undefined;
      }
      return undefined;
    }
    if (file.issues.length) throw new ModelInputError(this.fileIssues(file));
    this.empty = false;

    const env = file.envelope ?? {};
    const page = pageEnv ?? {};
    let origin: AsOfOrigin = 'today';
    let asOf: unknown = todayUtc();
    if (this.asOf) {
      asOf = this.asOf;
      origin = 'attribute';
    } else if (env.asOf != null || page.asOf != null) {
      asOf = env.asOf ?? page.asOf;
      origin = 'data';
    }
    const rules = mergeRules([cfg.rules, page.rules, env.rules, editsAsRules(this.ruleEdits)]);
    const channelCosts = mergeCosts([cfg.channelCosts, page.channelCosts, env.channelCosts, this.costEdits]);
    const period = this.periodInForce();
    const input: Record<string, unknown> = { asOf, leads: file.leads };
    if (rules !== undefined) input.rules = rules;
    let costIssues: Issue[] = [];
    if (period !== undefined) {
      // Costs are entered for the whole export: a period view shows no cost, cost per lead or ROI (and
      // gives the model no costs), but the costs are still checked so a bad one is named at once.
      input.period = period;
      if (channelCosts !== undefined) costIssues = costProblems(channelCosts);
    } else if (channelCosts !== undefined) input.channelCosts = channelCosts;
    let result: LeadFlowResult;
    try {
      result = analyzeLeadFlow(input);
    } catch (e) {
      throw isModelInputError(e) && costIssues.length ? new ModelInputError([...e.issues, ...costIssues]) : e;
    }
    if (costIssues.length) throw new ModelInputError(costIssues);

    // Everything below reads a valid input.
    this.rules = resolveLeadFlowRules(rules as never);
    this.costsInForce = (channelCosts ?? {}) as Record<string, number | null>;
    this.asOfUsed = { date: isoDay(dayNumber(asOf as string)), origin };
    this.file = file;
    this.indexLeads(file.leads);
    this.tierCandidates(result.reactivation, tiering);
    this.rowIssues = this.collectRowIssues(file, result.invalid);
    if (this.reportedFile !== file) {
      this.reportedFile = file;
      this.skippedPage = 0;
      if (this.rowIssues.length)
        this.queueEvent('revops-invalid', {
          source: 'leads',
          issues: this.rowIssues.map((r) => this.rowIssueAsIssue(r)),
        });
    }
    return result;
  }

  protected accept(result: unknown): void {
    this.result = result as LeadFlowResult;
    const dueRows = this.dueRows().length;
    if (this.duePage * this.pageSize >= dueRows) this.duePage = 0;
    if (this.reactPage * this.pageSize >= this.result.reactivation.length) this.reactPage = 0;
  }

  private periodInForce(): string | undefined {
    const p = this.period;
    return p === undefined || p === null || p === '' || p === 'all' ? undefined : p;
  }

  private indexLeads(leads: unknown[]): void {
    if (this.indexed === leads) return;
    this.indexed = leads;
    const index = new Map<unknown, Lead>();
    const industry = new Map<string, number>();
    const region = new Map<string, number>();
    for (const l of leads) {
      if (!isObject(l)) continue;
      if (!index.has(l.id)) index.set(l.id, l);
      if (l.pool === 'line' || l.pool === 'company') {
        if (typeof l.industry === 'string' && l.industry) industry.set(l.industry, (industry.get(l.industry) ?? 0) + 1);
        if (typeof l.region === 'string' && l.region) region.set(l.region, (region.get(l.region) ?? 0) + 1);
      }
    }
    const byCount = (m: Map<string, number>) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([k]) => k)
        .slice(0, 60);
    this.leadIndex = index;
    this.publicValues = { industry: byCount(industry), region: byCount(region) };
  }

  /** Value tiers of the reactivation candidates that carry factor values (tierLead; cached per lead and model). */
  private tierCandidates(list: readonly ReactivationCandidate[], model: unknown): void {
    if (model !== this.tierModel) {
      this.tierModel = model;
      this.tierCache = new WeakMap();
    }
    const keys = compileModel(model).factors.map((f) => f.key);
    const tiers = new Map<unknown, TierResult | null>();
    let unscored = 0;
    for (const c of list) {
      const lead = this.leadIndex.get(c.id);
      if (!lead) continue;
      let r = this.tierCache.get(lead);
      if (r === undefined) {
        const values = factorValuesOf(lead, keys);
        r = null;
        if (values) {
          try {
            r = tierLead({ model, values });
          } catch {
            r = null;
            unscored++;
          }
        }
        this.tierCache.set(lead, r);
      } else if (r === null && factorValuesOf(lead, keys)) unscored++;
      tiers.set(c.id, r);
    }
    this.tiers = tiers;
    this.unscored = unscored;
  }

  private collectRowIssues(file: LeadsFile, invalid: readonly InvalidRow[]): RowIssue[] {
    const out: RowIssue[] = file.skipped.flatMap((s) =>
      s.problems.map((problem, k) => ({
        row: s.row,
        column: problem.column ?? '',
        message: s.issues[k]?.message ?? '',
        problem,
      })),
    );
    for (const bad of invalid) {
      const row = file.rows?.[bad.index];
      for (const i of bad.issues) {
        const head = i.path.split('.')[0] ?? '';
        const column = file.columns?.[i.path] ?? file.columns?.[head] ?? i.path;
        const r: RowIssue = { index: bad.index, column, message: i.message };
        if (row !== undefined) r.row = row;
        if (bad.id !== undefined) r.id = bad.id;
        out.push(r);
      }
    }
    if (file.format === 'csv') out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return out;
  }

  private rowIssueAsIssue(r: RowIssue): Issue {
    if (r.index === undefined) return { path: `row.${r.row}`, message: `CSV row ${r.row}: ${r.message}` };
    const where =
      r.row !== undefined
        ? `CSV row ${r.row}, column ${JSON.stringify(r.column)}`
        : `leads.${r.index}${r.id ? ` (id ${r.id})` : ''}`;
    const field = this.file?.columns
      ? (Object.keys(this.file.columns).find((k) => this.file!.columns![k] === r.column) ?? r.column)
      : r.column;
    return { path: ['leads', r.index, field].filter((x) => x !== '').join('.'), message: `${where}: ${r.message}` };
  }

  // ---- state changes -------------------------------------------------------------

  private restore(s: LeadFlowSaved | undefined): void {
    if (!s || s.v !== 1) return;
    if (isObject(s.rules)) this.ruleEdits = s.rules as LeadFlowRuleEdits;
    if (isObject(s.costs)) this.costEdits = s.costs as Record<string, number | null>;
    if (s.period && PERIOD_CHOICES.includes(s.period)) this.period = s.period === 'all' ? null : s.period;
    if (s.loaded && typeof s.loaded.text === 'string')
      this.loaded = { text: s.loaded.text, label: String(s.loaded.label ?? '') };
    this.requestCompute();
  }

  private save(): void {
    const s: LeadFlowSaved = { v: 1, rules: this.ruleEdits, costs: this.costEdits };
    const p = this.periodInForce();
    s.period = (p as PeriodChoice | undefined) ?? 'all';
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

  /** Drop every rule and cost changed here: back to the host's rules. */
  resetRules(): void {
    this.ruleEdits = {};
    this.costEdits = {};
    this.rulesChanged();
  }

  /** Switch the monitoring period (`all` or null: every lead). */
  setPeriod(p: PeriodChoice | LeadFlowPeriod | null): void {
    this.period = p === 'all' ? null : p;
    this.save();
  }

  /**
   * Load a CRM export (CSV or JSON text) as the user's data: it replaces the
   * page's data until `clearLoaded()`, and is kept under the storage-key.
   * Resolves false when the text cannot be read (the import panel says why).
   */
  async loadExport(text: string, label: string): Promise<boolean> {
    const t = this.t;
    this.importIssues = [];
    this.progress = 0.1;
    this.busy = t.parsing(this.fmt.integer(text.length));
    await nextFrame();
    const model = this.modelSource.resolve();
    const cfg = model.status === 'ready' && isObject(model.value) ? model.value : {};
    let cm: CompiledModel;
    try {
      cm = compileModel(this.tieringModel(cfg));
    } catch {
      cm = compileModel(LEAD_PRESET);
    }
    const file = await this.parseInChunks(text, cm);
    if (file.issues.length) {
      const issues = this.fileIssues(file);
      this.importIssues = issues;
      this.busy = '';
      this.progress = null;
      this.queueEvent('revops-invalid', { issues, source: 'import' });
      this.requestUpdate();
      return false;
    }
    this.progress = 0.6;
    this.busy = t.analysing(this.fmt.integer(file.leads.length));
    await nextFrame();
    this.loaded = { text, label };
    this.reportedFile = undefined;
    this.duePage = 0;
    this.reactPage = 0;
    this.save();
    await this.updateComplete;
    this.busy = '';
    this.progress = null;
    return true;
  }

  /** Forget the loaded export: back to the page's data. */
  clearLoaded(): void {
    this.loaded = undefined;
    this.importIssues = [];
    this.save();
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    if (!f) return;
    this.busy = this.t.reading;
    this.progress = 0;
    // Bytes, not f.text(): Chinese Excel and many CRMs save CSV as GB18030 / GBK, some as UTF-16.
    const { text, encoding } = decodeExport(await f.arrayBuffer());
    await this.loadExport(
      text,
      encoding === 'utf-8' ? f.name : `${f.name} (${this.t.decoded(encoding.toUpperCase())})`,
    );
    input.value = '';
  }

  private onPaste(): void {
    const ta = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste');
    if (!ta || !ta.value.trim()) return;
    void this.loadExport(ta.value, this.t.pasted).then((ok) => {
      if (ok) ta.value = '';
    });
  }

  // ---- export ----------------------------------------------------------------------

  private dueRows(): Transition[] {
    const r = this.result;
    if (!r) return [];
    const f = this.reasonFilter;
    return f ? r.transitions.filter((x) => x.reason === f) : r.transitions;
  }

  /** A date cell: the UTC calendar day the model reads, as the locale writes it (the ISO day in `datetime`). */
  private dateCell(v: Cell): TemplateResult | string {
    if (typeof v !== 'string' || !v) return '—';
    const d = dayNumber(v);
    return Number.isNaN(d) ? v : html`<time datetime=${isoDay(d)}>${formatDay(this.locale, d)}</time>`;
  }

  private field(id: unknown, key: string): Cell {
    const v = this.leadIndex.get(id)?.[key];
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  }

  /** The due transitions (of the current reason filter) as CSV for the CRM: one row per lead to move. */
  transitionsCsv(): string {
    const t = this.t;
    const asOf = this.asOfUsed?.date ?? '';
    const rows = this.dueRows().map((x): Cell[] => [
      x.id,
      x.from,
      x.to,
      x.reason,
      t.reasons[x.reason](this.rules),
      this.field(x.id, 'owner'),
      this.field(x.id, 'source'),
      this.field(x.id, 'businessLine'),
      this.field(x.id, 'poolEnteredAt'),
      this.field(x.id, 'assignedAt'),
      asOf,
    ]);
    return toCsv(
      [
        'id',
        'from',
        'to',
        'reason',
        'reasonText',
        'owner',
        'source',
        'businessLine',
        'poolEnteredAt',
        'assignedAt',
        'asOf',
      ],
      rows,
    );
  }

  /** The reactivation candidates, best value first, as CSV. */
  reactivationCsv(): string {
    const t = this.t;
    const rows = this.reactivationRows().map((c): Cell[] => {
      const tier = this.tiers.get(c.id);
      return [
        c.id,
        c.pool,
        c.reasons.join('|'),
        c.reasons.map((r) => t.reactivationReasons[r](this.rules)).join('; '),
        tier ? tier.tier : null,
        tier ? round6(tier.score) : null,
        this.field(c.id, 'source'),
        this.field(c.id, 'businessLine'),
        this.field(c.id, 'industry'),
        this.field(c.id, 'region'),
        this.field(c.id, 'lastEngagementAt'),
      ];
    });
    return toCsv(
      [
        'id',
        'pool',
        'reasons',
        'reasonText',
        'tier',
        'score',
        'source',
        'businessLine',
        'industry',
        'region',
        'lastEngagementAt',
      ],
      rows,
    );
  }

  private exportDue(format: 'csv' | 'json'): void {
    const d = this.asOfUsed?.date ?? 'today';
    if (format === 'csv') downloadText(`lead-transitions-${d}.csv`, this.transitionsCsv(), 'text/csv');
    else downloadText(`lead-transitions-${d}.json`, JSON.stringify(this.dueRows(), null, 2), 'application/json');
  }

  private exportReactivation(): void {
    downloadText(`lead-reactivation-${this.asOfUsed?.date ?? 'today'}.csv`, this.reactivationCsv(), 'text/csv');
  }

  // ---- rendering -------------------------------------------------------------------

  override render(): TemplateResult {
    const r = this.result;
    const t = this.t;
    return html`<section
      part="base"
      aria-labelledby="title"
      aria-busy=${(this.waiting && !r) || this.busy ? 'true' : 'false'}
    >
      <header part="header">
        <h2 id="title">${t.title}</h2>
        ${
          this.asOfUsed && r
            ? html`<p part="as-of" class="weak" data-origin=${this.asOfUsed.origin}>
                ${t.asOf(this.asOfUsed.date)} · ${t.asOfOrigin[this.asOfUsed.origin]}
              </p>`
            : nothing
        }
      </header>
      ${this.renderIssues(this.issues, !!r)} ${this.waiting && !r ? this.renderLoading() : nothing}
      ${this.storageKey && !this.persist.persistent ? html`<p part="notice" role="status">${this.common.memoryOnly}</p>` : nothing}
      ${this.renderPeriod()} ${r ? this.renderSummary(r) : nothing}
      ${r && this.rowIssues.length ? this.renderRowIssues() : nothing} ${this.renderTabs()}
      ${TABS.map((tab) => this.renderPanel(tab, r))}
    </section>`;
  }

  private renderPeriod(): TemplateResult {
    const t = this.t;
    const current = (this.periodInForce() ?? 'all') as PeriodChoice;
    const asOf = this.asOfUsed?.date;
    let window = t.periodAll;
    if (current !== 'all' && asOf && current in PERIOD_DAYS) {
      const sla = this.rules.followUpSlaDays;
      const w = periodWindow(dayNumber(asOf), current as LeadFlowPeriod, sla);
      window = t.periodWindow(formatDay(this.locale, w.from), formatDay(this.locale, w.to), dayCount(this.locale, sla));
    }
    return html`<fieldset part="period" class="period">
      <legend>${t.period}</legend>
      <div class="seg">
        ${PERIOD_CHOICES.map(
          (p) =>
            html`<label
              ><input
                type="radio"
                name="period"
                value=${p}
                .checked=${p === current}
                @change=${() => this.setPeriod(p)}
              />${t.periods[p]}</label
            >`,
        )}
      </div>
      <p class="weak" id="period-window">${window} ${t.periodScope}</p>
    </fieldset>`;
  }

  private renderSummary(r: LeadFlowResult): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const out = new Map<Pool, number>();
    const inn = new Map<Pool, number>();
    for (const x of r.transitions) {
      out.set(x.from, (out.get(x.from) ?? 0) + 1);
      inn.set(x.to, (inn.get(x.to) ?? 0) + 1);
    }
    const total = POOLS.reduce((s, p) => s + r.pools[p], 0);
    return html`<div part="summary" class="summary">
      <ul part="pools" class="pools">
        ${POOLS.map(
          (p) =>
            html`<li data-pool=${p}>
              <span class="name">${t.pools[p]}</span>
              <span class="n" data-count=${r.pools[p]}>${f.integer(r.pools[p])}</span>
              <span class="weak"
                >${
                  p === 'blacklist'
                    ? t.manualOnly
                    : [
                        out.get(p) ? t.dueOut(f.integer(out.get(p))) : '',
                        inn.get(p) ? t.dueIn(f.integer(inn.get(p))) : '',
                      ]
                        .filter(Boolean)
                        .join(' · ') || '—'
                }</span
              >
            </li>`,
        )}
      </ul>
      <p class="totals">
        <span>${t.leadsTotal(f.integer(total))}</span>
        <span data-due=${r.transitions.length}>${t.dueTotal(f.integer(r.transitions.length))}</span>
        <span class=${r.alerts.length ? 'warn' : ''} data-alerts=${r.alerts.length}
          >${r.alerts.length ? '⚠ ' : ''}${t.alertsTotal(f.integer(r.alerts.length))}</span
        >
        ${this.fileLabel ? html`<span class="weak">${this.fileLabel}</span>` : nothing}
      </p>
    </div>`;
  }

  /** A row problem in the UI language: a CSV reading problem from its code, a model message through the shared wording. */
  private rowIssueText(r: RowIssue): string {
    return r.problem ? this.t.rowProblem(r.problem, (x) => this.fmt.integer(x)) : this.localize(r.message);
  }

  /** The rows that could not be used, as CSV: row (the CSV row, or the lead number of JSON), column, problem. */
  skippedCsv(): string {
    return toCsv(
      ['row', 'column', 'problem'],
      this.rowIssues.map((r): Cell[] => [r.row ?? (r.index ?? 0) + 1, r.column, this.rowIssueText(r)]),
    );
  }

  private exportSkipped(): void {
    downloadText(`lead-rows-skipped-${this.asOfUsed?.date ?? 'today'}.csv`, this.skippedCsv(), 'text/csv');
  }

  private renderRowIssues(): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const rows = this.rowIssues;
    const nRows = new Set(rows.map((r) => r.row ?? `i${r.index}`)).size;
    const page = Math.min(this.skippedPage, Math.max(0, Math.ceil(rows.length / ISSUES_SHOWN) - 1));
    return html`<details part="skipped" open>
      <summary>${t.skipped(f.integer(nRows))}</summary>
      <div class="controls">
        <button type="button" id="export-skipped" @click=${this.exportSkipped}>${t.exportSkipped}</button>
      </div>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            ${t.skipped(f.integer(nRows))}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.rowCol}</th>
              <th scope="col">${t.column}</th>
              <th scope="col">${t.problem}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.slice(page * ISSUES_SHOWN, (page + 1) * ISSUES_SHOWN).map(
              (r) =>
                html`<tr data-row=${r.row ?? nothing} data-code=${r.problem?.code ?? nothing}>
                  <th scope="row">
                    ${r.row !== undefined ? t.csvRow(f.integer(r.row)) : t.leadN(f.integer((r.index ?? 0) + 1))}${r.id ? html` <span class="weak">(${r.id})</span>` : nothing}
                  </th>
                  <td>${r.column ? html`<code>${r.column}</code>` : '—'}</td>
                  <td>${this.rowIssueText(r)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderPager(rows.length, page, (p) => (this.skippedPage = p), t.skippedPages, ISSUES_SHOWN)}
    </details>`;
  }

  private renderTabs(): TemplateResult {
    const t = this.t;
    const onKey = (e: KeyboardEvent) => {
      const i = TABS.indexOf(this.tab);
      let j = -1;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = (i + 1) % TABS.length;
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = (i - 1 + TABS.length) % TABS.length;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = TABS.length - 1;
      if (j < 0) return;
      e.preventDefault();
      this.selectTab(TABS[j]!, true);
    };
    return html`<div role="tablist" part="tabs" aria-label=${t.title} @keydown=${onKey}>
      ${TABS.map(
        (tab) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            aria-controls="panel-${tab}"
            aria-selected=${tab === this.tab ? 'true' : 'false'}
            tabindex=${tab === this.tab ? '0' : '-1'}
            @click=${() => this.selectTab(tab)}
          >
            ${t.tabs[tab]}
          </button>`,
      )}
    </div>`;
  }

  /** Show one tab (`flow`, `sources`, `reactivation`, `rules`, `data`). */
  async selectTab(tab: LeadFlowTab, focus = false): Promise<void> {
    this.tab = tab;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  private renderPanel(tab: LeadFlowTab, r: LeadFlowResult | undefined): TemplateResult {
    let body: TemplateResult | typeof nothing = nothing;
    if (tab === 'rules') body = this.renderRules(r);
    else if (tab === 'data') body = this.renderImport();
    else if (r)
      body =
        tab === 'flow' ? this.renderFlow(r) : tab === 'sources' ? this.renderSources(r) : this.renderReactivation(r);
    else if (!this.waiting)
      body = html`<p class="row">
        <span class="weak">${this.t.noData}</span>
        <button type="button" @click=${() => this.selectTab('data', true)}>${this.t.goImport}</button>
      </p>`;
    return html`<div
      role="tabpanel"
      id="panel-${tab}"
      aria-labelledby="tab-${tab}"
      tabindex="0"
      ?hidden=${tab !== this.tab}
    >
      ${body}
    </div>`;
  }

  // ---- pools and flow ----------------------------------------------------------------

  private flows(r: LeadFlowResult): { from: Pool; to: Pool; key: TransitionReason; count: number }[] {
    const counts = new Map<TransitionReason, { from: Pool; to: Pool; count: number }>();
    for (const x of r.transitions) {
      const c = counts.get(x.reason);
      if (c) c.count++;
      else counts.set(x.reason, { from: x.from, to: x.to, count: 1 });
    }
    return TRANSITION_REASONS.filter((k) => counts.has(k)).map((k) => ({ key: k, ...counts.get(k)! }));
  }

  private renderFlow(r: LeadFlowResult): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const flows = this.flows(r);
    const layout = poolFlowLayout(
      POOLS.map((p) => ({ key: p, count: r.pools[p], detached: p === 'blacklist' })),
      flows,
      { width: 640 },
    );
    const summary = t.flowSummary(
      POOLS.map((p) => `${t.pools[p]} ${f.integer(r.pools[p])}`).join(', '),
      flows.length
        ? flows
            .map((x) => `${f.integer(x.count)} ${t.pools[x.from]} → ${t.pools[x.to]} (${t.reasons[x.key](this.rules)})`)
            .join('; ')
        : t.noFlows,
    );
    const last = layout.nodes.length - 1;
    const out = new Map<Pool, number>();
    const inn = new Map<Pool, number>();
    for (const x of flows) {
      out.set(x.from, (out.get(x.from) ?? 0) + x.count);
      inn.set(x.to, (inn.get(x.to) ?? 0) + x.count);
    }
    return html`<figure part="flow-chart" class="chart">
        <figcaption>${t.flowChart}</figcaption>
        <svg
          viewBox="0 0 ${layout.width} ${layout.height}"
          role="img"
          aria-label=${summary}
          preserveAspectRatio="xMinYMin meet"
        >
          ${layout.links.map(
            (l) => svg`<path class="flow ${l.key}" d=${l.path} stroke-width=${l.thickness}></path>
              <text x=${l.mx} y=${l.my + 4} text-anchor="middle" class="strong">${f.integer(l.count)}</text>`,
          )}
          ${layout.nodes.map((n, i) => {
            const anchor = i === 0 ? 'start' : i === last ? 'end' : 'middle';
            const x = i === 0 ? n.x : i === last ? n.x + n.width : n.x + n.width / 2;
            return svg`<rect class="node ${n.detached ? 'detached' : ''}" x=${n.x} y=${n.y} width=${n.width} height=${n.height} rx="2"></rect>
              <text x=${x} y=${n.y - 22} text-anchor=${anchor}>${t.pools[n.key as Pool]}</text>
              <text x=${x} y=${n.y - 8} text-anchor=${anchor} class="strong">${f.integer(n.count)}${n.detached ? ` · ${t.manualOnly}` : ''}</text>`;
          })}
        </svg>
        <ul class="legend">
          ${flows.map(
            (x) =>
              html`<li>
                <span class="key ${x.key}"></span>${t.reasons[x.key](this.rules)}: ${f.integer(x.count)}
                (${t.pools[x.from]} → ${t.pools[x.to]})
              </li>`,
          )}
        </ul>
      </figure>
      <div class="table-wrap">
        <table part="pool-table">
          <caption>
            ${t.poolTable}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.pool}</th>
              <th scope="col" class="num">${t.count}</th>
              <th scope="col" class="num">${t.dueOutCol}</th>
              <th scope="col" class="num">${t.dueInCol}</th>
            </tr>
          </thead>
          <tbody>
            ${POOLS.map(
              (p) =>
                html`<tr data-pool=${p}>
                  <th scope="row">
                    ${t.pools[p]}${p === 'blacklist' ? html` <span class="weak">(${t.manualOnly})</span>` : nothing}
                  </th>
                  <td class="num">${f.integer(r.pools[p])}</td>
                  <td class="num">${f.integer(out.get(p) ?? 0)}</td>
                  <td class="num">${f.integer(inn.get(p) ?? 0)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderDue(r)}`;
  }

  private renderPager(
    total: number,
    page: number,
    set: (p: number) => void,
    label: string,
    pageSize = this.pageSize,
  ): TemplateResult | typeof nothing {
    const size = Math.max(1, pageSize);
    if (total <= size) return nothing;
    const f = this.fmt;
    const t = this.t;
    const pages = Math.ceil(total / size);
    const from = page * size + 1;
    const to = Math.min(total, (page + 1) * size);
    return html`<nav class="pager" aria-label=${label}>
      <button type="button" ?disabled=${page === 0} @click=${() => set(page - 1)}>${t.prev}</button>
      <span role="status" aria-live="polite">${t.shown(f.integer(from), f.integer(to), f.integer(total))}</span>
      <button type="button" ?disabled=${page >= pages - 1} @click=${() => set(page + 1)}>${t.next}</button>
    </nav>`;
  }

  private renderDue(r: LeadFlowResult): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const rows = this.dueRows();
    const size = Math.max(1, this.pageSize);
    const page = rows.slice(this.duePage * size, (this.duePage + 1) * size);
    return html`<section part="due" aria-labelledby="due-title">
      <h3 id="due-title">${t.due} <span class="weak">(${f.integer(r.transitions.length)})</span></h3>
      <div class="controls">
        <label class="field"
          ><span>${t.reasonFilter}</span>
          <select
            id="reason-filter"
            @change=${(e: Event) => {
              this.reasonFilter = (e.target as HTMLSelectElement).value as TransitionReason | '';
              this.duePage = 0;
            }}
          >
            <option value="" ?selected=${this.reasonFilter === ''}>${t.allReasons}</option>
            ${TRANSITION_REASONS.map((k) => html`<option value=${k} ?selected=${this.reasonFilter === k}>${t.reasons[k](this.rules)}</option>`)}
          </select></label
        >
        <button type="button" id="export-due-csv" ?disabled=${!rows.length} @click=${() => this.exportDue('csv')}>
          ${ACTIONS[this.locale].exportCsv}
        </button>
        <button type="button" id="export-due-json" ?disabled=${!rows.length} @click=${() => this.exportDue('json')}>
          ${ACTIONS[this.locale].exportJson}
        </button>
      </div>
      <p class="weak">${t.exportHint}</p>
      ${
        rows.length
          ? html`<div
                class="table-wrap"
                role="region"
                aria-label="${t.due} · ${ACTIONS[this.locale].table}"
                tabindex="0"
              >
                <table part="due-table">
                  <caption class="visually-hidden">
                    ${t.due}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t.id}</th>
                      <th scope="col">${t.owner}</th>
                      <th scope="col">${t.source}</th>
                      <th scope="col">${t.businessLine}</th>
                      <th scope="col">${t.from} → ${t.to}</th>
                      <th scope="col">${t.reason}</th>
                      <th scope="col">${t.poolEnteredAt}</th>
                      <th scope="col">${t.assignedAt}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${page.map(
                      (x) =>
                        html`<tr data-id=${String(x.id)} data-reason=${x.reason}>
                          <th scope="row">${String(x.id)}</th>
                          <td>${this.field(x.id, 'owner') ?? '—'}</td>
                          <td>${this.field(x.id, 'source') ?? '—'}</td>
                          <td>${this.field(x.id, 'businessLine') ?? '—'}</td>
                          <td>${t.poolShort[x.from]} → ${t.poolShort[x.to]}</td>
                          <td class="reason">${t.reasons[x.reason](this.rules)}</td>
                          <td>${this.dateCell(this.field(x.id, 'poolEnteredAt'))}</td>
                          <td>${this.dateCell(this.field(x.id, 'assignedAt'))}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${this.renderPager(rows.length, this.duePage, (p) => (this.duePage = p), t.due)}`
          : html`<p>${t.noDue}</p>`
      }
    </section>`;
  }

  // ---- sources, alerts and ROI -------------------------------------------------------------

  private renderSources(r: LeadFlowResult): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const rules = this.rules;
    const sla = dayCount(this.locale, rules.followUpSlaDays);
    const periodView = this.periodInForce() !== undefined;
    const alertKey = new Set(r.alerts.map((a) => `${a.source}\u0000${a.businessLine}`));
    const lines = new Map<string, SourceLineRow[]>();
    for (const l of r.bySourceLine) {
      const list = lines.get(l.source);
      if (list) list.push(l);
      else lines.set(l.source, [l]);
    }
    let sources = r.bySource;
    const sort = this.sort;
    if (sort) {
      const v = (x: SourceRow) => {
        const y = x[sort.col];
        return typeof y === 'number' ? y : typeof y === 'string' ? y : -Infinity;
      };
      sources = [...sources].sort((a, b) => {
        const x = v(a);
        const y = v(b);
        const c = x < y ? -1 : x > y ? 1 : 0;
        return sort.desc ? -c : c;
      });
    }
    // Heat scales: sources among sources, business lines among business lines (a line is never paled by its source's total).
    type Row = SourceRow | SourceLineRow;
    const scales = (rows: readonly Row[]) => {
      const max = (k: 'supplied' | 'revenue') => Math.max(0, ...rows.map((x) => x[k]));
      const range = (k: 'followUpRate' | 'conversionRate') => {
        const xs = rows.map((x) => x[k]).filter((x): x is number => x !== null);
        return { lo: Math.min(...xs), hi: Math.max(...xs) };
      };
      return {
        supplied: max('supplied'),
        revenue: max('revenue'),
        fu: range('followUpRate'),
        cv: range('conversionRate'),
        cpl: Math.max(0, ...rows.map((x) => x.costPerLead ?? 0)),
        roi: Math.max(0, ...rows.map((x) => Math.abs(x.roi ?? 0))),
      };
    };
    const sourceScale = scales(r.bySource);
    const lineScale = scales(r.bySourceLine);
    const heat = (v: number | null, m: number, cls = '', lo = 0) => {
      const h = heatLevel(v, m, lo);
      return { cls: `num heat ${cls}`, style: styleMap(h === null ? {} : { '--h': h.toFixed(3) }) };
    };
    const cells = (x: Row, sc: ReturnType<typeof scales>) => {
      const s = heat(x.supplied, sc.supplied);
      const fu = heat(x.followUpRate, sc.fu.hi, '', sc.fu.lo);
      const cv = heat(x.conversionRate, sc.cv.hi, '', sc.cv.lo);
      const rv = heat(x.revenue, sc.revenue);
      const cpl = heat(x.costPerLead, sc.cpl);
      const roi = heat(x.roi, sc.roi, x.roi === null ? '' : x.roi < 0 ? 'neg' : 'pos');
      return html`<td class=${s.cls} style=${s.style}>${f.integer(x.supplied)}</td>
        <td class=${fu.cls} style=${fu.style}>${f.percent(x.followUpRate)}</td>
        <td class=${cv.cls} style=${cv.style}>${f.percent(x.conversionRate)}</td>
        <td class=${rv.cls} style=${rv.style}>${f.money(x.revenue)}</td>
        <td class="num">${f.money(x.cost)}</td>
        <td class=${cpl.cls} style=${cpl.style}>${f.money(x.costPerLead)}</td>
        <td class=${roi.cls} style=${roi.style}>${f.percent(x.roi, 0)}</td>`;
    };
    const cols: [keyof SourceRow, string][] = [
      ['supplied', t.supplied],
      ['followUpRate', t.followUpRate(sla)],
      ['conversionRate', t.conversionRate],
      ['revenue', t.revenue],
      ['cost', t.cost],
      ['costPerLead', t.costPerLead],
      ['roi', t.roi],
    ];
    const sortHead = (col: keyof SourceRow, label: string, num = true) => {
      const on = sort?.col === col;
      return html`<th
        scope="col"
        class=${num ? 'num' : ''}
        aria-sort=${on ? (sort!.desc ? 'descending' : 'ascending') : nothing}
      >
        <button
          type="button"
          class="sort"
          title=${t.sortBy(label)}
          @click=${() => (this.sort = on ? (sort!.desc ? { col, desc: false } : null) : { col, desc: col !== 'source' })}
        >
          ${label}
        </button>
      </th>`;
    };
    const threshold = f.percent(rules.followUpRateAlert);
    return html`<section part="alerts" aria-labelledby="alerts-title">
        <h3 id="alerts-title">${t.alerts} <span class="weak">(${f.integer(r.alerts.length)})</span></h3>
        ${
          r.alerts.length
            ? html`<ul class="alerts">
                ${r.alerts.map(
                  (a) =>
                    html`<li data-source=${a.source} data-line=${a.businessLine}>
                      ${t.alertLine(`${a.source} · ${a.businessLine}`, f.percent(a.followUpRate), f.integer(a.followedUp), f.integer(a.supplied), threshold, sla)}
                    </li>`,
                )}
              </ul>`
            : html`<p>${t.noAlerts(threshold, f.integer(rules.minGroupSize))}</p>`
        }
      </section>
      <div class="table-wrap" role="region" aria-labelledby="heat-caption" tabindex="0">
        <table part="source-table">
          <caption id="heat-caption">
            ${t.heatCaption}
          </caption>
          <thead>
            <tr>
              ${sortHead('source', t.sourceLine, false)} ${cols.map(([k, label]) => sortHead(k, label))}
            </tr>
          </thead>
          <tbody>
            ${sources.map(
              (s) =>
                html`<tr class="source-row" data-source=${s.source}>
                    <th scope="row">${s.source}</th>
                    ${cells(s, sourceScale)}
                  </tr>
                  ${(lines.get(s.source) ?? []).map((l) => {
                    const alert = alertKey.has(`${l.source}\u0000${l.businessLine}`);
                    return html`<tr
                      class="line-row ${alert ? 'alert' : ''}"
                      data-source=${l.source}
                      data-line=${l.businessLine}
                      data-alert=${alert ? 'true' : 'false'}
                    >
                      <th scope="row">
                        <span class="visually-hidden">${s.source} · </span>${l.businessLine}${
                          alert
                            ? html`<span class="flag" aria-hidden="true">⚠</span
                                ><span class="visually-hidden">${t.belowAlert}</span>`
                            : nothing
                        }
                      </th>
                      ${cells(l, lineScale)}
                    </tr>`;
                  })}`,
            )}
          </tbody>
        </table>
      </div>
      <p class="weak">${t.heatHint}</p>
      ${periodView ? html`<p class="note" data-note="costs-all-dates">${t.costsAllDates}</p>` : nothing}
      ${this.renderRoi(r)}`;
  }

  private renderRoi(r: LeadFlowResult): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const withRoi = r.bySource.filter((s) => s.roi !== null);
    const noCost = r.bySource.filter((s) => s.roi === null).map((s) => s.source);
    const summary = t.roiSummary(
      withRoi.map((s) => `${s.source} ${f.percent(s.roi, 0)}`).join(', '),
      noCost.join(', '),
    );
    if (this.periodInForce() !== undefined)
      return html`<figure part="roi-chart" class="chart">
        <figcaption>${t.roiChart}</figcaption>
        <p class="weak">${t.costsAllDates}</p>
      </figure>`;
    if (!withRoi.length)
      return html`<figure part="roi-chart" class="chart">
        <figcaption>${t.roiChart}</figcaption>
        <p class="weak">${t.noRoi}</p>
      </figure>`;
    const layout = divergingBars(
      withRoi.map((s) => ({ key: s.source, value: s.roi! })),
      { width: 560, labelWidth: 130, valueWidth: 70 },
    );
    return html`<figure part="roi-chart" class="chart">
      <figcaption>${t.roiChart}</figcaption>
      <svg viewBox="0 0 560 ${layout.height + 6}" role="img" aria-label=${summary} preserveAspectRatio="xMinYMin meet">
        ${layout.bars.map(
          (b) => svg`<g transform="translate(0 ${b.y + 3})">
            <text x=${layout.x0 - 8} y="15" text-anchor="end">${truncate(b.key, 18)}</text>
            <rect class=${b.value < 0 ? 'roi-neg' : 'roi-pos'} x=${b.x} y="4" width=${Math.max(1, b.width)} height="14" rx="2"></rect>
            <text x=${layout.x0 + layout.inner + 6} y="15">${f.percent(b.value, 0)}</text>
          </g>`,
        )}
        <line class="zero" x1=${layout.zero} x2=${layout.zero} y1="0" y2=${layout.height + 6}></line>
      </svg>
      ${noCost.length ? html`<p class="weak">${t.noCost}: ${noCost.join(', ')}</p>` : nothing}
    </figure>`;
  }

  // ---- reactivation -------------------------------------------------------------------

  private reactivationRows(): ReactivationCandidate[] {
    const r = this.result;
    if (!r) return [];
    // Best value first: tier order of the lead model, then score; candidates without a tier keep model order at the end.
    const rank = new Map<string, number>();
    try {
      compileModel(this.tierModel ?? LEAD_PRESET).tiers.forEach((x, i) => rank.set(x.key, i));
    } catch {
      /* no ranking */
    }
    const tiers = this.tiers;
    return r.reactivation
      .map((c, i) => ({ c, i, tr: tiers.get(c.id) ?? null }))
      .sort((a, b) => {
        const ra = a.tr ? (rank.get(a.tr.tier) ?? 99) : 1e9;
        const rb = b.tr ? (rank.get(b.tr.tier) ?? 99) : 1e9;
        return ra - rb || (b.tr?.score ?? 0) - (a.tr?.score ?? 0) || a.i - b.i;
      })
      .map((x) => x.c);
  }

  private renderCampaignList(kind: 'industry' | 'region'): TemplateResult {
    const t = this.t;
    const values = this.publicValues[kind];
    const current = this.ruleEdits.campaign !== undefined ? this.ruleEdits.campaign : this.rules.reactivation.campaign;
    const chosen = current?.[kind] ?? [];
    const shown = [...values, ...chosen.filter((v) => !values.includes(v))];
    const toggle = (v: string, on: boolean) => {
      const base: Campaign = { ...(current ?? {}) };
      const list = on ? [...chosen.filter((x) => x !== v), v] : chosen.filter((x) => x !== v);
      if (list.length) base[kind] = list;
      else delete base[kind];
      this.setCampaign(base.industry || base.region ? base : null);
    };
    return html`<fieldset>
      <legend>${t[kind]}</legend>
      ${
        shown.length
          ? html`<div class="checks">
              ${shown.map(
                (v, i) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      id="c-${kind}-${i}"
                      .checked=${chosen.includes(v)}
                      @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)}
                    />${v}</label
                  >`,
              )}
            </div>`
          : html`<p class="weak">${t.noValues}</p>`
      }
    </fieldset>`;
  }

  private renderReactivation(r: LeadFlowResult): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const rows = this.reactivationRows();
    const size = Math.max(1, this.pageSize);
    const page = rows.slice(this.reactPage * size, (this.reactPage + 1) * size);
    const tierName = (tr: TierResult) => {
      const named = t.tierNames[tr.tier];
      const label =
        named !== undefined &&
        (tr.tierLabel === tr.tier || LEAD_PRESET.tiers.some((x) => x.key === tr.tier && x.label === tr.tierLabel))
          ? named
          : tr.tierLabel;
      return `${tr.tier} · ${label}`;
    };
    return html`<section part="reactivation" aria-labelledby="react-title">
      <h3 id="react-title">${t.reactivation} <span class="weak">(${f.integer(r.reactivation.length)})</span></h3>
      <p class="weak">${t.reactivationReasons.engaged(this.rules)} · ${t.campaignHint}</p>
      <div class="campaign" role="group" aria-label=${t.campaign}>
        ${this.renderCampaignList('industry')} ${this.renderCampaignList('region')}
      </div>
      <div class="controls">
        <button type="button" id="export-reactivation" ?disabled=${!rows.length} @click=${this.exportReactivation}>
          ${ACTIONS[this.locale].exportCsv}
        </button>
      </div>
      ${this.unscored ? html`<p class="weak">${t.tierUnscored(f.integer(this.unscored))}</p>` : nothing}
      ${
        rows.length
          ? html`<div
                class="table-wrap"
                role="region"
                aria-label="${t.reactivation} · ${ACTIONS[this.locale].table}"
                tabindex="0"
              >
                <table part="reactivation-table">
                  <caption class="visually-hidden">
                    ${t.reactivation}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t.id}</th>
                      <th scope="col">${t.pool}</th>
                      <th scope="col">${t.reactivationReasonsCol}</th>
                      <th scope="col">${t.tier}</th>
                      <th scope="col" class="num">${t.score}</th>
                      <th scope="col">${t.source}</th>
                      <th scope="col">${t.industry}</th>
                      <th scope="col">${t.region}</th>
                      <th scope="col">${t.lastEngagementAt}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${page.map((c) => {
                      const tr = this.tiers.get(c.id) ?? null;
                      return html`<tr data-id=${String(c.id)} data-tier=${tr?.tier ?? ''}>
                        <th scope="row">${String(c.id)}</th>
                        <td>${t.poolShort[c.pool]}</td>
                        <td>
                          <ul class="reasons">
                            ${c.reasons.map((x) => html`<li data-reason=${x}>${t.reactivationReasons[x](this.rules)}</li>`)}
                          </ul>
                        </td>
                        <td>${tr ? tierName(tr) : html`<span class="weak">${t.noTier}</span>`}</td>
                        <td class="num">${tr ? f.number(tr.score, 1) : '—'}</td>
                        <td>${this.field(c.id, 'source') ?? '—'}</td>
                        <td>${this.field(c.id, 'industry') ?? '—'}</td>
                        <td>${this.field(c.id, 'region') ?? '—'}</td>
                        <td>${this.dateCell(this.field(c.id, 'lastEngagementAt'))}</td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>
              ${this.renderPager(rows.length, this.reactPage, (p) => (this.reactPage = p), t.reactivation)}`
          : html`<p>${t.noCandidates}</p>`
      }
    </section>`;
  }

  // ---- rules and costs -----------------------------------------------------------------------

  private renderRules(r: LeadFlowResult | undefined): TemplateResult {
    const t = this.t;
    const rules = this.rules;
    const badPaths = new Set(this.issues.map((i) => i.path));
    const value = (k: RuleKey): number => {
      if (k === 'engagedWithinDays') return rules.reactivation.engagedWithinDays;
      const v = rules[k];
      return k === 'followUpRateAlert' ? round6(v * 100) : v;
    };
    const edited = (k: RuleKey) => this.ruleEdits[k] !== undefined;
    const pathOf = (k: RuleKey) => (k === 'engagedWithinDays' ? 'rules.reactivation.engagedWithinDays' : `rules.${k}`);
    const onRule = (k: RuleKey) => (e: Event) => {
      const el = e.target as HTMLInputElement;
      if (el.value === '') return this.setRule(k, undefined);
      const n = el.valueAsNumber;
      if (!Number.isFinite(n)) return;
      this.setRule(k, k === 'followUpRateAlert' ? n / 100 : n);
    };
    const sources = [
      ...new Set([
        ...(r?.bySource.map((s) => s.source) ?? []),
        ...Object.keys(this.costsInForce),
        ...Object.keys(this.costEdits),
      ]),
    ];
    const cost = (s: string): number | null => {
      const v = this.costsInForce[s];
      return typeof v === 'number' ? v : null;
    };
    const onCost = (s: string) => (e: Event) => {
      const el = e.target as HTMLInputElement;
      if (el.value === '') return this.setCost(s, null);
      const n = el.valueAsNumber;
      if (Number.isFinite(n)) this.setCost(s, n);
    };
    return html`<section part="rules" aria-labelledby="rules-title">
      <h3 id="rules-title">${t.rules}</h3>
      <p class="weak">${t.rulesHint}</p>
      <div class="rules-grid">
        ${RULE_KEYS.map(
          (k) =>
            html`<label for="rule-${k}"
                >${t.ruleLabels[k]}${edited(k) ? html` <span class="dot" title=${t.edited}>•</span><span class="visually-hidden">(${t.edited})</span>` : nothing}</label
              >
              <input
                id="rule-${k}"
                type="number"
                min="0"
                max=${k === 'followUpRateAlert' ? '100' : nothing}
                step=${k === 'followUpRateAlert' ? '1' : 'any'}
                inputmode="decimal"
                aria-describedby="unit-${k}"
                aria-invalid=${badPaths.has(pathOf(k)) ? 'true' : 'false'}
                .value=${String(value(k))}
                @change=${onRule(k)}
              />
              <span class="unit weak" id="unit-${k}">${t.ruleUnits[k]}</span>`,
        )}
      </div>
      <h3 id="costs-title">${t.costs}</h3>
      <p class="weak" id="costs-hint">${t.costsHint}</p>
      ${
        sources.length
          ? html`<div class="table-wrap">
              <table class="costs">
                <caption class="visually-hidden">
                  ${t.costs}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.source}</th>
                    <th scope="col">${t.cost} (${this.fmt.currency})</th>
                  </tr>
                </thead>
                <tbody>
                  ${sources.map(
                    (s, i) =>
                      html`<tr>
                        <th scope="row">
                          <label for="cost-${i}">${s}</label
                          >${this.costEdits[s] !== undefined ? html` <span class="dot" title=${t.edited}>•</span>` : nothing}
                        </th>
                        <td>
                          <input
                            id="cost-${i}"
                            type="number"
                            min="0"
                            step="any"
                            inputmode="decimal"
                            data-source=${s}
                            aria-describedby="costs-hint"
                            aria-invalid=${badPaths.has(`channelCosts.${s}`) ? 'true' : 'false'}
                            .value=${cost(s) === null ? '' : String(cost(s))}
                            @change=${onCost(s)}
                          />
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      <div class="row">
        <button type="button" id="reset-rules" @click=${this.resetRules}>${ACTIONS[this.locale].reset}</button>
      </div>
    </section>`;
  }

  // ---- import ---------------------------------------------------------------------------------

  private renderImport(): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const file = this.file;
    return html`<section part="import" aria-labelledby="import-title">
      <h3 id="import-title">${t.importTitle}</h3>
      <p class="weak">${t.importHint}</p>
      ${
        file && this.result
          ? html`<p data-format=${file.format}>
              ${t.using(this.fileLabel || t.hostData, file.format.toUpperCase(), f.integer(file.leads.length))}
            </p>`
          : nothing
      }
      <div class="row">
        <label for="file">${t.file}</label>
        <input id="file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" @change=${this.onFile} />
      </div>
      <label for="paste">${t.pasteLabel}</label>
      <textarea id="paste" rows="4" spellcheck="false"></textarea>
      <div class="row">
        <button type="button" class="brand" id="analyse" ?disabled=${!!this.busy} @click=${this.onPaste}>
          ${t.analyse}
        </button>
        ${this.loaded ? html`<button type="button" id="clear-loaded" @click=${this.clearLoaded}>${t.clearLoaded}</button>` : nothing}
      </div>
      <div role="status" aria-live="polite" class="status">
        ${
          this.busy
            ? html`<span>${this.busy}</span>
                ${this.progress !== null ? html`<progress max="1" .value=${this.progress} aria-label=${this.busy}></progress>` : nothing}`
            : nothing
        }
      </div>
      ${this.importIssues.length ? this.renderIssues(this.importIssues, false) : nothing}
    </section>`;
  }
}

const truncate = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
