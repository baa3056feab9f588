import { html, nothing, type TemplateResult } from 'lit';
import { periodCostRows, type PeriodCosts } from '../../src/views/lead-flow-input.js';
import { monthNumber } from '../../src/models/math.js';
import type { LeadFlowContext } from './template-context.js';

/** The monthly cost table's data and actions. */
export interface MonthCostsEditor {
  /** The monthly costs in force (every layer). */
  periodCosts: PeriodCosts;
  /** The sources of the analysis, offered when adding a cost. */
  sources: readonly string[];
  badPaths: ReadonlySet<string>;
  setPeriodCost: (source: string, month: string, cost: number | null) => void;
}

/**
 * Costs by source and calendar month: one row per month with a cost (its cost
 * editable, a button to clear it) and a row to add a source's month.
 */
export function renderMonthCosts({ t, fmt, label }: LeadFlowContext, ed: MonthCostsEditor): TemplateResult {
  const rows = periodCostRows(ed.periodCosts);
  const onChange = (source: string, month: string) => (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.value === '') return ed.setPeriodCost(source, month, null);
    const n = el.valueAsNumber;
    if (Number.isFinite(n)) ed.setPeriodCost(source, month, n);
  };
  const add = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const source = (form.elements.namedItem('source') as HTMLSelectElement).value;
    const month = (form.elements.namedItem('month') as HTMLInputElement).value;
    const cost = (form.elements.namedItem('cost') as HTMLInputElement).valueAsNumber;
    // A browser without a month picker takes text: only a YYYY-MM month is added.
    if (!source || Number.isNaN(monthNumber(month)) || !Number.isFinite(cost)) return;
    ed.setPeriodCost(source, month, cost);
    form.reset();
  };
  return html`<h3 id="month-costs-title">${t.costsByMonth}</h3>
    <p class="weak" id="month-costs-hint">${t.costsByMonthHint}</p>
    ${
      rows.length
        ? html`<div class="table-wrap">
            <table class="costs month-costs">
              <caption class="visually-hidden">
                ${t.costsByMonth}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.source}</th>
                  <th scope="col">${t.month}</th>
                  <th scope="col">${t.cost} (${fmt.currency})</th>
                  <th scope="col"><span class="visually-hidden">${t.remove}</span></th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (r, i) =>
                    html`<tr data-source=${r.source} data-month=${r.month}>
                      <th scope="row">${label('source', r.source)}</th>
                      <td><time datetime=${r.month}>${fmt.month(r.month)}</time></td>
                      <td>
                        <input
                          id="month-cost-${i}"
                          type="number"
                          min="0"
                          step="any"
                          inputmode="decimal"
                          aria-label="${label('source', r.source)} ${fmt.month(r.month)}"
                          aria-invalid=${ed.badPaths.has(`periodCosts.${r.source}.${r.month}`) ? 'true' : 'false'}
                          .value=${String(r.cost)}
                          @change=${onChange(r.source, r.month)}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          class="remove"
                          aria-label=${t.removeMonthCost(label('source', r.source), fmt.month(r.month))}
                          @click=${() => ed.setPeriodCost(r.source, r.month, null)}
                        >
                          ×
                        </button>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    <form class="row month-add" aria-labelledby="month-costs-title" @submit=${add}>
      <label
        >${t.source}
        <select name="source" required>
          ${ed.sources.map((s) => html`<option value=${s}>${label('source', s)}</option>`)}
        </select>
      </label>
      <label>${t.month} <input name="month" type="month" required /></label>
      <label>${t.cost} <input name="cost" type="number" min="0" step="any" inputmode="decimal" required /></label>
      <button type="submit">${t.addMonthCost}</button>
    </form>`;
}
