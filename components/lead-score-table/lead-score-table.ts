import { property } from 'lit/decorators.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import type { RouteRule } from '../../src/schemas/tiering.js';
import type { TieringTableStrings } from '../../src/i18n/tiering-table.js';
import { jsonConverter } from '../shared/json-source.js';
import { TieringTable } from '../shared/tiering-table.js';

/**
 * A list of leads scored and routed by the lead tiering model (docs/models.md §1):
 * tier counts and the focus share against the target, filters by tier and
 * route, sorting by score, tier, route, name or any factor, each lead's
 * factor contributions, an export for people (CSV or Excel: words, names,
 * rounded as shown) and the file for the CRM to re-import (codes). Virtualised: 100,000 leads stay responsive. The list
 * comes from `data`, from a CRM export read in the table (import kind
 * `lead-list`, docs/import.md), or from the CRM's own records with a `field-map`.
 *
 * @tag lead-score-table
 * @customElement lead-score-table
 * @summary Score, tier and route a whole list of leads.
 *
 * @fires {CustomEvent<TieringTableDetail>} revops-change - The list was scored: `detail` is `{ rows, counts, invalid }`.
 * @fires {CustomEvent<TieringTableSelectDetail>} revops-select - A row was opened: its index, id, score, tier, route and reason.
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
export class LeadScoreTable extends TieringTable {
  /** Routing rules (docs/models.md RouteRule[]) replacing the default ones; JSON attribute or property. */
  @property({ converter: jsonConverter }) rules?: RouteRule[];

  protected readonly preset = LEAD_PRESET;
  protected readonly presetName = 'lead' as const;
  protected readonly routed = true;

  protected heading(s: TieringTableStrings): string {
    return s.leadTitle;
  }

  protected listWord(s: TieringTableStrings): string {
    return s.leadList;
  }

  protected override rulesInput(): unknown {
    return this.rules;
  }

  protected override computeProps(): readonly string[] {
    return [...super.computeProps(), 'rules'];
  }
}
