/**
 * What makes the risk panel the opportunity alert panel (docs/models.md §2):
 * the model and its rules, the words, the filters (dimension, owner, stage,
 * key accounts), the sorts, the aggregates and the CSV (src/views/risk-opportunity.ts),
 * and the templates of its rows, summary, team view and rule fields.
 */
import {
  assessOpportunities,
  OPPORTUNITY_SIGNAL_CODES,
  resolvePipelineRules,
  type Opportunity,
  type OpportunityRow,
  type OpportunitySummary,
  type PipelineRules,
} from '../../src/models/opportunities.js';
import { nothing } from 'lit';
import { OPPORTUNITY } from '../../src/i18n/opportunity-alerts.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import { opportunityPeopleColumns } from '../../src/export/risk.js';
import { overlayPipelineRules } from '../../src/risk/overlay.js';
import {
  DIMS,
  NO_OPPORTUNITY_AGGREGATES,
  OPPORTUNITY_CSV,
  opportunityAggregates,
  opportunityFieldLabel,
  opportunityMatch,
  opportunitySearchText,
  opportunitySorts,
  type OpportunityAggregates,
} from '../../src/views/risk-opportunity.js';
import type { RiskPanelConfig } from '../shared/risk/risk-config.js';
import {
  opportunityColumns,
  opportunityRowDetail,
  opportunityRowHead,
  opportunitySummary,
  stageLabel,
  planText,
} from './opportunity-row.js';
import { OPPORTUNITY_PLAN } from '../../src/views/plan-kinds.js';
import { lazyView } from '../shared/lazy-view.js';

// Drawn after the first rows (risk-config.ts `later`): the team view and the rules editor's fields.
const teamCode = lazyView(() => import('./opportunity-team-view.js'));
const rulesCode = lazyView(() => import('./opportunity-rules-editor.js'));
const hostOf = (c: { host: unknown }) => c.host as { requestUpdate(): void };

export const OPPORTUNITY_PANEL: RiskPanelConfig<
  unknown,
  OpportunityRow,
  Opportunity,
  PipelineRules,
  OpportunitySummary,
  OpportunityAggregates
> = {
  kind: 'opportunities',
  model: assessOpportunities,
  signalCodes: OPPORTUNITY_SIGNAL_CODES,
  resolveRules: (raw) => resolvePipelineRules(raw),
  overlayRules: overlayPipelineRules,
  /** One opportunity given on its own: it has an id and a stage. */
  isRecord: (v) => v.id !== undefined && v.stage !== undefined,
  words: (loc) => {
    const t = OPPORTUNITY[loc];
    return { title: t.title, listWord: t.listWord, nothingToShow: t.nothingToShow };
  },
  noAggregates: NO_OPPORTUNITY_AGGREGATES,
  aggregate: (c, s) => opportunityAggregates(s.facets, s.list, s.rules, c.loc),
  searchText: opportunitySearchText,
  filterControls: (c) => {
    const t = OPPORTUNITY[c.loc];
    const stages = c.rules?.stages ?? [];
    return [
      {
        key: 'dim',
        label: t.dimension,
        options: [{ value: '', label: t.allDims }, ...DIMS.map((d) => ({ value: d, label: t.dims[d] }))],
      },
      {
        key: 'owner',
        label: t.owner,
        options: [{ value: '', label: t.allOwners }, ...c.aggregates.owners.map((o) => ({ value: o, label: o }))],
      },
      {
        key: 'stage',
        label: t.stage,
        options: [
          { value: '', label: t.allStages },
          ...stages.map((s) => ({ value: s.key, label: stageLabel(c, s.key) })),
        ],
      },
      { key: 'key', label: t.keyOnly },
    ];
  },
  match: (c, filters) => opportunityMatch(c.facets, c.list, filters),
  sortChoices: (c) => {
    const t = OPPORTUNITY[c.loc];
    const labels: Record<string, string> = {
      amount: t.sortAmount,
      cycle: t.sortCycle,
      idle: t.sortIdle,
      name: c.r.sortName,
    };
    return opportunitySorts(c.facets, c.list).map((s) => ({ ...s, label: labels[s.key]! }));
  },
  csvColumns: () => OPPORTUNITY_CSV,
  peopleColumns: (c) =>
    opportunityPeopleColumns(
      OPPORTUNITY[c.loc],
      { r: c.r, a: ACTIONS[c.loc], currency: c.f.currency, signalLabel: (k, b) => c.label('signal', k, b) },
      (k) => stageLabel(c, k),
    ),
  columns: opportunityColumns,
  rowHead: opportunityRowHead,
  rowDetail: opportunityRowDetail,
  summary: opportunitySummary,
  views: (c) => teamCode(hostOf(c))?.teamView(c) ?? nothing,
  prepareViews: (c) => teamCode(hostOf(c))?.prepareTeamView(c),
  plans: {
    kind: OPPORTUNITY_PLAN,
    // Each signal's playbook is titled by the signal: the host's label when it gives one.
    defaults: (loc, label, books) =>
      books.signalPlaybooks(
        Object.fromEntries(
          Object.entries({ ...OPPORTUNITY[loc].signalNames, ...OPPORTUNITY[loc].changeNames }).map(([k, v]) => [
            k,
            label('signal', k, v),
          ]),
        ),
      ),
    codes: (row) => row.signals.map((s) => s.code),
    words: (c, row, rec) => (code) => {
      const s = row.signals.find((x) => x.code === code);
      return s ? planText(c, s, rec) : code;
    },
  },
  rulesFields: (c, rules) => rulesCode(hostOf(c))?.opportunityRulesFields(c, rules) ?? nothing,
  later: [teamCode, rulesCode],
  fieldLabel: (c, path) =>
    opportunityFieldLabel(
      path,
      OPPORTUNITY[c.loc],
      (i) => {
        const stage = c.editorRules(c.rules ?? resolvePipelineRules()).stages[i];
        return stage ? stageLabel(c, stage.key) : undefined;
      },
      (k, b) => c.label('field', k, b),
    ),
  droppedNotice: (c, keys) => {
    const t = OPPORTUNITY[c.loc];
    return t.droppedStages(keys.map((k) => `“${t.stages[k] ?? k}”`).join(', '), keys.length);
  },
  import: {
    kind: 'opportunities',
    stages: (c) => (c.rules ?? resolvePipelineRules()).stages,
    stageLabel: (c, key) => stageLabel(c, key),
  },
};
