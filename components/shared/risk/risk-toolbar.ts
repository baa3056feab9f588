/**
 * The toolbar of a risk panel's list: the level filter, the panel's own
 * filters (selects and checkboxes), the search field, the sort, "Clear
 * filters" and the CSV and Excel exports.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RiskStrings } from '../../../src/i18n/risk.js';
import { RISK_SORT, type Filters } from '../../../src/views/risk-view.js';
import type { FilterControl, SortChoice } from './risk-config.js';

export interface ToolbarProps {
  r: RiskStrings;
  exportLabel: string;
  filters: Filters;
  controls: readonly FilterControl[];
  sort: string;
  sorts: readonly SortChoice[];
  /** The search field's text. */
  queryInput: string;
  /** The search in force. */
  query: string;
  onFilter: (key: string, value: string) => void;
  onSort: (key: string) => void;
  /** Typing in the search field. */
  onType: (e: Event) => void;
  /** The search field committed (Enter, blur). */
  onSearch: (text: string) => void;
  onClear: () => void;
  onExport: () => void;
  /** The Excel export beside the CSV one, when the panel has tables for people. */
  excelLabel?: string;
  onExcel?: () => void;
}

interface Option {
  value: string;
  label: string;
}

/** A labelled select; a value the options do not hold (a restored filter) is kept as an option of its own. */
function select(id: string, label: string, value: string, options: readonly Option[], on: (v: string) => void) {
  const opts = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return html`<label class="field" for=${id}
    ><span>${label}</span>
    <select id=${id} @change=${(e: Event) => on((e.target as HTMLSelectElement).value)}>
      ${opts.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select></label
  >`;
}

function checkbox(c: FilterControl, checked: boolean, on: (v: string) => void) {
  return html`<label class="check" for="f-${c.key}"
    ><input
      id="f-${c.key}"
      type="checkbox"
      .checked=${checked}
      @change=${(e: Event) => on((e.target as HTMLInputElement).checked ? '1' : '')}
    /><span>${c.label}</span></label
  >`;
}

export function toolbar(o: ToolbarProps): TemplateResult {
  const { r, filters: f } = o;
  const levels: Option[] = [
    { value: '', label: r.allLevels },
    { value: 'risk', label: r.atRisk },
    { value: 'critical', label: r.levels.critical },
    { value: 'warning', label: r.levels.warning },
    { value: 'ok', label: r.levels.ok },
  ];
  const sorts: Option[] = [
    { value: RISK_SORT, label: r.sortRisk },
    ...o.sorts.map((c) => ({ value: c.key, label: c.label })),
  ];
  return html`<div part="filters" class="toolbar" role="group" aria-label=${r.filters}>
    ${select('f-level', r.level, f.level ?? '', levels, (v) => o.onFilter('level', v))}
    ${o.controls.map((c) =>
      c.options
        ? select(`f-${c.key}`, c.label, f[c.key] ?? '', c.options, (v) => o.onFilter(c.key, v))
        : checkbox(c, f[c.key] === '1', (v) => o.onFilter(c.key, v)),
    )}
    <label class="field" for="f-q"
      ><span>${r.search}</span>
      <input
        id="f-q"
        type="search"
        placeholder=${r.searchHint}
        .value=${o.queryInput}
        @input=${o.onType}
        @change=${(e: Event) => o.onSearch((e.target as HTMLInputElement).value)}
    /></label>
    ${select('f-sort', r.sortBy, o.sort, sorts, o.onSort)}
    <span class="spacer"></span>
    ${Object.keys(f).length > 0 || o.query !== '' ? html`<button type="button" @click=${o.onClear}>${r.clearFilters}</button>` : nothing}
    <span class="button-group" data-roving="horizontal"
      ><button type="button" part="export" @click=${o.onExport}>${o.exportLabel}</button
      >${o.onExcel ? html`<button type="button" part="export" @click=${o.onExcel}>${o.excelLabel}</button>` : nothing}</span
    >
  </div>`;
}
