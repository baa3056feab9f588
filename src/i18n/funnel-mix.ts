/** Strings of funnel-forecast's activity mix (docs/models.md §3a extras); loaded with the mix view. */
import { localized } from './registry.js';
import { FUNNEL_MIX as FUNNEL_MIX_EN } from './funnel-mix/en.js';

export type * from './funnel-mix/en.js';

export const FUNNEL_MIX = localized(FUNNEL_MIX_EN, {
  'zh-CN': () => import('./funnel-mix/zh-CN.js').then((m) => m.FUNNEL_MIX),
});
