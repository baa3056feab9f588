/**
 * The code a risk panel loads with the parts it draws after its first rows (later-parts.ts), besides its
 * configuration's own (`RiskPanelConfig.later`): the plans (their state, models, strings and styles), the rules
 * editor's frame, the preparation of a new long view for the views (views-prep.ts) and the people tables' writers
 * (panel-export.ts). None of it is among the files the first rows wait for.
 */
import { lazyView } from '../lazy-view.js';
import { tableWriters } from './panel-export.js';

export const plansCode = lazyView(() => import('../plans/panel-plans.js'));
export const rulesEditorCode = lazyView(() => import('./rules-editor.js'));
export const viewsPrepCode = lazyView(() => import('./views-prep.js'));

/** All the code a panel with configuration `c` loads after its first rows. */
export const laterCode = (c: {
  later?: readonly { loaded(): Promise<void> }[];
  plans?: unknown;
}): { loaded(): Promise<void> }[] => [
  ...(c.later ?? []),
  rulesEditorCode,
  viewsPrepCode,
  tableWriters,
  ...(c.plans ? [plansCode] : []),
];
