/**
 * Model 2, opportunity alerts (商機預警模型, docs/models.md §2): information
 * completeness, follow-up action compliance and stage-cycle anomaly of each
 * open opportunity, as signals with levels, a risk score and suggestions.
 * Key projects are checked on all three measures and get a response plan;
 * regular projects on actions and cycle only.
 */
import type {
  Opportunity,
  OpportunityInput,
  PipelineRulesInput,
  PipelineStageInput,
} from '../schemas/opportunities.js';
import { ModelInputError, isModelInputError, issuesOf, rowId, type InvalidRow, type Issue } from '../schemas/issues.js';
import { tryCheck } from '../validate/engine.js';
import { opportunitiesInput, opportunity, type OpportunitiesEnvelope } from '../validate/opportunities.js';
import { above, atLeast, below, dayNumber, dayReader } from './math.js';
import { LIMITS } from '../schemas/limits.js';
import { isObject } from './guards.js';
import { compilePipelineRules, type CompiledPipeline } from './pipeline-rules.js';
import {
  riskScore,
  RiskKeys,
  RowList,
  SignalTable,
  worstLevel,
  type Level,
  type LevelCounts,
  type SignalLevel,
} from './signals.js';
import { EN_RISK } from '../i18n/issues/en-risk.js';
import {
  CHANGE_SIGNAL_DIMENSION,
  CHANGE_SUGGESTIONS,
  changeSignals,
  type ChangeSignal,
  type ChangeSuggestion,
} from './opportunity-changes.js';

/** A change flag (issue 14), not one of the contract's signals. */
export const isChangeSignal = (s: OpportunitySignal | ChangeSignal): s is ChangeSignal =>
  Object.prototype.hasOwnProperty.call(CHANGE_SIGNAL_DIMENSION, s.code);

const issue = issuesOf(EN_RISK);

export type { Opportunity, OpportunityInput, PipelineRulesInput, PipelineStageInput };
export {
  compilePipelineRules,
  DEFAULT_PIPELINE_RULES,
  resolvePipelineRules,
  type CompiledPipeline,
  type PipelineRules,
  type PipelineStage,
  type PipelineThresholds,
} from './pipeline-rules.js';

export { CHANGE_SIGNAL_CODES, DEFAULT_CHANGE_THRESHOLDS, historyFromSnapshots } from './opportunity-changes.js';
export type { ChangeSignal, ChangeSignalCode, ChangeSuggestion, ChangeThresholds } from './opportunity-changes.js';

/** Signal codes of the contract in the order signals appear in a row (the change flags of issue 14 follow them). */
export const OPPORTUNITY_SIGNAL_CODES = [
  'missing-fields',
  'stage-overdue',
  'activity-shortfall',
  'idle',
  'close-date-passed',
] as const;
export type OpportunitySignalCode = (typeof OPPORTUNITY_SIGNAL_CODES)[number];

export const OPPORTUNITY_DIMENSIONS = ['info', 'action', 'cycle'] as const;
export type OpportunityDimension = (typeof OPPORTUNITY_DIMENSIONS)[number];

/** The measure each signal belongs to. */
export const SIGNAL_DIMENSION: Readonly<Record<OpportunitySignalCode, OpportunityDimension>> = {
  'missing-fields': 'info',
  'stage-overdue': 'cycle',
  'activity-shortfall': 'action',
  idle: 'action',
  'close-date-passed': 'cycle',
};

/** Suggestion keys (the UI words them): one per signal code, plus the key-account response plan. */
export const OPPORTUNITY_SUGGESTIONS = [
  'complete-missing-fields',
  'review-stage-plan',
  'schedule-required-activities',
  'contact-now',
  'confirm-close-date',
  'key-account-response-plan',
] as const;
export type OpportunitySuggestion = (typeof OPPORTUNITY_SUGGESTIONS)[number];

/** The suggestion each signal brings. */
export const SUGGESTION_FOR_SIGNAL: Readonly<Record<OpportunitySignalCode, OpportunitySuggestion>> = {
  'missing-fields': 'complete-missing-fields',
  'stage-overdue': 'review-stage-plan',
  'activity-shortfall': 'schedule-required-activities',
  idle: 'contact-now',
  'close-date-passed': 'confirm-close-date',
};

