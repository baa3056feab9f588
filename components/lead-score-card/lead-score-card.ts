import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { tierLead, type TierResult } from '../../src/models/tiering.js';
import { routeLead, type RouteResult } from '../../src/models/routing.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { LEAD_CARD } from '../../src/i18n/tiering.js';
import type { Locale } from '../../src/i18n/format.js';
import type { FactorValues, RouteRule } from '../../src/schemas/tiering.js';
import { TieringCard } from '../shared/tiering-card.js';
import { routeLabel } from '../shared/tiering-labels.js';
import { leadScoreCardStyles } from './lead-score-card.styles.js';
import { jsonConverter, JsonParseFailure } from '../shared/json-source.js';
import { ModelInputError } from '../../src/schemas/issues.js';

/** Detail of `revops-change` on `<lead-score-card>`: the tierLead output plus its routing. */
export type LeadScoreDetail = TierResult & {
  routing: RouteResult;
  /** True when what-if values are applied (not the record as given). */ edited: boolean;
};

/**
 * Scores a lead on the seed's value factors, places it in a tier (A 高价值 …
 * D 低价值), says whether it gets deep personalised follow-up or standardised
 * nurture, and where to route it (field sales, telesales, SDR cleaning,
 * nurture pool) and why. Every factor can be changed in place (what-if),
 * weights and thresholds tuned, and the model checked and calibrated
 * against historical leads.
 *
 * @tag lead-score-card
 * @customElement lead-score-card
 * @summary Lead value score, tier, strategy and routing, with what-if, tuning, validity check and calibration.
 *
 * @fires {CustomEvent<LeadScoreDetail>} revops-change - A new result: `detail` is the tierLead output plus `routing: { route, reason }`.
 * @fires {CustomEvent<InvalidDetail>} revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`, `detail.source` says which input.
 *
 * @csspart base - The card frame.
 * @csspart header - Title row.
 * @csspart summary - Score, tier, strategy and route.
 * @csspart score - The score figure.
 * @csspart tier - The tier badge.
 * @csspart strategy - Follow-up strategy line.
 * @csspart route - Routing line.
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
 * @cssprop --revops-route-color - Colour of the route name.
 */
export class LeadScoreCard extends TieringCard<RouteResult> {
  static override styles = [...TieringCard.styles, leadScoreCardStyles];

  /** Routing rules (docs/models.md RouteRule[]) replacing the default ones; JSON attribute or property. */
  @property({ converter: jsonConverter }) rules?: RouteRule[];

  protected readonly preset = LEAD_PRESET;
  protected readonly presetName = 'lead' as const;

  protected cardStrings(locale: Locale) {
    return LEAD_CARD[locale];
  }

  protected override computeProps(): readonly string[] {
    return [...super.computeProps(), 'rules'];
  }

  protected tier(model: unknown, values: FactorValues, asOf: string): TierResult {
    return tierLead({ model, values, asOf });
  }

  protected computeExtra(
    result: TierResult,
    values: FactorValues,
    model: unknown,
    fields: Readonly<Record<string, unknown>>,
  ): RouteResult {
    const rules: unknown = this.rules;
    if (rules instanceof JsonParseFailure)
      throw new ModelInputError([
        { path: 'rules', message: `rules: ${this.common.jsonAttributeInvalid('rules', rules.message)}` },
      ]);
    return routeLead({ result, values, fields, model, rules: rules ?? undefined });
  }

  protected changeDetail(result: TierResult, routing: RouteResult): Omit<LeadScoreDetail, 'edited'> {
    return { ...result, routing };
  }

  protected override exportRouting(): RouteResult | null {
    return this.extra ?? null;
  }

  protected renderExtra() {
    const r = this.extra;
    if (!r) return nothing;
    const t = this.t;
    if (r.route === null)
      return html`<p part="route" class="route"><span class="weak">${t.route}:</span> ${t.noRoute}</p>`;
    const reason = r.reason === null ? '' : (t.reasons[r.reason] ?? r.reason);
    return html`<p part="route" class="route" data-route=${r.route}>
      <span class="weak">${t.route}:</span> <strong>${routeLabel(t, r.route, this.hostLabel)}</strong>${
        reason ? html` <span class="route-reason">— ${reason}</span>` : nothing
      }
    </p>`;
  }
}
