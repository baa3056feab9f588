/**
 * Templates and words of an opportunity row: the header figures, the column
 * headings, a row's head (name, owner, stage, amount, level, signal chips
 * by dimension), its details (signals in words, metrics, suggested
 * responses) and a key account's response plan with its ticks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  isChangeSignal,
  type Opportunity,
  type OpportunityRow,
  type OpportunitySignal,
  type OpportunitySummary,
  type PipelineRules,
} from '../../src/models/opportunities.js';
import { CHANGE_SUGGESTIONS, type ChangeSignal, type ChangeSuggestion } from '../../src/models/opportunity-changes.js';
import { worstLevel } from '../../src/models/signals.js';
import { OPPORTUNITY, type OpportunityStrings } from '../../src/i18n/opportunity-alerts.js';
import { planRowKey, planStepKey } from '../../src/charts/risk-summary.js';
import { DIMS, stageLabelOf, type OpportunityAggregates } from '../../src/views/risk-opportunity.js';
import type { Assessed, RiskContext } from '../shared/risk/risk-config.js';
import { levelCounts, rowsFigure } from '../shared/risk/risk-header.js';

/** What the opportunity templates read of the panel. */
export type OpportunityContext = RiskContext<unknown, PipelineRules, OpportunityAggregates>;

const words = (c: OpportunityContext): OpportunityStrings => OPPORTUNITY[c.loc];

/** A stage's name: the rules' label, else the host's label, else the UI's name for a standard stage, else its key. */
export const stageLabel = (c: OpportunityContext, key: string): string =>
  stageLabelOf(key, c.rules?.stages, words(c), (k, b) => c.label('stage', k, b));

const fieldList = (c: OpportunityContext, keys: readonly string[]): string =>
  keys.map((k) => c.label('field', k, words(c).fieldNames[k])).join(', ');

const activityList = (c: OpportunityContext, counts: Readonly<Record<string, number>>): string =>
  Object.entries(counts)
    .map(([type, n]) => `${c.f.integer(n)} × ${c.label('activity', type, words(c).activityNames[type])}`)
    .join(', ');

type AnySignal = OpportunitySignal | ChangeSignal;

/** A signal's name: the host's label, else ours (the contract's signals and the change flags, issue 14). */
const signalName = (c: OpportunityContext, s: AnySignal): string => {
  const t = words(c);
  return c.label('signal', s.code, isChangeSignal(s) ? t.changeNames[s.code] : t.signalNames[s.code]);
};

/** A suggestion in words. */
const suggestionText = (t: OpportunityStrings, key: OpportunityRow['suggestions'][number]): string =>
  key in t.changeSuggestions
    ? t.changeSuggestions[key as ChangeSuggestion]
    : t.suggestions[key as keyof OpportunityStrings['suggestions']];

/** A change flag's numbers in words. */
function changeText(c: OpportunityContext, s: ChangeSignal): string {
  const t = words(c);
  const f = c.f;
  switch (s.code) {
    case 'close-date-pushed':
      return t.closePushed(s.detail.pushes, f.integer(s.detail.daysPushed), c.day(s.detail.lastPushAt));
    case 'amount-decreased':
      return t.amountCut(f.percent(s.detail.share), f.money(s.detail.peakAmount), f.money(s.detail.amount));
    case 'stage-regressed':
      return t.stageRegressed(
        s.detail.regressions,
        stageLabel(c, s.detail.lastFrom),
        stageLabel(c, s.detail.lastTo),
        c.day(s.detail.lastAt),
      );
    case 'no-next-step':
      return t.noNextStep;
    case 'single-threaded':
      return t.singleThreaded(s.detail.contacts, f.integer(s.detail.minContacts));
  }
}

/** A signal's numbers in words. */
export function signalText(c: OpportunityContext, s: AnySignal): string {
  if (isChangeSignal(s)) return changeText(c, s);
  const t = words(c);
  const f = c.f;
  switch (s.code) {
    case 'missing-fields':
      return t.missingFields(fieldList(c, s.detail.missing), f.percent(s.detail.completeness), s.detail.required);
    case 'stage-overdue':
      return t.stageOverdue(
        f.integer(s.detail.daysInStage),
        f.integer(s.detail.standardDays),
        f.number(s.detail.cycleRatio, 2),
      );
    case 'activity-shortfall':
      return t.shortfall(
        activityList(c, s.detail.shortfall),
        f.percent(s.detail.compliance),
        f.integer(s.detail.daysInStage),
        f.integer(s.detail.standardDays),
      );
    case 'idle':
      return t.idle(
        f.integer(s.detail.daysIdle),
        f.integer(s.detail.maxIdleDays),
        f.number(s.detail.criticalAfterDays, 1),
        s.detail.lastActivityAt === null ? null : c.day(s.detail.lastActivityAt),
      );
    case 'close-date-passed':
      return t.closePassed(c.day(s.detail.expectedCloseDate), f.integer(s.detail.daysPast));
  }
}

