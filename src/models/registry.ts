/**
 * Every model by its command-line name (kebab-case of the function names in docs/models.md). The CLI and
 * any host that dispatches by name use this table.
 */
import { calibrateTiering } from './calibrate.js';
import { assessChurn } from './churn.js';
import { planCsCapacity, planCsSegments } from './cs-capacity.js';
import { deepShareFromTiers } from './cs-tiers.js';
import { forecastFunnel } from './funnel.js';
import { planActivityMix } from './funnel-mix.js';
import { learnFunnelRates } from './funnel-history.js';
import { learnHeadcountInputs } from './history-headcount.js';
import { learnHiringFunnel } from './hiring-funnel.js';
import { planHeadcount } from './headcount.js';
import { analyzeLeadFlow } from './lead-flow.js';
import { analyzeLeadOwners } from './lead-owners.js';
import { assessOpportunities } from './opportunities.js';
import { reviewPlans } from './plans.js';
import { churnOwners, opportunityOwners } from './risk-owners.js';
import { routeLead } from './routing.js';
import { designSalesOrg } from './sales-org.js';
import { projectSalesOrg } from './sales-org-timeline.js';
import { tierCustomer, tierLead, validateTiering } from './tiering.js';

export const MODELS = {
  'tier-lead': tierLead,
  'tier-customer': tierCustomer,
  'validate-tiering': validateTiering,
  'calibrate-tiering': calibrateTiering,
  'route-lead': routeLead,
  'assess-opportunities': assessOpportunities,
  'assess-churn': assessChurn,
  'forecast-funnel': forecastFunnel,
  'plan-activity-mix': planActivityMix,
  'learn-funnel-rates': learnFunnelRates,
  'learn-headcount-inputs': learnHeadcountInputs,
  'learn-hiring-funnel': learnHiringFunnel,
  'plan-headcount': planHeadcount,
  'design-sales-org': designSalesOrg,
  'project-sales-org': projectSalesOrg,
  'plan-cs-capacity': planCsCapacity,
  'plan-cs-segments': planCsSegments,
  'deep-share-from-tiers': deepShareFromTiers,
  'analyze-lead-flow': analyzeLeadFlow,
  'analyze-lead-owners': analyzeLeadOwners,
  'opportunity-owners': opportunityOwners,
  'churn-owners': churnOwners,
  'review-plans': reviewPlans,
} as const satisfies Record<string, (input: unknown) => unknown>;

export type ModelName = keyof typeof MODELS;
