/** Strings of <funnel-forecast> (model 3a). Kept short: the element has a 30 KB budget. */
import { localized } from './registry.js';
import { FUNNEL as FUNNEL_EN } from './funnel-forecast/en.js';

export type * from './funnel-forecast/en.js';

export const FUNNEL = localized(FUNNEL_EN, {
  'zh-CN': () => import('./funnel-forecast/zh-CN.js').then((m) => m.FUNNEL),
});
