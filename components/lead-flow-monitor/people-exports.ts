/**
 * The monitor's exports for people (issue 12): the tables of src/export/lead-flow.ts
 * worded from the monitor's context, as CSV or Excel (the workbook writer loads on
 * first use, components/shared/download.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { LeadFlowResult, ReactivationCandidate, Transition } from '../../src/models/lead-flow.js';
import type { LeadOwnersResult } from '../../src/models/lead-owners.js';
import type { TierResult } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { dayCount } from '../../src/i18n/lead-flow.js';
import {
  categoryTable,
  dueTable,
  transferKindsTable,
  transfersTable,
  ownersTable,
  reactivationTable,
  sourceLinesTable,
  sourcesTable,
  type LeadFlowExportWords,
} from '../../src/export/lead-flow.js';
import type { ExportTable } from '../../src/export/table.js';
import type { SourceSort } from '../../src/views/lead-flow-sources.js';
import { tierTitle } from '../../src/views/lead-flow-reactivation.js';
import { downloadTables } from '../shared/download-tables.js';
import type { LeadFlowContext } from './template-context.js';

/** The tabs that export a table for people. */
export type PeopleExport = 'due' | 'sources' | 'owners' | 'reactivation';

/** What the tables are made of: the analysis as the tabs show it. */
export interface PeopleExportState {
  result: LeadFlowResult;
  owners: LeadOwnersResult | null;
  /** The due list of the reason filter. */
  due: readonly Transition[];
  sort: SourceSort | null;
  reactivation: readonly ReactivationCandidate[];
  tiers: ReadonlyMap<unknown, TierResult | null>;
}

export function exportWords(ctx: LeadFlowContext): LeadFlowExportWords {
  return {
    t: ctx.t,
    rules: ctx.rules,
    currency: ctx.fmt.currency,
    sla: dayCount(ctx.locale, ctx.rules.followUpSlaDays),
    yes: ctx.actions.yes,
    no: ctx.actions.no,
    label: ctx.label,
    field: ctx.field,
  };
}

/** The tables of one tab's export (the sources tab gives the sources, then one row per source and line). */
export function peopleTables(ctx: LeadFlowContext, which: PeopleExport, s: PeopleExportState): ExportTable[] {
  const w = exportWords(ctx);
  switch (which) {
    case 'due':
      return [dueTable(s.due, w)];
    case 'sources':
      return [sourcesTable(s.result, s.sort, w), sourceLinesTable(s.result, s.sort, w)];
    case 'owners':
      return [
        ...(s.owners ? [ownersTable(s.owners, w)] : []),
        ...(s.result.transfers
          ? [transfersTable(s.result.transfers, w), transferKindsTable(s.result.transfers, w)]
          : []),
      ];
    case 'reactivation': {
      const byCategory = s.result.reactivationByCategory;
      const tierName = (tr: TierResult) => tierTitle(tr, ctx.t.tierNames, LEAD_PRESET.tiers);
      const candidates = reactivationTable(s.reactivation, s.tiers, tierName, w, byCategory !== undefined);
      return byCategory ? [candidates, categoryTable(byCategory, w)] : [candidates];
    }
  }
}

/** The file names: what the tab holds and the as-of day, like the CRM exports. */
export const EXPORT_NAMES: Record<PeopleExport, string> = {
  due: 'lead-transitions',
  sources: 'lead-sources',
  owners: 'lead-owners',
  reactivation: 'lead-reactivation',
};

export function downloadPeople(
  ctx: LeadFlowContext,
  which: PeopleExport,
  s: PeopleExportState,
  asOf: string,
  format: 'csv' | 'xlsx',
): Promise<void> {
  return downloadTables(`${EXPORT_NAMES[which]}-${asOf || 'today'}`, peopleTables(ctx, which, s), format);
}

/**
 * A tab's export buttons: CSV and Excel for people (the table as shown), and
 * `extra` (the due list's JSON for the CRM). `id`s: `export-<which>-csv`, `export-<which>-xlsx`.
 */
export function exportButtons(
  { t, actions }: LeadFlowContext,
  which: PeopleExport,
  disabled: boolean,
  onExport: (format: 'csv' | 'xlsx') => void,
  extra: TemplateResult | string = '',
): TemplateResult {
  return html`<div class="row exports" role="group" aria-label=${t.exportsLabel} data-roving="horizontal">
    <button type="button" id="export-${which}-csv" ?disabled=${disabled} @click=${() => onExport('csv')}>
      ${actions.exportCsv}
    </button>
    <button type="button" id="export-${which}-xlsx" ?disabled=${disabled} @click=${() => onExport('xlsx')}>
      ${actions.exportXlsx}
    </button>
    ${extra}
  </div>`;
}
