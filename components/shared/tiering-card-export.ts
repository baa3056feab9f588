/**
 * A tiering card's export for people: two buttons (CSV, Excel) in one tab stop, and the download. The
 * tables (summary, contribution of each factor) are built by ./tiering-people-export.ts, loaded on the
 * first click so the tiering script's first file does not carry them.
 */
import { html, type TemplateResult } from 'lit';
import type { CompiledModel, TierResult } from '../../src/models/tiering.js';
import type { ExportTable } from '../../src/export/table.js';
import type { ActionStrings } from '../../src/i18n/actions.js';
import type { TieringStrings } from '../../src/i18n/tiering.js';
import type { PeopleExportContext } from './tiering-people-export.js';

export interface CardExportView extends PeopleExportContext {
  t: TieringStrings;
  actions: ActionStrings;
  /** The file name without extension. */
  base: string;
  record: string;
  result: TierResult;
  compiled: CompiledModel;
  /** The lead card's route and reason; null for a card that does not route. */
  routing: { route: string | null; reason: string | null } | null;
}

/** The card's tables for people: its summary, then the contribution of each factor. */
export async function cardPeopleTables(v: CardExportView): Promise<ExportTable[]> {
  const m = await import('./tiering-people-export.js');
  return m.cardPeopleTables(v, v.record, v.result, v.compiled, v.routing);
}

// The CSV writer (d3-dsv) comes with the module too: the card's first file has none.
export async function downloadCardPeople(v: CardExportView, format: 'csv' | 'xlsx'): Promise<void> {
  const m = await import('./tiering-people-export.js');
  await m.downloadPeople(v.base, m.cardPeopleTables(v, v.record, v.result, v.compiled, v.routing), format);
}

export function renderCardExport(v: CardExportView): TemplateResult {
  return html`<div
    part="people-export"
    class="button-group"
    role="group"
    aria-label=${v.t.peopleExport}
    data-roving="horizontal"
  >
    <button type="button" id="export-people" @click=${() => void downloadCardPeople(v, 'csv')}>
      ${v.actions.exportCsv}
    </button>
    <button type="button" id="export-people-xlsx" @click=${() => void downloadCardPeople(v, 'xlsx')}>
      ${v.actions.exportXlsx}
    </button>
  </div>`;
}
