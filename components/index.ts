/**
 * revops-elements: every element, defined on import. For one element only,
 * import `revops-elements/<tag>.js`; for the pure models,
 * `revops-elements/models`.
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
export * as models from '../src/index.js';
export { setDefaultStore, memoryStore, type KeyValueStore } from '../src/storage/index.js';
