import { property } from 'lit/decorators.js';
import type { Account, ChurnRow, ChurnRules, ChurnSignal, ChurnSummary } from '../../src/models/churn.js';
import { parseTierOrder, tierOrderFromModel } from '../../src/charts/risk-summary.js';
import type { ChurnAggregates } from '../../src/views/risk-churn.js';
import { RiskPanel } from '../shared/risk/risk-panel.js';
import type { RiskSelectDetail } from '../shared/risk/risk-config.js';
import { CHURN_PANEL } from './churn-config.js';
import { signalText, tierOf } from './churn-row.js';
import { churnPanelStyles } from './churn-alert-panel.styles.js';
import { DRAWER } from '../shared/risk/drawer-view.js';

/** Detail of `revops-select` on `<churn-alert-panel>`. */
export type ChurnSelectDetail = RiskSelectDetail<ChurnRow, Account>;

/**
 * Churn early warning (用户流失预警) for customer success: accounts by risk
 * with ARR, renewal countdown, level and likely causes, acting first on the
 * accounts where renewal urgency × ARR × level is highest (docs/models.md §5;
 * the model's order, ARR, renewal and name stay selectable). An open row's
 * details show in a side drawer beside the list (over it in a narrow column;
 * Escape closes it and the focus goes back to the row): the seed's chain
 * cause → symptom → response (原因触发 → 现象异常 → 响应), the playbook, and a
 * usage chart of the measure the symptom names, with its axis and a table. When accounts
 * carry a value tier (a `tier` field, or the `tiers` property fed from
 * `customer-value-card`), a value × risk grid shows where to act first.
 * Filters, keyboard list, rules editor, CSV export and events as in
 * opportunity-alert-panel.
 *
 * Input (`data`): `{ asOf?, accounts: [...], rules? }` as in docs/models.md §5,
 * the list alone, or one account (an object with an `id`, bare or with its
 * `asOf`: the compact card). Without `asOf` the panel uses today's UTC date
 * and says so. Rules: the host's (the `model` channel, else `data.rules`,
 * else the defaults) with the values the user changed on top.
 *
 * Value tiers run highest first in the grid and the tier filter: in the
 * order of the `tier-order` attribute, else of the provider's `customer`
 * tiering model (tiers by minScore descending), else A–Z (natural order).
 *
 * @tag churn-alert-panel
 * @customElement churn-alert-panel
 * @summary Churn early warning: ARR, renewal countdown, causes, cause → symptom → response, playbook, usage sparkline, value × risk grid.
 *
 * @fires revops-change - A new assessment: `detail` is the assessChurn output `{ rows, summary, invalid }`.
 * @fires revops-select - A row was opened, or the card's head activated: `detail` is `{ id, result, index, record }`.
 * @fires revops-invalid - Input could not be used (`detail.source` data, model or rules), or some rows could not (`source: 'rows'`, paths like `accounts.4.csat`, the model's messages).
 * @fires revops-plan-change - A plan people own changed (issue 14): `detail` is `{ rowKey, record, change, plan }` — the account's id, what changed (`open`, `assign`, `due`, `step`, `review`, `close`, `reopen`) and the plan after it (owner, due date, a status per step, review note), for the CRM to create or update tasks. Also as `revopsplanchange`.
 *
 * @csspart base - The panel frame.
 * @csspart header - Title and the as-of date.
 * @csspart as-of - The date the assessment is as of.
 * @csspart summary - Counts, ARR at risk, renewals at risk.
 * @csspart counts - Counts per level.
 * @csspart arr-at-risk - The ARR at risk.
 * @csspart renewals - Accounts renewing soon with signals.
 * @csspart assessed - Rows assessed and rows skipped.
 * @csspart invalid - Rows that could not be assessed, with their field paths.
 * @csspart filters - Filters, search, sort and export.
 * @csspart count - How many rows are shown.
 * @csspart list - The scrolling list.
 * @csspart row - A row's button (opens the row).
 * @csspart level - A level badge.
 * @csspart detail - An open row's details.
 * @csspart drawer - The side drawer with an open row's details (a non-modal dialog; over the list in a narrow column).
 * @csspart drawer-close - The drawer's close button.
 * @csspart record-plan - A record's plan (owner, due date, steps, review).
 * @csspart plan-overdue - The overdue badge of a record's plan.
 * @csspart plans - The list of plans with their exports.
 * @csspart playbooks - The playbook editor.
 * @csspart chain - The cause → symptom → response table.
 * @csspart playbook - The playbook actions.
 * @csspart sparkline - The usage chart (the measure the row's usage signal names; value axis, first and last month).
 * @csspart sparkline-table - The sparkline's figures, month by month.
 * @csspart card - The compact card for one account.
 * @csspart grid - The value × risk view.
 * @csspart grid-table - The grid's figures (and filter buttons).
 * @csspart import - The CRM import: file picker, drop zone, paste box, column and value mapping, result.
 * @csspart import-mapping - The column mapping step.
 * @csspart import-result - What the import read, skipped (closed deals apart) and noted.
 * @csspart import-usage - The optional usage-by-month file.
 * @csspart rules - The rules editor.
 * @csspart rules-source - Which rules are in use.
 * @csspart empty - Nothing to show (no data, or no rows).
 * @csspart no-match - No row matches the filters.
 * @csspart progress - Progress while a large list is assessed.
 * @csspart export - The CSV export button.
 * @csspart error - The alert listing bad fields.
 * @csspart loading - Loading status.
 * @csspart notice - Storage notice.
 *
 * @cssprop --revops-level-critical - Colour of critical (also --revops-level-warning, --revops-level-ok).
 * @cssprop --revops-color-brand - Brand colour (sparkline, grid shade, buttons).
 * @cssprop --revops-list-height - Maximum height of the list before it scrolls (default 28rem).
 * @cssprop --revops-row-height - Height of a closed row (default 2.75rem; --revops-row-height-narrow in narrow containers).
 * @cssprop --revops-font-family - Font stack.
 * @cssprop --revops-radius - Corner radius.
 */
export class ChurnAlertPanel extends RiskPanel<ChurnRow, Account, ChurnRules, ChurnSummary, ChurnAggregates> {
  static override styles = [...RiskPanel.styles, DRAWER.styles, churnPanelStyles];

  protected readonly config = CHURN_PANEL;

  /** Value tier per account id (e.g. from `customer-value-card` results); wins over each account's `tier` field. */
  @property({ attribute: false }) tiers?: Readonly<Record<string, string>>;

  /**
   * Tier keys from the highest value to the lowest (`"Strategic, Growth, Core"`):
   * the order of the value × risk grid and the tier filter. Without it, the
   * provider's `customer` tiering model gives the order (its tiers by minScore
   * descending), else the keys sort A–Z.
   */
  @property({ attribute: 'tier-order' }) tierOrder?: string;

  /** The value tier of an account ('' when it has none). */
  tierOf(rec: Account): string {
    return tierOf(this.ctx, rec);
  }

  /** Tier keys from the highest value: the tier-order attribute, else the provider's customer model, else none (A–Z). */
  tierOrderKeys(): string[] | null {
    return parseTierOrder(this.tierOrder) ?? tierOrderFromModel(this.context?.models?.customer);
  }

  /** A signal's numbers in words. */
  signalText(s: ChurnSignal): string {
    return signalText(this.ctx, s);
  }
}
