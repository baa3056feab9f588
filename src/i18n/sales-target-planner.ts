/** Strings of <sales-target-planner> (model 3b). */
import { localized } from './registry.js';
import { TARGET as TARGET_EN } from './sales-target-planner/en.js';

export type * from './sales-target-planner/en.js';

export const TARGET = localized(TARGET_EN, {
  'zh-CN': () => import('./sales-target-planner/zh-CN.js').then((m) => m.TARGET),
});
