/**
 * Templates and words of an account row: the header figures, the column
 * headings, a row's head (name and tier, ARR, renewal countdown, level,
 * cause chips); its details are churn-detail.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Account, ChurnRow, ChurnRules, ChurnSignal, ChurnSummary } from '../../src/models/churn.js';
import { worstLevel } from '../../src/models/signals.js';
import { CHURN, type ChurnStrings } from '../../src/i18n/churn-alerts.js';
import { formatMonth } from '../../src/i18n/risk.js';
import { inRenewalWindow } from '../../src/charts/risk-summary.js';
import { tierOfAccount, type ChurnAggregates } from '../../src/views/risk-churn.js';
import type { Assessed, RiskContext } from '../shared/risk/risk-config.js';
import { levelCounts, rowsFigure } from '../shared/risk/risk-header.js';

/** The churn panel's own properties the templates read. */
export interface ChurnHost {
  readonly tiers?: Readonly<Record<string, string>>;
  readonly tierOrder?: string;
  /** Tier keys from the highest value (null: A–Z). */
  tierOrderKeys(): string[] | null;
  readonly context?: { models?: unknown };
  /** Render again (a part whose code loads on first use: lazy-view.ts). */
  requestUpdate(): void;
}

/** What the churn templates read of the panel. */
export type ChurnContext = RiskContext<ChurnHost, ChurnRules, ChurnAggregates>;

const words = (c: ChurnContext): ChurnStrings => CHURN[c.loc];

/** A month of the data (YYYY-MM) in the UI's language. */
export const month = (c: ChurnContext, m: string): string => formatMonth(m, c.loc);

/** The value tier of an account ('' when it has none): the host's tiers win over its own field. */
export const tierOf = (c: ChurnContext, rec: Account): string => tierOfAccount(rec, c.host.tiers);

/** A signal's numbers in words. */
export function signalText(c: ChurnContext, s: ChurnSignal): string {
  const t = words(c);
  const f = c.f;
  switch (s.code) {
    case 'usage-drop':
      return t.drop(
        t.usageRate,
        f.percent(s.detail.latest),
        month(c, s.detail.latestMonth),
        f.percent(s.detail.drop),
        f.percent(s.detail.baseline),
        s.detail.baselinePoints,
      );
    case 'active-users-drop':
      return t.drop(
        t.activeUsers,
        f.integer(s.detail.latest),
        month(c, s.detail.latestMonth),
        f.percent(s.detail.drop),
        f.number(s.detail.baseline, 1),
        s.detail.baselinePoints,
      );
    case 'low-usage':
      return t.lowUsage(f.percent(s.detail.latest), month(c, s.detail.latestMonth), f.percent(s.detail.threshold));
    case 'ticket-spike':
      return t.ticketSpike(
        f.integer(s.detail.last30d),
        f.number(s.detail.baseline30d, 1),
        s.detail.ratio === null ? null : f.number(s.detail.ratio, 2),
      );
    case 'escalation':
      return t.escalation(f.integer(s.detail.escalated));
    case 'detractor':
      return t.detractor(f.number(s.detail.nps, 1));
    case 'low-csat':
      return t.lowCsat(f.number(s.detail.csat, 1));
    case 'payment-overdue':
      return t.paymentOverdue(f.integer(s.detail.overdueDays));
    case 'contact-changed':
      return t.contactChanged;
    case 'renewal-at-risk':
      return t.renewalAtRisk(f.integer(s.detail.daysToRenewal), c.day(s.detail.renewalDate));
    default:
      return t.event(
        f.integer(s.detail.count),
        c.day(s.detail.lastAt),
        f.integer(s.detail.daysAgo),
        f.integer(c.rules?.eventWindowDays),
      );
  }
}

export function churnSummary(
  c: ChurnContext,
  result: Assessed<ChurnRow, ChurnSummary>,
  rows: { assessed: number; skipped: number },
): TemplateResult {
  const t = words(c);
  const f = c.f;
  const renewing = c.aggregates.renewingAtRisk;
  return html`<div part="summary" class="summary">
    ${levelCounts(c.r, f, result.summary)}
    <dl class="figures">
      <div>
        <dt>${t.arrAtRisk}</dt>
        <dd part="arr-at-risk" data-value=${result.summary.arrAtRisk}>${f.money(result.summary.arrAtRisk)}</dd>
      </div>
      <div>
        <dt>${t.renewingAtRiskLabel}</dt>
        <dd part="renewals" data-count=${renewing}>${f.integer(renewing)}</dd>
      </div>
      ${rowsFigure(c.r, f, rows)}
    </dl>
  </div>`;
}

export function churnColumns(c: ChurnContext): TemplateResult {
  const t = words(c);
  return html`<span>${t.name}</span><span class="num">${t.arr}</span><span class="num">${t.renewal}</span
    ><span>${c.r.level}</span><span>${t.causesCol}</span>`;
}

/** Said with the text "renewing soon" too (not colour alone). */
const clock = html`<svg
  class="soon-icon"
  viewBox="0 0 16 16"
  width="12"
  height="12"
  aria-hidden="true"
  focusable="false"
>
  <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
  <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"></path>
</svg>`;

export function churnRowHead(c: ChurnContext, row: ChurnRow, rec: Account): TemplateResult {
  const t = words(c);
  const f = c.f;
  const tier = tierOf(c, rec);
  const d = row.daysToRenewal;
  const soon = inRenewalWindow(d, c.rules?.renewalWindowDays ?? 90);
  return html`<span class="cell name"
      >${rec.name ?? rec.id}${tier ? html`<span class="key" title=${t.tier}><span class="visually-hidden">${t.tier}: </span>${tier}</span>` : nothing}</span
    >
    <span class="cell num arr"><span class="visually-hidden">${t.arr}: </span>${f.money(rec.arr ?? 0)}</span>
    <span class="cell num renewal ${soon ? 'soon' : ''} ${d !== null && d < 0 ? 'past' : ''}" data-days=${d ?? ''}
      ><span class="visually-hidden">${t.renewal}: </span
      >${soon ? clock : nothing}${d === null ? '—' : d >= 0 ? t.renewalShort(f.integer(d)) : t.renewalAgoShort(f.integer(-d))}${
        soon ? html`<span class="visually-hidden"> (${t.renewingSoon})</span>` : nothing
      }</span
    >
    <span class="cell level">${c.levelBadge(row.level)}</span>
    <span class="cell chips"
      >${row.causes.map((cause) => {
        const sig = row.signals.filter((s) => s.cause === cause);
        return html`<span
          class="chip lvl-${worstLevel(sig)}"
          data-cause=${cause}
          title=${sig.map((s) => c.label('signal', s.code, t.signalNames[s.code])).join(', ')}
          >${t.causes[cause]}</span
        >`;
      })}</span
    >`;
}
