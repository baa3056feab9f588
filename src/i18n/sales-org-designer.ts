/** Strings of <sales-org-designer> (model 4). */
import { localized } from './registry.js';
import { SALES_ORG as SALES_ORG_EN } from './sales-org-designer/en.js';

export type * from './sales-org-designer/en.js';

export const SALES_ORG = localized(SALES_ORG_EN, {
  'zh-CN': () => import('./sales-org-designer/zh-CN.js').then((m) => m.SALES_ORG),
});
