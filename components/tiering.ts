/**
 * The two value-tiering cards and the provider only, for pages that need no
 * other element: built as dist/revops-tiering.iife.js.
 */
export * from './revops-provider/index.js';
export * from './lead-score-card/index.js';
export * from './customer-value-card/index.js';
