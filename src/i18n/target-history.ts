/** Strings of sales-target-planner's seasonality and productivity from history (docs/models.md §3d); loaded with the history view. */
import { localized } from './registry.js';
import { TARGET_HISTORY as TARGET_HISTORY_EN } from './target-history/en.js';

export type * from './target-history/en.js';

export const TARGET_HISTORY = localized(TARGET_HISTORY_EN, {
  'zh-CN': () => import('./target-history/zh-CN.js').then((m) => m.TARGET_HISTORY),
});
