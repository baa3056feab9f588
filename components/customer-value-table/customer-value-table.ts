import { CUSTOMER_PRESET } from '../../src/models/presets.js';
import type { TieringTableStrings } from '../../src/i18n/tiering-table.js';
import { TieringTable } from '../shared/tiering-table.js';

/**
 * A list of paying customers scored by the customer tiering model
 * (docs/models.md §1): tier counts and the focus share against the target,
 * a filter by tier, sorting by score, tier, name or any factor, each
 * customer's factor contributions, an export for people (CSV or Excel:
 * words, names, rounded as shown) and the file for the CRM to re-import
 * (codes). Virtualised: 100,000 customers stay responsive. The
 * list comes from `data`, from a CRM export read in the table (import kind
 * `customer-list`, docs/import.md), or from the CRM's own records with a
 * `field-map`.
 *
 * @tag customer-value-table
 * @customElement customer-value-table
 * @summary Score and tier a whole list of customers.
 *
 * @fires {CustomEvent<TieringTableDetail>} revops-change - The list was scored: `detail` is `{ rows, counts, invalid }`.
 * @fires {CustomEvent<TieringTableSelectDetail>} revops-select - A row was opened: its index, id, score and tier.
 * @fires {CustomEvent<InvalidDetail>} revops-invalid - Bad input: `detail` is `{ issues, source }`.
 *
 * @csspart base - The element's frame.
 * @csspart header - The title.
 * @csspart counts - Records per tier and the focus share.
 * @csspart focus-share - The focus share against the target.
 * @csspart toolbar - Filters, sort and export.
 * @csspart export-people - The CSV export for people (headers in words, names for codes, rounded as shown).
 * @csspart export-people-xlsx - The Excel export for people.
 * @csspart export - The CRM re-import file as CSV (machine headers `points_<factor>`, codes).
 * @csspart export-xlsx - The CRM re-import file as .xlsx.
 * @csspart editor - The model editor's disclosure (the editor loads when it is first opened).
 * @csspart model-editor - The model editor: factors, options, bands, tiers, undo/redo.
 * @csspart count - How many rows are shown.
 * @csspart list - The scrolling list.
 * @csspart row - A row's button.
 * @csspart detail - An open row's details.
 * @csspart contributions - The factor contributions of an open row.
 * @csspart error - The alert listing bad fields.
 * @csspart import - The CRM import section (the shared import view: file or paste, mapping, result).
 *
 * @cssprop --revops-list-height - Height of the list (default 28rem).
 * @cssprop --revops-tier-1 - Colour of the highest tier (then --revops-tier-2 … --revops-tier-5).
 */
export class CustomerValueTable extends TieringTable {
  protected readonly preset = CUSTOMER_PRESET;
  protected readonly presetName = 'customer' as const;
  protected readonly routed = false;
  protected static override listKind = 'customer-list' as const;

  protected heading(s: TieringTableStrings): string {
    return s.customerTitle;
  }

  protected listWord(s: TieringTableStrings): string {
    return s.customerList;
  }
}