/** The response-plan step for a signal. */
export function planText(c: OpportunityContext, s: AnySignal, rec: Opportunity): string {
  if (isChangeSignal(s)) return words(c).changeSuggestions[CHANGE_SUGGESTIONS[s.code]];
  const p = words(c).planItems;
  switch (s.code) {
    case 'missing-fields':
      return p['missing-fields'](fieldList(c, s.detail.missing));
    case 'stage-overdue':
      return p['stage-overdue'](stageLabel(c, rec.stage), c.f.integer(s.detail.daysInStage));
    case 'activity-shortfall':
      return p['activity-shortfall'](activityList(c, s.detail.shortfall));
    case 'idle':
      return p.idle(c.f.integer(s.detail.daysIdle));
    case 'close-date-passed':
      return p['close-date-passed'](c.day(s.detail.expectedCloseDate));
  }
}

export function opportunitySummary(
  c: OpportunityContext,
  result: Assessed<OpportunityRow, OpportunitySummary>,
  rows: { assessed: number; skipped: number },
): TemplateResult {
  const t = words(c);
  const f = c.f;
  const key = c.aggregates.keyAtRisk;
  return html`<div part="summary" class="summary">
    ${levelCounts(c.r, f, result.summary)}
    <dl class="figures">
      <div>
        <dt>${t.amountAtRisk}</dt>
        <dd part="amount-at-risk" data-value=${result.summary.amountAtRisk}>${f.money(result.summary.amountAtRisk)}</dd>
      </div>
      <div>
        <dt>${t.keyAtRiskLabel}</dt>
        <dd part="key-at-risk" data-count=${key.count} data-amount=${key.amount}>
          ${t.keyAtRisk(f.integer(key.count), f.money(key.amount))}
        </dd>
      </div>
      ${rowsFigure(c.r, f, rows)}
    </dl>
  </div>`;
}

export function opportunityColumns(c: OpportunityContext): TemplateResult {
  const t = words(c);
  return html`<span>${t.name}</span><span class="secondary">${t.owner}</span><span class="secondary">${t.stage}</span
    ><span class="num">${t.amount}</span><span>${c.r.level}</span><span>${t.signalsCol}</span>`;
}

/** A deal imported with a blank amount: assessed as 0 (src/import modelRows), shown as unknown. */
const amountUnknown = (rec: Opportunity): boolean => (rec as { amountUnknown?: unknown }).amountUnknown === true;

export function opportunityRowHead(c: OpportunityContext, row: OpportunityRow, rec: Opportunity): TemplateResult {
  const t = words(c);
  return html`<span class="cell name"
      >${rec.name ?? rec.id}${row.keyAccount ? html`<span class="key">${t.key}</span>` : nothing}</span
    >
    <span class="cell secondary owner"><span class="visually-hidden">${t.owner}: </span>${rec.owner ?? '—'}</span>
    <span class="cell secondary stage"
      ><span class="visually-hidden">${t.stage}: </span>${stageLabel(c, rec.stage)}</span
    >
    <span class="cell num amount ${amountUnknown(rec) ? 'unknown' : ''}"
      ><span class="visually-hidden">${t.amount}: </span>${
        amountUnknown(rec) ? t.amountUnknown : c.f.money(rec.amount)
      }</span
    >
    <span class="cell level">${c.levelBadge(row.level)}</span>
    <span class="cell chips"
      >${DIMS.map((d) => {
        const sig = row.signals.filter((s) => s.dimension === d);
        if (!sig.length) return nothing;
        const names = sig.map((s) => signalName(c, s)).join(', ');
        return html`<span class="chip lvl-${worstLevel(sig)}" data-dim=${d} title=${names}
          >${t.dims[d]}${sig.length > 1 ? ` ×${sig.length}` : ''}<span class="visually-hidden">: ${names}</span></span
        >`;
      })}</span
    >`;
}

