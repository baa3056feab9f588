/**
 * lead-flow-monitor's tab state: which tab is shown, each list's page, filter
 * and sort, what the last analysis left for the tables, and each tab's state
 * on demand for tab-content.ts. The element (lead-flow-monitor.ts) holds the
 * API, the analysis and the page frame.
 */
import { nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { LeadFlowResult, LeadFlowRules } from '../../src/models/lead-flow.js';
import type { LeadOwnersResult } from '../../src/models/lead-owners.js';
import type { Campaign, TransitionReason } from '../../src/schemas/lead-flow.js';
import type { Issue } from '../../src/schemas/issues.js';
import type { LeadFlowTab } from '../../src/i18n/lead-flow.js';
import {
  costSources,
  periodInForce,
  type ChannelCosts,
  type PeriodCosts,
  type RuleKey,
} from '../../src/views/lead-flow-input.js';
import { campaignShown, LeadIndexer, setCampaignRange, type LeadIndex } from '../../src/views/lead-flow-leads.js';
import { ReactivationRanking } from '../../src/views/lead-flow-reactivation.js';
import { dueOfReason } from '../../src/views/lead-flow-pools.js';
import type { RowIssue } from '../../src/views/lead-flow-rows.js';
import type { SourceSort } from '../../src/views/lead-flow-sources.js';
import { RevopsElement } from '../shared/revops-element.js';
import type { ImportController } from '../shared/import/import-controller.js';
import type { PeopleExport } from './people-exports.js';
import type { LeadInput } from './lead-flow-reader.js';
import type { LeadSource } from './lead-source.js';
import type { LeadFlowEdits } from './edits-controller.js';
import type { TabHost } from './tab-content.js';
import { ordersView, transfersView } from './load-orders.js';

/** Leads indexed a task ahead of the hidden panels (about 10–20 ms). */
const INDEX_STEP = 16_384;

export abstract class LeadFlowTabs extends RevopsElement {
  declare period?: string | null;
  declare pageSize: number;
  declare result?: LeadFlowResult;
  abstract get owners(): LeadOwnersResult | undefined;
  abstract set owners(v: LeadOwnersResult | undefined);
  declare rules: LeadFlowRules;
  declare readonly importer: ImportController;
  protected abstract readonly source: LeadSource;
  protected abstract readonly edits: LeadFlowEdits;

  @state() protected tab: LeadFlowTab = 'flow';
  @state() protected loaded?: { text: string; label: string };
  @state() protected reasonFilter: TransitionReason | '' = '';
  @state() protected duePage = 0;
  @state() protected reactPage = 0;
  @state() protected skippedPage = 0;
  @state() protected sort: SourceSort | null = null;
  @state() protected waiting = false;
  @state() protected empty = false;
  @state() protected jsonIssues: Issue[] = [];
  protected input?: LeadInput;
  protected inputLabel = '';
  protected rowIssues: RowIssue[] = [];
  /** The leads of the last analysis; indexed when first read (a shown table, an export), not before the first paint. */
  protected indexed: readonly unknown[] | null = null;
  private indexer = new LeadIndexer([]);
  private readonly ranking = new ReactivationRanking();
  /** The tiering of the last analysis' reactivation candidates, made when first read (see `ranked`). */
  protected rankingDue: ((ranking: ReactivationRanking) => void) | undefined;
  protected costsInForce: ChannelCosts = {};
  protected periodCostsInForce: PeriodCosts = {};

  abstract setRule(key: RuleKey, value: number | undefined): void;
  abstract setCampaign(campaign: Campaign | null): void;
  abstract setCost(source: string, cost: number | null | undefined): void;
  abstract setPeriodCost(source: string, month: string, cost: number | null | undefined): void;
  abstract resetRules(): void;
  abstract clearLoaded(): void;
  abstract exportPeople(which: PeopleExport, format?: 'csv' | 'xlsx'): Promise<void>;
  abstract selectTab(tab: LeadFlowTab, focus?: boolean): Promise<void>;
  protected abstract download(what: string, ext: 'csv' | 'json', text: string): void;

  /** The leads by id and the campaign facets (a pass over every lead, finished when first read). */
  protected get leads(): LeadIndex {
    return this.leadIndexer().result();
  }

  private leadIndexer(): LeadIndexer {
    const leads = this.indexed ?? [];
    if (this.indexer.leads !== leads) this.indexer = new LeadIndexer(leads);
    return this.indexer;
  }

  /**
   * Index the leads of the last analysis ahead of the first read, `INDEX_STEP` leads a task (hundreds of thousands
   * of leads are a long task in one pass). Resolves when they are indexed or the leads changed.
   */
  protected async indexAhead(): Promise<void> {
    const indexer = this.leadIndexer();
    while (!indexer.step(INDEX_STEP) && indexer === this.indexer) await new Promise((r) => setTimeout(r, 0));
  }

  /** The reactivation candidates tiered and ranked (scored when first read after an analysis). */
  protected get ranked(): ReactivationRanking {
    const due = this.rankingDue;
    this.rankingDue = undefined;
    due?.(this.ranking);
    return this.ranking;
  }

  /** The due transitions of the reason filter. */
  protected dueRows() {
    return this.result ? dueOfReason(this.result.transitions, this.reasonFilter) : [];
  }

  /** Each tab's state on demand (tab-content.ts picks the template). */
  protected tabHost(): TabHost {
    const exportAs = (which: PeopleExport) => (f: 'csv' | 'xlsx') => void this.exportPeople(which, f);
    const ordersOn = this.result?.reactivationByCategory !== undefined;
    const badPaths = new Set(this.issues.map((i) => i.path));
    return {
      waiting: this.waiting,
      goImport: () => void this.selectTab('data', true),
      due: () => ({
        reason: this.reasonFilter,
        page: this.duePage,
        pageSize: this.pageSize,
        setReason: (reason) => {
          this.reasonFilter = reason;
          this.duePage = 0;
        },
        setPage: (p) => (this.duePage = p),
        export: (f) =>
          f === 'json'
            ? this.download('lead-transitions', f, JSON.stringify(this.dueRows(), null, 2))
            : void this.exportPeople('due', f),
      }),
      // The owners' roll-up is a pass over every lead: made when the Owners tab is shown, not for its hidden panel.
      owners: () => (this.tab === 'owners' ? this.owners : undefined),
      exportOwners: exportAs('owners'),
      // The transfers templates load when the flow or Owners tab is shown with an owner history.
      transfers: () => (this.tab === 'owners' || this.tab === 'flow' ? transfersView(this) : undefined),
      sorting: () => ({ sort: this.sort, setSort: (s) => (this.sort = s) }),
      // Channel costs cover all dates; monthly costs give every period its own.
      costsCoverAllDates: () =>
        periodInForce(this.period) !== undefined && !Object.keys(this.periodCostsInForce).length,
      exportSources: exportAs('sources'),
      reactivation: (r) => {
        const campaign = campaignShown(this.edits.rules.campaign, this.rules.reactivation.campaign);
        const ranking = this.ranked;
        return {
          total: r.reactivation.length,
          rows: ranking.rows,
          tiers: ranking.tiers,
          unscored: ranking.unscored,
          campaign,
          facets: this.leads.facets,
          setCampaign: (c) => this.setCampaign(c),
          page: this.reactPage,
          pageSize: this.pageSize,
          setPage: (p) => (this.reactPage = p),
          export: exportAs('reactivation'),
          orders:
            r.reactivationByCategory === undefined
              ? null
              : {
                  byCategory: r.reactivationByCategory,
                  // The past-order templates load when the tab is first shown with such data.
                  view: ordersOn && this.tab === 'reactivation' ? ordersView(this) : undefined,
                  setRange: (k, b, v) => this.setCampaign(setCampaignRange(campaign, k, b, v)),
                  badPaths,
                },
        };
      },
      rules: (r) => ({
        edits: this.edits.rules,
        costEdits: this.edits.costs,
        costs: this.costsInForce,
        periodCosts: this.periodCostsInForce,
        sources: costSources(r?.bySource ?? [], this.costsInForce, this.edits.costs),
        badPaths,
        setRule: (k, v) => this.setRule(k, v),
        setCost: (s, c) => this.setCost(s, c),
        setPeriodCost: (s, m, c) => this.setPeriodCost(s, m, c),
        reset: () => this.resetRules(),
      }),
      importPanel: () => {
        const input = this.result && this.input?.format === 'json' ? this.input : undefined;
        return {
          view: this.source.view(),
          ...(input ? { json: { label: this.inputLabel, n: input.leads.length } } : {}),
          loaded: !!this.loaded || !!this.importer.loaded,
          issues: this.jsonIssues.length ? this.renderIssues(this.jsonIssues, false) : nothing,
          clear: () => this.clearLoaded(),
          history: { view: this.source.historyView(), joined: this.source.joined },
        };
      },
    };
  }
}
