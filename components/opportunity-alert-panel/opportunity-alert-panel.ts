import type {
  Opportunity,
  OpportunityRow,
  OpportunitySignal,
  OpportunitySummary,
  PipelineRules,
} from '../../src/models/opportunities.js';
import type { OpportunityAggregates } from '../../src/views/risk-opportunity.js';
import { RiskPanel } from '../shared/risk/risk-panel.js';
import type { RiskSelectDetail } from '../shared/risk/risk-config.js';
import { OPPORTUNITY_PANEL } from './opportunity-config.js';
import { signalText, stageLabel } from './opportunity-row.js';
import { opportunityPanelStyles } from './opportunity-alert-panel.styles.js';

export { parseActivities } from '../../src/views/risk-opportunity.js';

/** Detail of `revops-select` on `<opportunity-alert-panel>`. */
export type OpportunitySelectDetail = RiskSelectDetail<OpportunityRow, Opportunity>;

/**
 * Opportunity alerts (商机预警) for a pipeline or a single opportunity: each
 * opportunity checked on information completeness, follow-up actions and
 * stage cycle, with levels, signals and suggested responses; key accounts
 * get a response plan (预案). A header with counts per level, the amount at
 * risk and key accounts at risk; a filterable, sortable, virtualised list
 * whose rows open with the keyboard; a team chart of days in stage against
 * the standard; a rules editor; CSV export. One opportunity (the object
 * itself, `{ asOf, ...opportunity }`, or a list of one) renders as a compact
 * card for a record page.
 *
 * Input (`data`): `{ asOf?, opportunities: [...], rules? }` as in docs/models.md
 * §2, the list alone, or one opportunity. Without `asOf` the panel uses
 * today's UTC date and says so. Rules: the host's (the `model` channel, else
 * `data.rules`, else the defaults) with the values the user changed in the
 * editor on top.
 *
 * @tag opportunity-alert-panel
 * @customElement opportunity-alert-panel
 * @summary Opportunity alerts: levels, signals by dimension, suggestions, response plans, team view, rules editor, CSV.
 *
 * @fires revops-change - A new assessment: `detail` is the assessOpportunities output `{ rows, summary, invalid }` (for a list assessed in the worker, `rows` is built when first read).
 * @fires revops-select - A row was opened, or the card's head activated: `detail` is `{ id, result, index, record }` (the model row, its input index and input row).
 * @fires revops-invalid - Input could not be used (`detail.source` data, model or rules), or some rows could not (`source: 'rows'`, paths like `opportunities.3.amount`, the model's messages).
 * @fires revops-plan-change - A plan people own changed (issue 14): `detail` is `{ rowKey, record, change, plan }` — the opportunity's id, what changed (`open`, `assign`, `due`, `step`, `review`, `close`, `reopen`) and the plan after it (owner, due date, a status per step, review note), for the CRM to create or update tasks. Also as `revopsplanchange`.
 *
 * @csspart base - The panel frame.
 * @csspart header - Title and the as-of date.
 * @csspart as-of - The date the assessment is as of.
 * @csspart summary - Counts, amount at risk, key accounts at risk, rows assessed.
 * @csspart counts - Counts per level.
 * @csspart amount-at-risk - The amount at risk.
 * @csspart key-at-risk - Key accounts at risk (count · amount).
 * @csspart assessed - Rows assessed and rows skipped.
 * @csspart invalid - Rows that could not be assessed, with their field paths.
 * @csspart filters - Filters, search, sort and export.
 * @csspart count - How many rows are shown.
 * @csspart list - The scrolling list.
 * @csspart row - A row's button (opens the row), or the card's head.
 * @csspart level - A level badge.
 * @csspart detail - An open row's details.
 * @csspart record-plan - A record's plan (owner, due date, steps, review).
 * @csspart plan-overdue - The overdue badge of a record's plan.
 * @csspart plans - The list of plans with their exports.
 * @csspart playbooks - The playbook editor.
 * @csspart card - The compact card for one opportunity.
 * @csspart plan - A key account's response plan.
 * @csspart team - The team view (chart and table).
 * @csspart chart - The team chart.
 * @csspart team-table - The team chart's figures.
 * @csspart import - The CRM import: file picker, drop zone, paste box, column and value mapping, result.
 * @csspart import-mapping - The column mapping step.
 * @csspart import-result - What the import read, skipped (closed deals apart) and noted.
 * @csspart rules - The rules editor.
 * @csspart rules-source - Which rules are in use.
 * @csspart progress - Progress while a large list is assessed.
 * @csspart export - The CSV export button.
 * @csspart empty - Nothing to show (no data, or no rows).
 * @csspart no-match - No row matches the filters.
 * @csspart error - The alert listing bad fields.
 * @csspart loading - Loading status.
 * @csspart notice - Storage notice, or rules changes that were dropped.
 *
 * @cssprop --revops-level-critical - Colour of critical (also --revops-level-warning, --revops-level-ok).
 * @cssprop --revops-color-brand - Brand colour (bars, buttons).
 * @cssprop --revops-list-height - Maximum height of the list before it scrolls (default 28rem).
 * @cssprop --revops-row-height - Height of a closed row (default 2.75rem; --revops-row-height-narrow in narrow containers).
 * @cssprop --revops-font-family - Font stack.
 * @cssprop --revops-radius - Corner radius.
 */
export class OpportunityAlertPanel extends RiskPanel<
  OpportunityRow,
  Opportunity,
  PipelineRules,
  OpportunitySummary,
  OpportunityAggregates
> {
  static override styles = [...RiskPanel.styles, opportunityPanelStyles];

  protected readonly config = OPPORTUNITY_PANEL;

  /** A stage's name: the rules' label, else the UI's name for a standard stage, else its key. */
  stageLabel(key: string): string {
    return stageLabel(this.ctx, key);
  }

  /** A signal's numbers in words. */
  signalText(s: OpportunitySignal): string {
    return signalText(this.ctx, s);
  }
}
