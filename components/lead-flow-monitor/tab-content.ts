/**
 * What each tab panel of lead-flow-monitor holds: the element gives the
 * state of each tab on demand (`TabHost`), this module picks the template.
 */
import { html, nothing } from 'lit';
import type { LeadFlowResult } from '../../src/models/lead-flow.js';
import type { LeadOwnersResult } from '../../src/models/lead-owners.js';
import type { LeadFlowTab } from '../../src/i18n/lead-flow.js';
import type { LeadFlowContext } from './template-context.js';
import { renderNoData } from './tabs.js';
import { renderPoolsTab, type DueList } from './pools-tab.js';
import { renderSourcesTab, type SourcesSort } from './sources-tab.js';
import { renderOwnersTab } from './owners-tab.js';
import { renderReactivationTab, type ReactivationList } from './reactivation-tab.js';
import { renderRulesTab, type RulesEditor } from './rules-tab.js';
import { renderImportTab, type ImportPanel } from './import-tab.js';

/** Each tab's state, built only for the tab being rendered. */
export interface TabHost {
  /** The first analysis is on its way (no "no data" pointer yet). */
  waiting: boolean;
  goImport(): void;
  due(): DueList;
  /** The owners' roll-up while the Owners tab is shown (undefined for its hidden panel: computed on first read). */
  owners(): LeadOwnersResult | undefined;
  exportOwners(format: 'csv' | 'xlsx'): void;
  /** The transfers templates once loaded (only asked for with transfers, on the flow and Owners tabs). */
  transfers(): typeof import('./transfers-view.js') | undefined;
  sorting(): SourcesSort;
  /** The view has a period and only channel costs (which cover all dates): ROI is not shown. */
  costsCoverAllDates(): boolean;
  exportSources(format: 'csv' | 'xlsx'): void;
  reactivation(r: LeadFlowResult): ReactivationList;
  rules(r: LeadFlowResult | undefined): RulesEditor;
  importPanel(): ImportPanel;
}

export function renderTabContent(
  ctx: LeadFlowContext,
  tab: LeadFlowTab,
  r: LeadFlowResult | undefined,
  host: TabHost,
): unknown {
  if (tab === 'rules') return renderRulesTab(ctx, host.rules(r));
  if (tab === 'data') return renderImportTab(ctx, host.importPanel());
  if (!r) return host.waiting ? nothing : renderNoData(ctx, host.goImport);
  if (tab === 'flow')
    return renderPoolsTab(
      ctx,
      r,
      host.due(),
      r.transfers ? host.transfers()?.renderTransferFlows(ctx, r.transfers) : undefined,
    );
  if (tab === 'owners') {
    const owners = host.owners();
    if (!r.transfers) return owners ? renderOwnersTab(ctx, owners, host.exportOwners) : nothing;
    const view = host.transfers();
    return html`${owners ? renderOwnersTab(ctx, owners, host.exportOwners) : nothing}
    ${view ? view.renderTransfers(ctx, r.transfers) : nothing}`;
  }
  if (tab === 'sources') return renderSourcesTab(ctx, r, host.sorting(), host.costsCoverAllDates(), host.exportSources);
  return renderReactivationTab(ctx, host.reactivation(r));
}