interface SignalOf<C extends OpportunitySignalCode, D> {
  dimension: (typeof SIGNAL_DIMENSION)[C];
  code: C;
  level: SignalLevel;
  detail: D;
}
export type OpportunitySignal =
  | SignalOf<'missing-fields', { missing: string[]; completeness: number; required: number }>
  | SignalOf<'stage-overdue', { daysInStage: number; standardDays: number; cycleRatio: number }>
  | SignalOf<
      'activity-shortfall',
      { shortfall: Record<string, number>; compliance: number; daysInStage: number; standardDays: number }
    >
  | SignalOf<
      'idle',
      { daysIdle: number; maxIdleDays: number; criticalAfterDays: number; lastActivityAt: string | null }
    >
  | SignalOf<'close-date-passed', { expectedCloseDate: string; daysPast: number }>;

export interface OpportunityMetrics {
  completeness: number;
  compliance: number;
  daysInStage: number;
  cycleRatio: number;
  daysIdle: number;
}

export interface OpportunityRow {
  id: string;
  level: Level;
  riskScore: number;
  keyAccount: boolean;
  /** The contract's signals, then the change flags (issue 14) when the row carries history, nextStep or contacts. */
  signals: (OpportunitySignal | ChangeSignal)[];
  metrics: OpportunityMetrics;
  suggestions: (OpportunitySuggestion | ChangeSuggestion)[];
}

export interface OpportunitySummary extends LevelCounts {
  /** Σ amount of the warning and critical rows. */
  amountAtRisk: number;
}

export interface OpportunityAssessment {
  rows: OpportunityRow[];
  summary: OpportunitySummary;
  invalid: InvalidRow[];
}

