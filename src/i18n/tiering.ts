/** Strings of the two tiering cards (lead-score-card, customer-value-card). */
import { localized } from './registry.js';
import { TIERING as TIERING_EN } from './tiering/en.js';
import { LEAD_CARD as LEAD_CARD_EN } from './tiering/en.js';
import { CUSTOMER_CARD as CUSTOMER_CARD_EN } from './tiering/en.js';

export type * from './tiering/en.js';

export const TIERING = localized(TIERING_EN, {
  'zh-CN': () => import('./tiering/zh-CN.js').then((m) => m.TIERING),
});

export const LEAD_CARD = localized(LEAD_CARD_EN, {
  'zh-CN': () => import('./tiering/zh-CN.js').then((m) => m.LEAD_CARD),
});

export const CUSTOMER_CARD = localized(CUSTOMER_CARD_EN, {
  'zh-CN': () => import('./tiering/zh-CN.js').then((m) => m.CUSTOMER_CARD),
});
