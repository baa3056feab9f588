/**
 * Model 2's pipeline rules (docs/models.md §2): the stages and thresholds, their
 * defaults, and partial rules merged with the defaults and prepared for
 * assessment (re-exported by opportunities.ts).
 */
import { ModelInputError, issuesOf } from '../schemas/issues.js';
import { check } from '../validate/engine.js';
import { pipelineRules, type PipelineRulesData } from '../validate/opportunities.js';
import { deepFreeze, isDeepFrozen } from './freeze.js';
import { EN_RISK } from '../i18n/issues/en-risk.js';
import { CHANGE_THRESHOLD_KEYS, DEFAULT_CHANGE_THRESHOLDS, type ChangeThresholds } from './opportunity-changes.js';

const issue = issuesOf(EN_RISK);
/** One stage of the pipeline, in pipeline order. */
export interface PipelineStage {
  key: string;
  label?: string;
  standardDays: number;
  maxIdleDays: number;
  requiredFields: string[];
  requiredActivities: Record<string, number>;
}

export interface PipelineThresholds {
  completenessWarn: number;
  completenessCritical: number;
  cycleWarn: number;
  cycleCritical: number;
  idleCriticalFactor: number;
}

/** Rules with every default filled in. */
export interface PipelineRules {
  stages: PipelineStage[];
  keyAccountMinAmount: number;
  thresholds: PipelineThresholds;
  /** The change-flag thresholds (issue 14), only when given. */
  changes?: ChangeThresholds;
}

/** The seed's pipeline: four stages, key accounts from 500000 (frozen). */
export const DEFAULT_PIPELINE_RULES: PipelineRules = deepFreeze<PipelineRules>({
  stages: [
    {
      key: 'qualify',
      standardDays: 14,
      maxIdleDays: 7,
      requiredFields: ['need', 'contactRole'],
      requiredActivities: { call: 2 },
    },
    {
      key: 'solution',
      standardDays: 21,
      maxIdleDays: 7,
      requiredFields: ['budget', 'decisionMaker'],
      requiredActivities: { visit: 1, demo: 1 },
    },
    {
      key: 'proposal',
      standardDays: 14,
      maxIdleDays: 5,
      requiredFields: ['timeline', 'competitors'],
      requiredActivities: { proposal: 1 },
    },
    {
      key: 'negotiation',
      standardDays: 14,
      maxIdleDays: 5,
      requiredFields: ['procurementProcess'],
      requiredActivities: { visit: 1 },
    },
  ],
  keyAccountMinAmount: 500000,
  thresholds: {
    completenessWarn: 0.8,
    completenessCritical: 0.5,
    cycleWarn: 1.0,
    cycleCritical: 1.5,
    idleCriticalFactor: 2,
  },
});

interface CompiledStage {
  key: string;
  standardDays: number;
  maxIdleDays: number;
  idleCriticalDays: number;
  /** Union of requiredFields of stages 0..k, first appearance order. */
  fields: string[];
  reqTypes: string[];
  reqCounts: number[];
  reqIndex: Map<string, number>;
  reqTotal: number;
}

/** Rules merged with the defaults and prepared for assessment. */
export interface CompiledPipeline {
  rules: PipelineRules;
  stages: CompiledStage[];
  stageIndex: Map<string, number>;
  /** The change-flag thresholds, defaults filled in (issue 14). */
  changes: ChangeThresholds;
}

function compile(rules: PipelineRules, base = 'rules'): CompiledPipeline {
  const th = rules.thresholds;
  const union: string[] = [];
  const seen = new Set<string>();
  const stages = rules.stages.map((s): CompiledStage => {
    for (const f of s.requiredFields) {
      if (!seen.has(f)) {
        seen.add(f);
        union.push(f);
      }
    }
    const reqTypes = Object.keys(s.requiredActivities);
    const reqCounts = reqTypes.map((t) => s.requiredActivities[t]!);
    const idleCriticalDays = s.maxIdleDays * th.idleCriticalFactor;
    if (!Number.isFinite(idleCriticalDays))
      throw new ModelInputError([issue(`${base}.thresholds.idleCriticalFactor`, 'idle_limit', { stage: s.key })]);
    return {
      key: s.key,
      standardDays: s.standardDays,
      maxIdleDays: s.maxIdleDays,
      idleCriticalDays,
      fields: union.slice(),
      reqTypes,
      reqCounts,
      reqIndex: new Map(reqTypes.map((t, i) => [t, i])),
      reqTotal: reqCounts.reduce((a, b) => a + b, 0),
    };
  });
  return {
    rules: deepFreeze(rules),
    stages,
    stageIndex: new Map(stages.map((s, i) => [s.key, i])),
    changes: { ...DEFAULT_CHANGE_THRESHOLDS, ...rules.changes },
  };
}

let defaultCompiled: CompiledPipeline | null = null;
const cache = new WeakMap<object, CompiledPipeline>();

/**
 * Validate partial rules, merge them with DEFAULT_PIPELINE_RULES key by key
 * (thresholds too; a given `stages` list replaces the default stages) and
 * prepare them. The merged rules are frozen; deep-frozen inputs (see
 * deepFreeze) are cached by identity.
 * Throws ModelInputError with paths under `base`.
 */
export function compilePipelineRules(input?: unknown, base = 'rules'): CompiledPipeline {
  if (input === undefined || input === null) return (defaultCompiled ??= compile(DEFAULT_PIPELINE_RULES));
  if (isDeepFrozen(input)) {
    const hit = cache.get(input);
    if (hit) return hit;
  }
  const r = check<PipelineRulesData>(pipelineRules, input, base);
  const d = DEFAULT_PIPELINE_RULES;
  const t = r.thresholds ?? {};
  const rules: PipelineRules = {
    stages: r.stages
      ? r.stages.map((s) => ({
          key: s.key,
          ...(s.label == null ? {} : { label: s.label }),
          standardDays: s.standardDays,
          maxIdleDays: s.maxIdleDays,
          requiredFields: s.requiredFields ?? [],
          requiredActivities: s.requiredActivities ?? {},
        }))
      : d.stages,
    keyAccountMinAmount: r.keyAccountMinAmount ?? d.keyAccountMinAmount,
    // Given only: the contract's merged rules stay as they were without it.
    ...(r.changes == null ? {} : { changes: mergeChanges(r.changes) }),
    thresholds: {
      completenessWarn: t.completenessWarn ?? d.thresholds.completenessWarn,
      completenessCritical: t.completenessCritical ?? d.thresholds.completenessCritical,
      cycleWarn: t.cycleWarn ?? d.thresholds.cycleWarn,
      cycleCritical: t.cycleCritical ?? d.thresholds.cycleCritical,
      idleCriticalFactor: t.idleCriticalFactor ?? d.thresholds.idleCriticalFactor,
    },
  };
  const compiled = compile(rules, base);
  if (isDeepFrozen(input)) cache.set(input, compiled);
  return compiled;
}

/** Change thresholds given (null counts as absent) over the defaults. */
function mergeChanges(c: Partial<Record<keyof ChangeThresholds, number | null | undefined>>): ChangeThresholds {
  const out = { ...DEFAULT_CHANGE_THRESHOLDS };
  for (const k of CHANGE_THRESHOLD_KEYS) {
    const v = c[k];
    if (v != null) out[k] = v;
  }
  return out;
}

/** Partial rules merged with the defaults (what the UI shows as the rules in force). */
export const resolvePipelineRules = (input?: unknown): PipelineRules => compilePipelineRules(input).rules;