/** Filled: not null/undefined, not a blank or whitespace-only string, not an empty list (0, false, objects count). */
export function isFilled(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/* Per-row scratch: the day numbers of the row being assessed (the models are synchronous). */
let actDays = new Int32Array(32);
/** The day of each history entry of the row in hand (its `at`), read once by the row check. */
let histDays = new Float64Array(32);
/** The day reader of the call in hand: a memo of the dates already read (history days repeat). */
let readDay: (t: string) => number = dayNumber;
let enteredDay = 0;
let closeDay = NaN;
let doneBuf = new Int32Array(8);
const doneScratch = (n: number): Int32Array => {
  if (n > doneBuf.length) doneBuf = new Int32Array(n);
  doneBuf.fill(0, 0, n);
  return doneBuf;
};

const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isOptText = (v: unknown): boolean => v == null || typeof v === 'string';

/**
 * Fast check of a raw row against opportunitySchema plus the stage check,
 * filling the day scratch. Sound: true only for rows the schema accepts;
 * rows it rejects go through zod, which words the issues.
 */
function fastRow(raw: unknown, cp: CompiledPipeline): raw is Opportunity {
  if (!isObject(raw)) return false;
  const o = raw;
  const amount = o.amount;
  if (!isKey(o.id) || !isOptText(o.name) || !isOptText(o.owner)) return false;
  if (typeof amount !== 'number' || !(amount >= 0) || amount === Infinity) return false;
  if (!isKey(o.stage) || !cp.stageIndex.has(o.stage)) return false;
  if (o.keyAccount != null && typeof o.keyAccount !== 'boolean') return false;
  if (o.fields != null && !isObject(o.fields)) return false;
  const entered = o.stageEnteredAt;
  if (typeof entered !== 'string') return false;
  enteredDay = dayNumber(entered);
  if (Number.isNaN(enteredDay)) return false;
  const close = o.expectedCloseDate;
  if (close == null) closeDay = NaN;
  else {
    if (typeof close !== 'string') return false;
    closeDay = dayNumber(close);
    if (Number.isNaN(closeDay)) return false;
  }
  const acts = o.activities;
  // The change-flag fields (issue 14): a quick check of the history; anything unusual goes to zod.
  const hist = o.history;
  if (hist != null) {
    if (!Array.isArray(hist) || hist.length > LIMITS.rowEvents) return false;
    if (hist.length > histDays.length) histDays = new Float64Array(Math.max(hist.length, histDays.length * 2));
    for (let i = 0; i < hist.length; i++) {
      const h: unknown = hist[i];
      if (!isObject(h) || !isKey(h.field) || typeof h.at !== 'string') return false;
      const d = readDay(h.at);
      if (Number.isNaN(d)) return false;
      histDays[i] = d;
    }
  }
  if (!isOptText(o.nextStep)) return false;
  if (o.contacts != null && !(typeof o.contacts === 'number' && o.contacts >= 0 && o.contacts !== Infinity))
    return false;
  if (acts != null) {
    if (!Array.isArray(acts) || acts.length > LIMITS.rowEvents) return false;
    if (acts.length > actDays.length) actDays = new Int32Array(Math.max(acts.length, actDays.length * 2));
    for (let i = 0; i < acts.length; i++) {
      const a: unknown = acts[i];
      if (!isObject(a) || !isKey(a.type) || typeof a.at !== 'string') return false;
      const d = dayNumber(a.at);
      if (Number.isNaN(d)) return false;
      actDays[i] = d;
    }
  }
  return true;
}

/** Fill the day scratch of a row zod accepted. */
function readDays(o: Opportunity): void {
  enteredDay = dayNumber(o.stageEnteredAt);
  closeDay = o.expectedCloseDate == null ? NaN : dayNumber(o.expectedCloseDate);
  const acts = o.activities ?? [];
  if (acts.length > actDays.length) actDays = new Int32Array(acts.length);
  for (let i = 0; i < acts.length; i++) actDays[i] = dayNumber(acts[i]!.at);
  const hist = o.history ?? [];
  if (hist.length > histDays.length) histDays = new Float64Array(hist.length);
  for (let i = 0; i < hist.length; i++) histDays[i] = readDay(hist[i]!.at);
}

/**
 * The signals rows share within a call (SignalTable), each keyed by what decides it, with the stage
 * index as the key's last digit: stage-overdue by the days in stage; idle by the last activity's day
 * (its text checked) or, with none, the days in stage; close-date-passed by the close day (its text
 * checked); activity-shortfall by the days in stage and the gaps. Day numbers are whole days.
 */
class SharedSignals {
  readonly overdue = new SignalTable<OpportunitySignal>();
  readonly idleSince = new SignalTable<OpportunitySignal>();
  readonly idleNever = new SignalTable<OpportunitySignal>();
  readonly closed = new SignalTable<OpportunitySignal>();
  readonly shortfall = new SignalTable<OpportunitySignal>();
  /**
   * V8 gives a number field that has held a fraction a box of its own in every object of that shape,
   * even for 0 and 1 (2 or 3 of the 5 metrics a row). Made with non-numbers first, the shape's fields
   * hold plain references, so whole values are stored inline. Kept here: V8 forgets a shape no object has.
   */
  static readonly metricsShape = Object.freeze({
    completeness: null,
    compliance: null,
    daysInStage: 0,
    cycleRatio: null,
    daysIdle: 0,
  } satisfies Record<keyof OpportunityMetrics, number | null>);
}
let shared = new SharedSignals();
/** Shortfall keys up to this many gap combinations (so the key stays a whole number below 2^53). */
const GAP_PLACES = 2 ** 20;

const rowSignals = new RowList<OpportunitySignal>();
const rowMissing = new RowList<string>();

/** Assess one valid opportunity whose days are in the scratch. */
function assessRow(cp: CompiledPipeline, o: Opportunity, asOfDay: number): OpportunityRow {
  const k = cp.stageIndex.get(o.stage)!;
  const st = cp.stages[k]!;
  const stageCount = cp.stages.length;
  const th = cp.rules.thresholds;
  const keyAccount = o.keyAccount === true || atLeast(o.amount, cp.rules.keyAccountMinAmount);
  const daysInStage = asOfDay - enteredDay;
  const cycleRatio = daysInStage / st.standardDays;
  if (!Number.isFinite(cycleRatio))
    throw new ModelInputError([issue(`rules.stages.${k}.standardDays`, 'ratio_small', { of: 'stage-days' })]);

  // Information completeness over the fields required by stages 0..k.
  const fields = o.fields;
  const req = st.fields;
  const missing = rowMissing;
  missing.clear();
  for (const f of req) {
    if (!fields || !Object.hasOwn(fields, f) || !isFilled(fields[f])) missing.push(f);
  }
  const completeness = req.length ? (req.length - missing.length) / req.length : 1;

  // Activities: those of the current stage (by day) and the latest at or before asOf.
  const done = st.reqTotal > 0 ? doneScratch(st.reqTypes.length) : null;
  let lastDay = -Infinity;
  let lastAt: string | null = null;
  const acts = o.activities;
  if (acts) {
    for (let i = 0; i < acts.length; i++) {
      const d = actDays[i]!;
      if (d > asOfDay) continue;
      const a = acts[i]!;
      if (d > lastDay) {
        lastDay = d;
        lastAt = a.at;
      }
      if (done && d >= enteredDay) {
        const j = st.reqIndex.get(a.type);
        if (j !== undefined) done[j]!++;
      }
    }
  }
  let compliance = 1;
  if (done) {
    let met = 0;
    for (let j = 0; j < st.reqTypes.length; j++) met += Math.min(done[j]!, st.reqCounts[j]!);
    compliance = met / st.reqTotal;
  }
  const daysIdle = lastDay === -Infinity ? daysInStage : asOfDay - lastDay;

  const signals = rowSignals;
  signals.clear();
  if (keyAccount) {
    const level: SignalLevel | null = below(completeness, th.completenessCritical)
      ? 'critical'
      : below(completeness, th.completenessWarn)
        ? 'warning'
        : null;
    if (level)
      signals.push({
        dimension: 'info',
        code: 'missing-fields',
        level,
        detail: { missing: missing.take(), completeness, required: req.length },
      });
  }
  {
    const level: SignalLevel | null = above(cycleRatio, th.cycleCritical)
      ? 'critical'
      : above(cycleRatio, th.cycleWarn)
        ? 'warning'
        : null;
    if (level) {
      // cycleRatio and level follow from the stage and the days in it.
      const key = daysInStage * stageCount + k;
      signals.push(
        shared.overdue.get(key) ??
          shared.overdue.keep(key, {
            dimension: 'cycle',
            code: 'stage-overdue',
            level,
            detail: { daysInStage, standardDays: st.standardDays, cycleRatio },
          }),
      );
    }
  }
  if (done && below(compliance, 1)) {
    const level: SignalLevel | null = above(daysInStage, st.standardDays)
      ? 'critical'
      : atLeast(daysInStage, st.standardDays / 2)
        ? 'warning'
        : null;
    if (level) {
      // The gaps as one number (each below its count + 1), then the days in stage and the stage: they
      // decide the shortfall, the compliance and the level.
      let gaps = 0;
      let place = 1;
      for (let j = 0; j < st.reqTypes.length && place <= GAP_PLACES; j++) {
        const gap = st.reqCounts[j]! - done[j]!;
        if (gap > 0) gaps += gap * place;
        place *= st.reqCounts[j]! + 1;
      }
      const key = place <= GAP_PLACES ? (daysInStage * place + gaps) * stageCount + k : NaN;
      let s = shared.shortfall.get(key);
      if (!s) {
        const shortfall: Record<string, number> = {};
        for (let j = 0; j < st.reqTypes.length; j++) {
          const gap = st.reqCounts[j]! - done[j]!;
          if (gap > 0) shortfall[st.reqTypes[j]!] = gap;
        }
        s = shared.shortfall.keep(key, {
          dimension: 'action',
          code: 'activity-shortfall',
          level,
          detail: { shortfall, compliance, daysInStage, standardDays: st.standardDays },
        });
      }
      signals.push(s);
    }
  }
  {
    const level: SignalLevel | null = above(daysIdle, st.idleCriticalDays)
      ? 'critical'
      : above(daysIdle, st.maxIdleDays)
        ? 'warning'
        : null;
    if (level) {
      // By the stage and the last activity's day (the same date text), or the days in stage when none.
      const table = lastAt === null ? shared.idleNever : shared.idleSince;
      const key = (lastAt === null ? daysInStage : lastDay) * stageCount + k;
      let s = table.get(key);
      if (!s || (s.detail as { lastActivityAt: string | null }).lastActivityAt !== lastAt)
        s = table.keep(s ? NaN : key, {
          dimension: 'action',
          code: 'idle',
          level,
          detail: {
            daysIdle,
            maxIdleDays: st.maxIdleDays,
            criticalAfterDays: st.idleCriticalDays,
            lastActivityAt: lastAt,
          },
        });
      signals.push(s);
    }
  }
  if (closeDay < asOfDay) {
    const date = o.expectedCloseDate!;
    let s = shared.closed.get(closeDay);
    if (!s || (s.detail as { expectedCloseDate: string }).expectedCloseDate !== date)
      s = shared.closed.keep(s ? NaN : closeDay, {
        dimension: 'cycle',
        code: 'close-date-passed',
        level: 'critical',
        detail: { expectedCloseDate: date, daysPast: asOfDay - closeDay },
      });
    signals.push(s);
  }

  const found = signals.take();
  // Change flags (issue 14): only for rows that carry history, a next step or contacts.
  const all: (OpportunitySignal | ChangeSignal)[] =
    o.history != null || o.nextStep !== undefined || o.contacts != null
      ? changeSignals<OpportunitySignal>(
          {
            amount: o.amount,
            history: o.history,
            nextStep: o.nextStep,
            hasNextStep: o.nextStep !== undefined,
            contacts: o.contacts,
          },
          asOfDay,
          cp.stageIndex,
          cp.changes,
          histDays,
          found,
          readDay,
        )
      : found;
  const n = all.length;
  const suggestions = new Array<OpportunitySuggestion | ChangeSuggestion>(keyAccount && n ? n + 1 : n);
  for (let i = 0; i < n; i++) {
    const s = all[i]!;
    suggestions[i] = isChangeSignal(s) ? CHANGE_SUGGESTIONS[s.code] : SUGGESTION_FOR_SIGNAL[s.code];
  }
  if (keyAccount && n) suggestions[n] = 'key-account-response-plan';

  return {
    id: o.id,
    level: worstLevel(all),
    riskScore: riskScore(all),
    keyAccount,
    signals: all,
    metrics: { completeness, compliance, daysInStage, cycleRatio, daysIdle },
    suggestions,
  };
}

const unknownStage = (cp: CompiledPipeline, stage: string) =>
  issue('stage', 'pipeline_stage', { stages: cp.stages.map((s) => JSON.stringify(s.key)), got: stage });

/**
 * Opportunity alerts: `{ asOf, rules?, opportunities }` → rows sorted by
 * level, riskScore and amount (all descending, stable), the level summary
 * with the amount at risk, and the invalid rows.
 */
export function assessOpportunities(input: unknown): OpportunityAssessment {
  const env = tryCheck<OpportunitiesEnvelope>(opportunitiesInput, input);
  const issues: Issue[] = env.ok ? [] : env.issues;
  let cp: CompiledPipeline | null = null;
  const rawRules = typeof input === 'object' && input !== null ? (input as { rules?: unknown }).rules : undefined;
  if (rawRules == null || (typeof rawRules === 'object' && !Array.isArray(rawRules))) {
    try {
      cp = compilePipelineRules(rawRules);
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      issues.push(...e.issues);
    }
  }
  if (!env.ok || issues.length || !cp) throw new ModelInputError(issues);
  const pipeline = cp;
  const asOfDay = dayNumber(env.data.asOf);
  readDay = dayReader();
  shared = new SharedSignals();

  const list = env.data.opportunities;
  // Sized once (a list grown row by row is copied at every growth); trimmed to the rows assessed.
  const rows = new Array<OpportunityRow>(list.length);
  // The sort keys and the summary, taken while each row is at hand (RiskKeys).
  const keys = new RiskKeys(list.length);
  let n = 0;
  const invalid: InvalidRow[] = [];
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    let o: Opportunity;
    if (fastRow(raw, pipeline)) o = raw;
    else {
      const r = tryCheck<Opportunity>(opportunity, raw);
      const issues = r.ok
        ? pipeline.stageIndex.has(r.data.stage)
          ? []
          : [unknownStage(pipeline, r.data.stage)]
        : r.issues;
      if (!r.ok || issues.length) {
        const id = rowId(raw);
        invalid.push(id === undefined ? { index, issues } : { index, id, issues });
        continue;
      }
      o = r.data;
      readDays(o);
    }
    const row = assessRow(pipeline, o, asOfDay);
    rows[n++] = row;
    keys.add(row, o.amount);
  }
  rows.length = n;
  readDay = dayNumber; // the memo and the shared signals are the call's
  shared = new SharedSignals();
  const amountAtRisk = keys.atRisk;
  if (!Number.isFinite(amountAtRisk))
    throw new ModelInputError([issue('opportunities', 'sum_at_risk', { of: 'amounts' })]);
  return {
    rows: keys.sort(rows),
    summary: { ...keys.counts, amountAtRisk },
    invalid,
  };
}
