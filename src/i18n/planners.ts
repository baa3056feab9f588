/**
 * Strings every planner shares (funnel-forecast, sales-target-planner,
 * sales-org-designer, cs-capacity-planner). Kept short: funnel-forecast
 * carries them within a 30 KB budget. Each planner's own strings live in its
 * own module.
 */
import { localized } from './registry.js';
import { PLANNER as PLANNER_EN } from './planners/en.js';

export type * from './planners/en.js';

export const PLANNER = localized(PLANNER_EN, {
  'zh-CN': () => import('./planners/zh-CN.js').then((m) => m.PLANNER),
});
