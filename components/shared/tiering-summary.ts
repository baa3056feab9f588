/**
 * The tiering cards' summary: the score out of 100, the tier badge, the
 * strategy the tier calls for, the card's own line (route, trend) and a note
 * on the factors the record lacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TierResult } from '../../src/models/tiering.js';
import type { CardStrings, TieringStrings } from '../../src/i18n/tiering.js';
import type { Formatter } from '../../src/i18n/format.js';

/** What the summary shows. */
export interface SummaryView {
  t: TieringStrings;
  card: CardStrings;
  fmt: Formatter;
  /** The tier's badge colour, 1 (top) to 5. */
  tierIndex: (key: string) => number;
  tierLabel: (key: string, label: string) => string;
  factorLabel: (key: string, label: string) => string;
  /** The tier's own strategy from the model (docs/models.md §1 tier strategies), in place of the card's wording. */
  strategy?: string | undefined;
  /** The card's own line under the tier. */
  extra: TemplateResult | typeof nothing;
}

export function renderSummary(v: SummaryView, r: TierResult): TemplateResult {
  const t = v.t;
  const f = v.fmt;
  return html`<div part="summary" class="summary">
    <div class="score-block">
      <span class="weak label">${t.score}</span>
      <span part="score" class="score" aria-label="${t.score} ${f.number(r.score, 1)} / 100"
        >${f.number(r.score, 1)}</span
      >
      <span class="weak out-of">${t.outOf}</span>
    </div>
    <div class="tier-block">
      <span class="weak label">${t.tier}</span>
      <span part="tier" class="badge tier-${v.tierIndex(r.tier)}" data-tier=${r.tier}
        >${r.tier} · ${v.tierLabel(r.tier, r.tierLabel)}</span
      >
    </div>
    <p part="strategy" class="strategy ${r.focus ? 'focus' : ''}">
      <span class="weak">${t.strategy}:</span>
      ${v.strategy ?? (r.focus ? v.card.focusStrategy : v.card.standardStrategy)}
    </p>
    ${
      r.classes
        ? html`<dl part="classes" class="classes" aria-label=${t.classScores}>
            ${r.classes.map(
              (c) =>
                html`<div>
                  <dt>${c.class}</dt>
                  <dd>${t.classPoints(f.number(c.points, 1), f.number(c.maxPoints, 1))}</dd>
                </div>`,
            )}
          </dl>`
        : nothing
    }
    ${v.extra}
    ${
      r.missing.length
        ? html`<p part="missing" class="missing">
            ${t.missingNote(
              r.missing.length,
              f.percent(r.missingWeightShare),
              r.missing.map((k) => v.factorLabel(k, r.contributions.find((c) => c.key === k)?.label ?? k)).join(', '),
            )}
          </p>`
        : nothing
    }
  </div>`;
}
