/** Strings of churn-alert-panel (用户流失预警). */
import { localized } from './registry.js';
import { CHURN as CHURN_EN } from './churn-alerts/en.js';

export type * from './churn-alerts/en.js';

export const CHURN = localized(CHURN_EN, {
  'zh-CN': () => import('./churn-alerts/zh-CN.js').then((m) => m.CHURN),
});
