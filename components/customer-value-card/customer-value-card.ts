import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { tierCustomer, type TierResult } from '../../src/models/tiering.js';
import { CUSTOMER_PRESET } from '../../src/models/presets.js';
import { CUSTOMER_CARD } from '../../src/i18n/tiering.js';
import type { Locale } from '../../src/i18n/format.js';
import type { FactorValues } from '../../src/schemas/tiering.js';
import { TieringCard } from '../shared/tiering-card.js';
import { customerValueCardStyles } from './customer-value-card.styles.js';

/** Detail of `revops-change` on `<customer-value-card>`: the tierCustomer output plus the change from `previous-score`. */
export type CustomerValueDetail = TierResult & {
  trend: number | null;
  /** True when what-if values are applied. */ edited: boolean;
};

/**
 * Scores a paying customer on tenure, cumulative payment (against the
 * average), users and feature usage (against the average), places it in a
 * tier and says whether it gets deep personalised service or standardised
 * service. With `previous-score` it shows the trend. Same what-if, tuning,
 * validity check and calibration as `<lead-score-card>`.
 *
 * @tag customer-value-card
 * @customElement customer-value-card
 * @summary Customer value score, tier and service strategy, with trend, what-if, tuning, validity check and calibration.
 *
 * @fires {CustomEvent<CustomerValueDetail>} revops-change - A new result: `detail` is the tierCustomer output plus `trend` (score − previous-score, or null).
 * @fires {CustomEvent<InvalidDetail>} revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`, `detail.source` says which input.
 *
 * @csspart base - The card frame.
 * @csspart header - Title row.
 * @csspart summary - Score, tier, strategy and trend.
 * @csspart score - The score figure.
 * @csspart tier - The tier badge.
 * @csspart strategy - Service strategy line.
 * @csspart trend - Trend against the previous score.
 * @csspart missing - Note on missing factors.
 * @csspart error - The alert listing bad fields.
 * @csspart loading - Loading status while `src` or `model-src` is fetched.
 * @csspart notice - Storage notice.
 * @csspart factors - The what-if factor section.
 * @csspart factor-table - The factor table (text alternative of the chart).
 * @csspart chart - The contribution chart.
 * @csspart people-export - The export for people (CSV, Excel): the summary and each factor's contribution, in words.
 * @csspart tuning - Weights and tiers section.
 * @csspart model-source - Which model is in force (preset, the page's, tuned, shared).
 * @csspart validity - Validity check section.
 * @csspart validation - Validity check results.
 * @csspart validity-table - Per-tier table of the validity check.
 * @csspart import-mapping - The history's column mapping (the shared import view).
 * @csspart import-values - The history's value mapping (converted, lifecycle, source).
 * @csspart import-result - What the history import read, skipped and noted.
 * @csspart history-guard - Why the check is refused (no factor column mapped).
 * @csspart history-warning - Few rows or conversions: the check says little.
 * @csspart calibration - Proposed calibration (before/after).
 * @csspart classes - Sub-scores by factor class (when the model's factors have classes).
 * @csspart editor - The model editor's disclosure (the editor loads when it is first opened).
 * @csspart model-editor - The model editor: factors, options, bands, tiers, undo/redo.
 *
 * @cssprop --revops-color-brand - Brand colour (buttons, bars).
 * @cssprop --revops-color-text - Text colour.
 * @cssprop --revops-color-surface - Card background.
 * @cssprop --revops-color-border - Borders.
 * @cssprop --revops-tier-1 - Colour of the highest tier (then --revops-tier-2 … --revops-tier-5).
 * @cssprop --revops-font-family - Font stack.
 * @cssprop --revops-font-size - Base font size.
 * @cssprop --revops-radius - Corner radius.
 * @cssprop --revops-score-font-size - Size of the score figure.
 * @cssprop --revops-trend-up-color - Colour of a rising trend.
 * @cssprop --revops-trend-down-color - Colour of a falling trend.
 */
export class CustomerValueCard extends TieringCard<number | null> {
  static override styles = [...TieringCard.styles, customerValueCardStyles];

  /** The customer's previous score, to show the trend (▲/▼ and the change). */
  @property({ attribute: 'previous-score', type: Number }) previousScore?: number;

  protected readonly preset = CUSTOMER_PRESET;
  protected readonly presetName = 'customer' as const;

  protected cardStrings(locale: Locale) {
    return CUSTOMER_CARD[locale];
  }

  protected override computeProps(): readonly string[] {
    return [...super.computeProps(), 'previousScore'];
  }

  protected tier(model: unknown, values: FactorValues, asOf: string): TierResult {
    return tierCustomer({ model, values, asOf });
  }

  protected computeExtra(result: TierResult): number | null {
    const p = this.previousScore;
    return typeof p === 'number' && Number.isFinite(p) ? result.score - p : null;
  }

  protected changeDetail(result: TierResult, trend: number | null): Omit<CustomerValueDetail, 'edited'> {
    return { ...result, trend };
  }

  protected renderExtra() {
    const d = this.extra;
    if (d === null || d === undefined || this.previousScore === undefined) return nothing;
    const t = this.t;
    const f = this.fmt;
    const prev = f.number(this.previousScore, 1);
    const flat = Math.abs(d) < 0.05;
    const text = flat
      ? t.trendFlat(prev)
      : d > 0
        ? t.trendUp(f.number(d, 1), prev)
        : t.trendDown(f.number(-d, 1), prev);
    return html`<p part="trend" class="trend-line">
      <span class="trend ${flat ? 'flat' : d > 0 ? 'up' : 'down'}" aria-hidden="true"
        >${flat ? '▶' : d > 0 ? '▲' : '▼'} ${f.signed(d, 1)}</span
      >
      <span class="trend-text">${text}</span>
    </p>`;
  }
}
