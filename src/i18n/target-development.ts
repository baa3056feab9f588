/** Strings of sales-target-planner's development and hiring funnel (docs/models.md §3b extras); loaded with that panel. */
import { localized } from './registry.js';
import { TARGET_DEVELOPMENT as TARGET_DEVELOPMENT_EN } from './target-development/en.js';

export type * from './target-development/en.js';

export const TARGET_DEVELOPMENT = localized(TARGET_DEVELOPMENT_EN, {
  'zh-CN': () => import('./target-development/zh-CN.js').then((m) => m.TARGET_DEVELOPMENT),
});
