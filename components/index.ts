/**
 * revops-elements: every element, defined on import. For one element only,
 * import `revops-elements/<tag>.js`; for the pure models,
 * `revops-elements/models` (with the SQL compiler: also `revops-elements/sql`).
 */
export * from './revops-provider/index.js';
export * from './lead-score-card/index.js';
export * from './customer-value-card/index.js';
export * from './lead-score-table/index.js';
export * from './customer-value-table/index.js';
export * from './opportunity-alert-panel/index.js';
export * from './churn-alert-panel/index.js';
export * from './funnel-forecast/index.js';
export * from './sales-target-planner/index.js';
export * from './sales-org-designer/index.js';
export * from './cs-capacity-planner/index.js';
export * from './lead-flow-monitor/index.js';
// The models without the warehouse SQL compiler (revops-elements/models and revops-elements/sql have it).
export * as models from '../src/models-core.js';
export { setDefaultStore, memoryStore, type KeyValueStore } from '../src/storage/index.js';
