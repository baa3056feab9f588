/** Strings of opportunity-alert-panel (商机预警). */
import { localized } from './registry.js';
import { OPPORTUNITY as OPPORTUNITY_EN } from './opportunity-alerts/en.js';

export type * from './opportunity-alerts/en.js';

export const OPPORTUNITY = localized(OPPORTUNITY_EN, {
  'zh-CN': () => import('./opportunity-alerts/zh-CN.js').then((m) => m.OPPORTUNITY),
});
