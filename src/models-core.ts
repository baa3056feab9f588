/**
 * The pure model layer without the warehouse SQL compiler: what the element
 * bundles expose as `models` (`RevopsElements.models` in the one-file scripts).
 * `revops-elements/models` (./index.ts) is this plus the SQL compiler.
 * No DOM, no clock, no I/O: the same functions run in the browser, in workers and in Node 20.
 */
export { ModelInputError, isModelInputError, type Issue, type InvalidRow } from './schemas/issues.js';
export { ceilE, floorE, days, dayNumber } from './models/math.js';
export { MODELS, type ModelName } from './models/registry.js';
export { deepFreeze } from './models/freeze.js';
export { LIMITS } from './schemas/limits.js';

// 1. Value tiering
export { LEAD_PRESET, CUSTOMER_PRESET, PRESETS, type PresetName } from './models/presets.js';
export {
  tierLead,
  tierCustomer,
  validateTiering,
  compileModel,
  scoreValues,
  type TierResult,
  type Contribution,
  type TieringValidation,
  type TierStats,
  type CompiledModel,
} from './models/tiering.js';
export { calibrateTiering, type TieringCalibration } from './models/calibrate.js';
export { routeLead, defaultRouteRules, ROUTES, type Route, type RouteResult } from './models/routing.js';
export type {
  TieringModel,
  TieringModelInput,
  Factor,
  Tier,
  FactorValues,
  FactorValue,
  RouteRule,
  HistoryRow,
} from './schemas/tiering.js';

// Signals and levels shared by 2 and 5
export { LEVELS, type Level } from './models/signals.js';

// 2. Opportunity alerts
export {
  assessOpportunities,
  resolvePipelineRules,
  DEFAULT_PIPELINE_RULES,
  OPPORTUNITY_SIGNAL_CODES,
  OPPORTUNITY_DIMENSIONS,
  OPPORTUNITY_SUGGESTIONS,
  SIGNAL_DIMENSION,
  type OpportunityAssessment,
  type OpportunityRow,
  type OpportunitySignal,
  type OpportunitySummary,
  type PipelineRules,
  type PipelineRulesInput,
  type OpportunityInput,
} from './models/opportunities.js';

// 3a, 3b. Sales target forecast
export {
  forecastFunnel,
  type FunnelResult,
  type FunnelTeamResult,
  type FunnelInput,
  type FunnelTeamInput,
} from './models/funnel.js';
export {
  planHeadcount,
  type HeadcountPlan,
  type HeadcountMonth,
  type HeadcountInput,
  type HeadcountDevelopment,
} from './models/headcount.js';
// 3a extras: an activity mix
export {
  planActivityMix,
  type ActivityMixResult,
  type MixPlan,
  type MixActivity,
  type FunnelMixInput,
} from './models/funnel-mix.js';
// 3c. Funnel rates from history
export {
  learnFunnelRates,
  type FunnelHistoryInput,
  type FunnelHistoryResult,
  type HistoryOpportunityInput,
  type LearnedStage,
  type StageRate,
} from './models/funnel-history.js';
// 3d. Seasonality and productivity from history
export {
  learnHeadcountInputs,
  type HeadcountHistoryInput,
  type HeadcountHistoryResult,
  type HeadcountProductivity,
} from './models/history-headcount.js';
// 3b extras. The development and hiring funnel from history
export {
  learnHiringFunnel,
  type HiringFunnelResult,
  type HiringHistoryInput,
  type TenureBucket,
} from './models/hiring-funnel.js';

// 4. Sales organisation
export { designSalesOrg, SALES_ORG_LEVERS, type SalesOrgResult, type SalesOrgInput } from './models/sales-org.js';
export { managersBySpans } from './models/org.js';
export {
  projectSalesOrg,
  type SalesOrgTimeline,
  type SalesOrgMonth,
  type SalesOrgTimelineInput,
} from './models/sales-org-timeline.js';
export {
  readPlanFile,
  scenarioFile,
  SCENARIO_FORMAT,
  type ScenarioFile,
  type PlanFileRead,
} from './models/scenario-file.js';

// 5. Churn early warning
export {
  assessChurn,
  resolveChurnRules,
  DEFAULT_CHURN_RULES,
  CHURN_CAUSES,
  CHURN_SIGNAL_CODES,
  CHURN_ACTIONS,
  type ChurnAssessment,
  type ChurnRow,
  type ChurnSignal,
  type ChurnRules,
  type AccountInput,
} from './models/churn.js';

// 6. Customer-success capacity
export {
  planCsCapacity,
  planCsSegments,
  type CsCapacityResult,
  type CsSegmentsResult,
  type CsCapacityInput,
} from './models/cs-capacity.js';
export {
  deepShareFromTiers,
  type DeepShareInput,
  type DeepShareResult,
  type DeepShareTier,
} from './models/cs-tiers.js';

// 7. Lead flow
export {
  analyzeLeadFlow,
  resolveLeadFlowRules,
  DEFAULT_LEAD_FLOW_RULES,
  POOLS,
  TRANSITION_REASONS,
  type LeadFlowResult,
  type LeadFlowRules,
  type Lead,
} from './models/lead-flow.js';
export { analyzeLeadOwners, type LeadOwnersResult, type OwnerRow, type TeamRow } from './models/lead-owners.js';
export {
  opportunityOwners,
  churnOwners,
  rollUpOwners,
  type OwnerRisk,
  type RepRiskRow,
  type CsmRiskRow,
  type OpportunityOwnersResult,
  type ChurnOwnersResult,
} from './models/risk-owners.js';
export {
  reviewPlans,
  openPlan,
  planAction,
  planTasks,
  type Plan,
  type PlanStep,
  type PlanAction,
  type PlanRow,
  type PlanTask,
  type PlansReview,
} from './models/plans.js';
export { historyFromSnapshots, CHANGE_SIGNAL_CODES, DEFAULT_CHANGE_THRESHOLDS } from './models/opportunity-changes.js';
