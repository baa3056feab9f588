/**
 * A tiering table's export buttons: the pair for people (words, rounded as shown) and the pair for the CRM
 * to re-import (machine headers, codes), each one tab stop (data-roving) labelled by what its files are for.
 */
import { html, type TemplateResult } from 'lit';
import type { TieringTableStrings } from '../../src/i18n/tiering-table.js';

export interface TableExportsView {
  t: TieringTableStrings;
  /** "Export for people" (the tiering strings) and "Export Excel" (the shared actions). */
  peopleLabel: string;
  excel: string;
  people: (format: 'csv' | 'xlsx') => void;
  crmCsv: () => void;
  crmXlsx: () => void;
}

export function renderTableExports(v: TableExportsView): TemplateResult {
  const { t } = v;
  return html`<span class="button-group" role="group" aria-label=${v.peopleLabel} data-roving="horizontal">
      <button type="button" id="export-people" part="export-people" @click=${() => v.people('csv')}>
        ${t.exportCsv}
      </button>
      <button type="button" id="export-people-xlsx" part="export-people-xlsx" @click=${() => v.people('xlsx')}>
        ${v.excel}
      </button>
    </span>
    <span class="button-group" role="group" aria-label=${t.crmExport} data-roving="horizontal">
      <button type="button" id="export" part="export" @click=${v.crmCsv}>${t.crmCsv}</button>
      <button type="button" id="export-xlsx" part="export-xlsx" @click=${v.crmXlsx}>${t.crmXlsx}</button>
    </span>`;
}
