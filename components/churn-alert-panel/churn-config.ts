/**
 * What makes the risk panel the churn alert panel (docs/models.md §5): the model
 * and its rules, the words, the filters (cause, value tier, renewing soon),
 * the sorts, the aggregates and the CSV (src/views/risk-churn.ts), and the
 * templates of its rows, summary, value × risk view and rule fields.
 */
import { ACTIONS } from '../../src/i18n/actions.js';
import { churnPeopleColumns } from '../../src/export/risk.js';
import { html } from 'lit';
import {
  assessChurn,
  CHURN_CAUSES,
  CHURN_SIGNAL_CODES,
  resolveChurnRules,
  type Account,
  type ChurnRow,
  type ChurnRules,
  type ChurnSummary,
} from '../../src/models/churn.js';
import { CHURN } from '../../src/i18n/churn-alerts.js';
import { sortTiers } from '../../src/charts/risk-grid.js';
import { overlayChurnRules } from '../../src/risk/overlay.js';
import {
  churnAggregates,
  churnCsv,
  churnFieldLabel,
  churnMatch,
  churnSorts,
  NO_CHURN_AGGREGATES,
  type ChurnAggregates,
} from '../../src/views/risk-churn.js';
import type { FilterControl, RiskPanelConfig } from '../shared/risk/risk-config.js';
import { numberField } from '../shared/risk/rules-editor.js';
import { churnColumns, churnRowHead, churnSummary, tierOf, type ChurnHost } from './churn-row.js';
import { churnRowDetail } from './churn-detail.js';
import { ACT_FIRST_SORT } from '../../src/views/churn-act-first.js';
import { lazyView } from '../shared/lazy-view.js';
import { CHURN_PLAN } from '../../src/views/plan-kinds.js';
import { DRAWER } from '../shared/risk/drawer-view.js';

// Drawn after the first rows (risk-config.ts `later`): the value × risk grid and the CSM roll-up.
const gridCode = lazyView(() => import('./churn-grid-view.js'));
const csmCode = lazyView(() => import('./churn-csm-view.js'));

/** Rules shown as percentages in the editor. */
const PERCENT: ReadonlySet<keyof ChurnRules> = new Set([
  'usageDropWarn',
  'usageDropCritical',
  'activeUsersDropWarn',
  'activeUsersDropCritical',
  'lowUsageRate',
]);
/** Rules that take whole numbers. */
const WHOLE: ReadonlySet<keyof ChurnRules> = new Set(['usageLookbackMonths']);
const RULE_KEYS = Object.keys(resolveChurnRules()) as (keyof ChurnRules)[];

export const CHURN_PANEL: RiskPanelConfig<ChurnHost, ChurnRow, Account, ChurnRules, ChurnSummary, ChurnAggregates> = {
  kind: 'accounts',
  model: assessChurn,
  signalCodes: CHURN_SIGNAL_CODES,
  resolveRules: (raw) => resolveChurnRules(raw),
  overlayRules: overlayChurnRules,
  /** One account given on its own: an object with an id (and no `accounts` list). */
  isRecord: (v) => v.id !== undefined,
  words: (loc) => {
    const t = CHURN[loc];
    return { title: t.title, listWord: t.listWord, nothingToShow: t.nothingToShow };
  },
  noAggregates: NO_CHURN_AGGREGATES,
  aggregate: (c, s) => churnAggregates(s.facets, s.list, (rec) => tierOf(c, rec), undefined, c.loc),
  aggregateDeps: (c) => [c.host.tiers],
  displayDeps: (c) => [c.host.tierOrder, c.host.context?.models],
  searchText: () => '',
  filterControls: (c) => {
    const t = CHURN[c.loc];
    const out: FilterControl[] = [
      {
        key: 'cause',
        label: t.cause,
        options: [{ value: '', label: t.allCauses }, ...CHURN_CAUSES.map((k) => ({ value: k, label: t.causes[k] }))],
      },
    ];
    const tiers = c.aggregates.tierKeys;
    if (tiers.length)
      out.push({
        key: 'tier',
        label: t.tier,
        options: [
          { value: '', label: t.allTiers },
          ...sortTiers(tiers, c.host.tierOrderKeys()).map((k) => ({ value: k, label: k })),
          { value: '-', label: t.noTier },
        ],
      });
    const owners = c.aggregates.owners;
    if (owners.length)
      out.push({
        key: 'owner',
        label: t.csm,
        options: [
          { value: '', label: t.allCsms },
          ...owners.map((o) => ({ value: o, label: o })),
          { value: '-', label: t.noCsm },
        ],
      });
    out.push({ key: 'renewal', label: t.renewalOnly });
    return out;
  },
  match: (c, filters) => churnMatch(c.facets, c.aggregates, filters),
  // Act first (renewal urgency × ARR × level, docs/models.md §5) until the user picks another order.
  defaultSort: ACT_FIRST_SORT,
  // The details open in a side drawer: the list stays in view.
  drawer: DRAWER,
  sortChoices: (c) => {
    const t = CHURN[c.loc];
    const labels: Record<string, string> = {
      [ACT_FIRST_SORT]: t.sortActFirst,
      arr: t.sortArr,
      renewal: t.sortRenewal,
      name: c.r.sortName,
    };
    return churnSorts(c.facets, c.list).map((s) => ({ ...s, label: labels[s.key]! }));
  },
  csvColumns: (c) => churnCsv((rec) => tierOf(c, rec)),
  peopleColumns: (c) =>
    churnPeopleColumns(
      CHURN[c.loc],
      { r: c.r, a: ACTIONS[c.loc], currency: c.f.currency, signalLabel: (k, b) => c.label('signal', k, b) },
      (rec) => tierOf(c, rec),
    ),
  columns: churnColumns,
  rowHead: churnRowHead,
  rowDetail: (c, row, rec) => churnRowDetail(c, row, rec),
  summary: churnSummary,
  views: (c) => html`${gridCode(c.host)?.gridView(c)}${csmCode(c.host)?.csmView(c)}`,
  later: [gridCode, csmCode],
  plans: {
    kind: CHURN_PLAN,
    defaults: (loc, _label, books) => books.playbooksOf(CHURN[loc].actions),
    codes: (row) => row.actions,
    words: (c) => (code) => CHURN[c.loc].actions[code as ChurnRow['actions'][number]]?.title ?? code,
  },
  rulesFields: (c, rules) => {
    const names = CHURN[c.loc].rulesNames;
    return html`<div class="grid">
      ${RULE_KEYS.map((k) =>
        numberField({
          id: `r-${k}`,
          label: names[k],
          value: rules[k],
          invalid: c.badRule(`rules.${k}`),
          set: (v) => c.tuneAt([k], v),
          scale: PERCENT.has(k) ? 100 : 1,
          step: WHOLE.has(k) ? '1' : 'any',
        }),
      )}
    </div>`;
  },
  fieldLabel: (c, path) => churnFieldLabel(path, CHURN[c.loc]),
  import: { kind: 'accounts', usage: true },
};
