/** Action and table words several elements share (buttons, table headings), in both locales. */
import { localized } from './registry.js';
import { ACTIONS as ACTIONS_EN } from './actions/en.js';

export type * from './actions/en.js';

export const ACTIONS = localized(ACTIONS_EN, {
  'zh-CN': () => import('./actions/zh-CN.js').then((m) => m.ACTIONS),
});
