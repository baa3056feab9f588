/** Strings the base element itself uses (loading, the alert, storage), in both locales. Element-specific wording lives beside each element's strings; shared action words in actions.ts. */
import { localized } from './registry.js';
import { COMMON as COMMON_EN } from './common/en.js';

export type * from './common/en.js';

export const COMMON = localized(COMMON_EN, {
  'zh-CN': () => import('./common/zh-CN.js').then((m) => m.COMMON),
});
