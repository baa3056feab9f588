import { html, nothing, type TemplateResult } from 'lit';
import type { LeadFlowResult } from '../../src/models/lead-flow.js';
import { POOLS } from '../../src/schemas/lead-flow.js';
import { dayCount, formatDay } from '../../src/i18n/lead-flow.js';
import { PERIOD_CHOICES, periodDays, type PeriodChoice } from '../../src/views/lead-flow-input.js';
import { dueByPool } from '../../src/views/lead-flow-pools.js';
import type { LeadFlowContext } from './template-context.js';

/**
 * The period switch (a radio group) and the window it counts: the creation
 * days of the period, ending one follow-up SLA before the as-of date.
 */
export function renderPeriod(
  ctx: LeadFlowContext,
  current: PeriodChoice,
  asOf: string | undefined,
  choose: (p: PeriodChoice) => void,
): TemplateResult {
  const { t, locale, rules } = ctx;
  const sla = rules.followUpSlaDays;
  const w = periodDays(current, asOf, sla);
  const window = w
    ? t.periodWindow(formatDay(locale, w.from), formatDay(locale, w.to), dayCount(locale, sla))
    : t.periodAll;
  return html`<fieldset part="period" class="period">
    <legend>${t.period}</legend>
    <div class="seg">
      ${PERIOD_CHOICES.map(
        (p) =>
          html`<label
            ><input type="radio" name="period" value=${p} .checked=${p === current} @change=${() => choose(p)} />${
              t.periods[p]
            }</label
          >`,
      )}
    </div>
    <p class="weak" id="period-window">${window} ${t.periodScope}</p>
  </fieldset>`;
}

/** Pool counts with what is due out of and into each, and the totals; `label` names a loaded export. */
export function renderSummary({ t, fmt: f }: LeadFlowContext, r: LeadFlowResult, label: string): TemplateResult {
  const due = dueByPool(r.transitions);
  const total = POOLS.reduce((s, p) => s + r.pools[p], 0);
  const moves = (p: (typeof POOLS)[number]) =>
    p === 'blacklist'
      ? t.manualOnly
      : [due[p].out ? t.dueOut(f.integer(due[p].out)) : '', due[p].in ? t.dueIn(f.integer(due[p].in)) : '']
          .filter(Boolean)
          .join(' · ') || '—';
  return html`<div part="summary" class="summary">
    <ul part="pools" class="pools">
      ${POOLS.map(
        (p) =>
          html`<li data-pool=${p}>
            <span class="name">${t.pools[p]}</span>
            <span class="n" data-count=${r.pools[p]}>${f.integer(r.pools[p])}</span>
            <span class="weak">${moves(p)}</span>
          </li>`,
      )}
    </ul>
    <p class="totals">
      <span>${t.leadsTotal(f.integer(total))}</span>
      <span data-due=${r.transitions.length}>${t.dueTotal(f.integer(r.transitions.length))}</span>
      <span class=${r.alerts.length ? 'warn' : ''} data-alerts=${r.alerts.length}
        >${r.alerts.length ? '⚠ ' : ''}${t.alertsTotal(f.integer(r.alerts.length))}</span
      >
      ${label ? html`<span class="weak">${label}</span>` : nothing}
    </p>
  </div>`;
}
