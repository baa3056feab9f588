/** Strings of sales-org-designer's organisation over time (docs/models.md §4 extras); loaded with that view. */
import { localized } from './registry.js';
import { ORG_TIMELINE as ORG_TIMELINE_EN } from './org-timeline/en.js';

export type * from './org-timeline/en.js';

export const ORG_TIMELINE = localized(ORG_TIMELINE_EN, {
  'zh-CN': () => import('./org-timeline/zh-CN.js').then((m) => m.ORG_TIMELINE),
});
