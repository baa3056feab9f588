import { html, nothing, type TemplateResult } from 'lit';
import {
  RULE_KEYS,
  type ChannelCosts,
  type LeadFlowRuleEdits,
  type PeriodCosts,
  type RuleKey,
} from '../../src/views/lead-flow-input.js';
import { renderMonthCosts } from './month-costs.js';
import type { LeadFlowContext } from './template-context.js';

/** The rules and costs editor's data and actions. */
export interface RulesEditor {
  edits: LeadFlowRuleEdits;
  costEdits: ChannelCosts;
  /** The costs in force (every layer). */
  costs: ChannelCosts;
  /** The monthly costs in force (every layer). */
  periodCosts: PeriodCosts;
  /** The sources of the analysis (costs can be given for sources with no lead too). */
  sources: readonly string[];
  /** Paths of the bad fields of the last analysis (their inputs are marked invalid). */
  badPaths: ReadonlySet<string>;
  setRule: (key: RuleKey, value: number | undefined) => void;
  setCost: (source: string, cost: number | null) => void;
  setPeriodCost: (source: string, month: string, cost: number | null) => void;
  reset: () => void;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
/** The follow-up alert line is a fraction in the rules and a percentage in the editor. */
const PERCENT_RULE: RuleKey = 'followUpRateAlert';
const rulePath = (k: RuleKey) => (k === 'engagedWithinDays' ? 'rules.reactivation.engagedWithinDays' : `rules.${k}`);

/** The rules tab: a number field per rule (a dot marks what was changed here), a cost per source, and reset. */
export function renderRulesTab(ctx: LeadFlowContext, ed: RulesEditor): TemplateResult {
  const { t, actions } = ctx;
  return html`<section part="rules" aria-labelledby="rules-title">
    <h3 id="rules-title">${t.rules}</h3>
    <p class="weak">${t.rulesHint}</p>
    <div class="rules-grid">${RULE_KEYS.map((k) => renderRule(ctx, ed, k))}</div>
    <h3 id="costs-title">${t.costs}</h3>
    <p class="weak" id="costs-hint">${t.costsHint}</p>
    ${ed.sources.length ? renderCosts(ctx, ed) : nothing} ${renderMonthCosts(ctx, ed)}
    <div class="row">
      <button type="button" id="reset-rules" @click=${ed.reset}>${actions.reset}</button>
    </div>
  </section>`;
}

function renderRule({ t, rules }: LeadFlowContext, ed: RulesEditor, k: RuleKey): TemplateResult {
  const v = k === 'engagedWithinDays' ? rules.reactivation.engagedWithinDays : rules[k];
  const shown = k === PERCENT_RULE ? round6(v * 100) : v;
  const onChange = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.value === '') return ed.setRule(k, undefined);
    const n = el.valueAsNumber;
    if (Number.isFinite(n)) ed.setRule(k, k === PERCENT_RULE ? n / 100 : n);
  };
  return html`<label for="rule-${k}"
      >${t.ruleLabels[k]}${
        ed.edits[k] !== undefined
          ? html` <span class="dot" title=${t.edited}>•</span><span class="visually-hidden">(${t.edited})</span>`
          : nothing
      }</label
    >
    <input
      id="rule-${k}"
      type="number"
      min="0"
      max=${k === PERCENT_RULE ? '100' : nothing}
      step=${k === PERCENT_RULE ? '1' : 'any'}
      inputmode="decimal"
      aria-describedby="unit-${k}"
      aria-invalid=${ed.badPaths.has(rulePath(k)) ? 'true' : 'false'}
      .value=${String(shown)}
      @change=${onChange}
    />
    <span class="unit weak" id="unit-${k}">${t.ruleUnits[k]}</span>`;
}

function renderCosts({ t, fmt, label }: LeadFlowContext, ed: RulesEditor): TemplateResult {
  const onChange = (s: string) => (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.value === '') return ed.setCost(s, null);
    const n = el.valueAsNumber;
    if (Number.isFinite(n)) ed.setCost(s, n);
  };
  // The model uses a source's monthly costs instead of its channel cost.
  const monthly = (s: string) => Object.prototype.hasOwnProperty.call(ed.periodCosts, s);
  const cost = (s: string) => {
    const v = ed.costs[s];
    return typeof v === 'number' ? String(v) : '';
  };
  return html`<div class="table-wrap">
    <table class="costs">
      <caption class="visually-hidden">
        ${t.costs}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.source}</th>
          <th scope="col">${t.cost} (${fmt.currency})</th>
        </tr>
      </thead>
      <tbody>
        ${ed.sources.map(
          (s, i) =>
            html`<tr>
              <th scope="row">
                <label for="cost-${i}">${label('source', s)}</label>${
                  ed.costEdits[s] !== undefined ? html` <span class="dot" title=${t.edited}>•</span>` : nothing
                }
              </th>
              <td>
                <input
                  id="cost-${i}"
                  type="number"
                  min="0"
                  step="any"
                  inputmode="decimal"
                  data-source=${s}
                  aria-describedby=${monthly(s) ? `costs-hint from-months-${i}` : 'costs-hint'}
                  aria-invalid=${ed.badPaths.has(`channelCosts.${s}`) ? 'true' : 'false'}
                  ?disabled=${monthly(s)}
                  .value=${cost(s)}
                  @change=${onChange(s)}
                />
                ${monthly(s) ? html`<span class="weak" id="from-months-${i}">${t.fromMonths}</span>` : nothing}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
