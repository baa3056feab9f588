/** Strings of the two tiering tables (lead-score-table, customer-value-table). */
import { localized } from './registry.js';
import { TIERING_TABLE as TIERING_TABLE_EN } from './tiering-table/en.js';

export type * from './tiering-table/en.js';

export const TIERING_TABLE = localized(TIERING_TABLE_EN, {
  'zh-CN': () => import('./tiering-table/zh-CN.js').then((m) => m.TIERING_TABLE),
});
