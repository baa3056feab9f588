/** Strings of lead-flow-monitor (lead operations: pools, flow, channel ROI, reactivation). */
import { localized } from './registry.js';
import { LEAD_FLOW as LEAD_FLOW_EN } from './lead-flow/en.js';

export type * from './lead-flow/en.js';

export { dayCount, formatDay } from './lead-flow/days.js';

export const LEAD_FLOW = localized(LEAD_FLOW_EN, {
  'zh-CN': () => import('./lead-flow/zh-CN.js').then((m) => m.LEAD_FLOW),
});
