/** Strings of the plans people own and the playbook editor of the risk panels (issue 14). */
import { localized } from './registry.js';
import { PLANS as PLANS_EN } from './plans/en.js';

export type * from './plans/en.js';

export const PLANS = localized(PLANS_EN, {
  'zh-CN': () => import('./plans/zh-CN.js').then((m) => m.PLANS),
});
