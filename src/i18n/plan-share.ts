/** Strings of sharing a headcount plan between the planners (docs/models.md §4 extras); loaded with that view. */
import { localized } from './registry.js';
import { PLAN_SHARE as PLAN_SHARE_EN } from './plan-share/en.js';

export type * from './plan-share/en.js';

export const PLAN_SHARE = localized(PLAN_SHARE_EN, {
  'zh-CN': () => import('./plan-share/zh-CN.js').then((m) => m.PLAN_SHARE),
});