function metricsList(c: OpportunityContext, row: OpportunityRow): TemplateResult {
  const t = words(c);
  const f = c.f;
  const m = row.metrics;
  return html`<dl class="metrics">
    <div>
      <dt>${t.metricNames.completeness}</dt>
      <dd>${f.percent(m.completeness)}</dd>
    </div>
    <div>
      <dt>${t.metricNames.compliance}</dt>
      <dd>${f.percent(m.compliance)}</dd>
    </div>
    <div>
      <dt>${t.metricNames.daysInStage}</dt>
      <dd>${f.integer(m.daysInStage)}</dd>
    </div>
    <div>
      <dt>${t.metricNames.cycleRatio}</dt>
      <dd>${f.number(m.cycleRatio, 2)}×</dd>
    </div>
    <div>
      <dt>${t.metricNames.daysIdle}</dt>
      <dd>${f.integer(m.daysIdle)}</dd>
    </div>
  </dl>`;
}

export function opportunityRowDetail(
  c: OpportunityContext,
  row: OpportunityRow,
  rec: Opportunity,
  index: number,
  compact: boolean,
): TemplateResult {
  const t = words(c);
  const r = c.r;
  const metrics = metricsList(c, row);
  const plan = row.suggestions.includes('key-account-response-plan');
  // The compact card: a key account's plan lists each signal with its step (no separate lists), the metrics fold away.
  if (compact && plan)
    return html`${renderPlan(c, row, rec, index, true)}
      <details class="more">
        <summary>${r.metrics}</summary>
        ${metrics}
      </details>`;
  return html`<section>
      <h3>${r.signals}</h3>
      ${
        row.signals.length
          ? html`<ul class="signal-list">
              ${row.signals.map((s) => html`<li data-code=${s.code}>${signalLine(c, s)}</li>`)}
            </ul>`
          : html`<p class="weak">${r.noSignals}</p>`
      }
    </section>
    ${
      compact
        ? html`<details class="more">
            <summary>${r.metrics}</summary>
            ${metrics}
          </details>`
        : html`<section>
            <h3>${r.metrics}</h3>
            ${metrics}
          </section>`
    }
    ${
      row.suggestions.length
        ? html`<section>
            <h3>${r.responses}</h3>
            <ul class="suggestions">
              ${row.suggestions.map((s) => html`<li data-suggestion=${s}>${suggestionText(t, s)}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${plan ? renderPlan(c, row, rec, index, false) : nothing}`;
}

function signalLine(c: OpportunityContext, s: AnySignal): TemplateResult {
  const t = words(c);
  return html`<span class="badge lvl-${s.level}">${c.r.levels[s.level]}</span>
    <strong>${t.dims[s.dimension]} · ${signalName(c, s)}</strong> — ${signalText(c, s)}`;
}

/**
 * The response plan: one step per signal; a tick is kept per row and per
 * signal (src/charts/risk-summary.ts planRowKey, planStepKey). On the
 * compact card each step carries its signal.
 */
function renderPlan(
  c: OpportunityContext,
  row: OpportunityRow,
  rec: Opportunity,
  index: number,
  withSignals: boolean,
): TemplateResult {
  const t = words(c);
  const rowKey = planRowKey(row.id, index, c.aggregates.repeated.has(row.id));
  const done = new Set(c.plan[rowKey] ?? []);
  const steps = row.signals.map((s) => ({ s, key: planStepKey(s, rec) }));
  const ticked = steps.filter((x) => done.has(x.key)).length;
  return html`<section part="plan" class="plan-section">
    <h3>${t.plan} <span class="weak">· ${t.planDone(ticked, row.signals.length)}</span></h3>
    <p class="weak">${c.storageKey ? t.planHintSaved : t.planHintSession}</p>
    <ul class="plan ${withSignals ? 'with-signals' : ''}">
      ${steps.map(
        ({ s, key }) =>
          html`<li data-code=${s.code}>
            <label for="plan-${index}-${s.code}"
              ><input
                id="plan-${index}-${s.code}"
                type="checkbox"
                .checked=${done.has(key)}
                data-step=${key}
                @change=${(e: Event) => c.setPlanStep(rowKey, key, (e.target as HTMLInputElement).checked)}
              />
              ${
                withSignals
                  ? html`<span
                      ><span class="signal">${signalLine(c, s)}</span>
                      <span class="step">→ ${planText(c, s, rec)}</span></span
                    >`
                  : html`<span>${planText(c, s, rec)}</span>`
              }</label
            >
          </li>`,
      )}
    </ul>
  </section>`;
}
