/** Strings of cs-capacity-planner's deep-service share from the tiers (docs/models.md §6 extras); loaded with that view. */
import { localized } from './registry.js';
import { CS_TIERS as CS_TIERS_EN } from './cs-tiers/en.js';

export type * from './cs-tiers/en.js';

export const CS_TIERS = localized(CS_TIERS_EN, {
  'zh-CN': () => import('./cs-tiers/zh-CN.js').then((m) => m.CS_TIERS),
});
