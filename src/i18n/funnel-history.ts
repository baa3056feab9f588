/** Strings of funnel-forecast's rates from history (docs/models.md §3c); loaded with the history view. */
import { localized } from './registry.js';
import { FUNNEL_HISTORY as FUNNEL_HISTORY_EN } from './funnel-history/en.js';

export type * from './funnel-history/en.js';

export const FUNNEL_HISTORY = localized(FUNNEL_HISTORY_EN, {
  'zh-CN': () => import('./funnel-history/zh-CN.js').then((m) => m.FUNNEL_HISTORY),
});
