/** Strings of <cs-capacity-planner> (model 6). */
import { localized } from './registry.js';
import { CS as CS_EN } from './cs-capacity-planner/en.js';

export type * from './cs-capacity-planner/en.js';

export const CS = localized(CS_EN, {
  'zh-CN': () => import('./cs-capacity-planner/zh-CN.js').then((m) => m.CS),
});
