/**
 * Reactivation by product category and past orders (docs/models.md §7 extras,
 * issue 14): the past-order ranges of the campaign and the table of the public
 * pools by product category. Loaded on first use (load-orders.ts): only exports
 * whose leads carry categories or past orders need it.
 */
import { html, type TemplateResult } from 'lit';
import type { CategoryReactivation } from '../../src/models/lead-flow.js';
import { CAMPAIGN_RANGES, type Campaign, type CampaignRangeKey } from '../../src/schemas/lead-flow.js';
import type { LeadFlowContext } from './template-context.js';

/** What the past-order fields edit: the campaign shown and one bound at a time (undefined clears it). */
export interface PastOrdersEditor {
  campaign: Campaign | null | undefined;
  setRange: (key: CampaignRangeKey, bound: 'min' | 'max', value: number | undefined) => void;
  /** Paths the model refused (`rules.reactivation.campaign.orders.max` …), marked invalid. */
  badPaths: ReadonlySet<string>;
}

const BOUNDS = ['min', 'max'] as const;

/** The past-order ranges: one row per range, at least / at most as number fields (empty: open). */
export function renderPastOrders(ctx: LeadFlowContext, ed: PastOrdersEditor): TemplateResult {
  const { t } = ctx;
  const onChange = (key: CampaignRangeKey, bound: 'min' | 'max') => (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.value === '') return ed.setRange(key, bound, undefined);
    const n = el.valueAsNumber;
    if (Number.isFinite(n)) ed.setRange(key, bound, n);
  };
  const field = (key: CampaignRangeKey, bound: 'min' | 'max') => {
    const v = ed.campaign?.[key]?.[bound];
    const what = t.orderRanges[key];
    return html`<td>
      <input
        id="range-${key}-${bound}"
        type="number"
        min="0"
        step=${key === 'orderAmount' ? 'any' : '1'}
        inputmode="decimal"
        aria-label=${bound === 'min' ? t.rangeMin(what) : t.rangeMax(what)}
        aria-invalid=${ed.badPaths.has(`rules.reactivation.campaign.${key}.${bound}`) ? 'true' : 'false'}
        .value=${v == null ? '' : String(v)}
        @change=${onChange(key, bound)}
      />
    </td>`;
  };
  return html`<fieldset part="past-orders" class="past-orders">
    <legend>${t.pastOrders}</legend>
    <p class="weak" id="past-orders-hint">${t.pastOrdersHint}</p>
    <table class="costs ranges" aria-describedby="past-orders-hint">
      <caption class="visually-hidden">
        ${t.pastOrders}
      </caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${t.atLeast}</th>
          <th scope="col">${t.atMost}</th>
        </tr>
      </thead>
      <tbody>
        ${CAMPAIGN_RANGES.map(
          (key) =>
            html`<tr>
              <th scope="row">${t.orderRanges[key]}</th>
              ${BOUNDS.map((b) => field(key, b))}
            </tr>`,
        )}
      </tbody>
    </table>
  </fieldset>`;
}

/** The public pools by product category: pooled leads, candidates, candidates with orders, their orders and amount. */
export function renderCategoryTable(ctx: LeadFlowContext, rows: readonly CategoryReactivation[]): TemplateResult {
  const { t, fmt: f, actions } = ctx;
  if (!rows.length) return html``;
  return html`<section part="category" aria-labelledby="category-title">
    <h4 id="category-title">${t.byCategory}</h4>
    <p class="weak">${t.byCategoryHint}</p>
    <div class="table-wrap" role="region" aria-label="${t.byCategory} · ${actions.table}" tabindex="0">
      <table part="category-table">
        <caption class="visually-hidden">
          ${t.byCategory}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.productCategory}</th>
            <th scope="col" class="num">${t.pooled}</th>
            <th scope="col" class="num">${t.candidatesCol}</th>
            <th scope="col" class="num">${t.withOrders}</th>
            <th scope="col" class="num">${t.orders}</th>
            <th scope="col" class="num">${t.orderAmount}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr data-category=${r.productCategory ?? ''}>
                <th scope="row">${r.productCategory ?? html`<span class="weak">${t.noCategory}</span>`}</th>
                <td class="num">${f.integer(r.pooled)}</td>
                <td class="num">${f.integer(r.candidates)}</td>
                <td class="num">${f.integer(r.withOrders)}</td>
                <td class="num">${f.integer(r.orders)}</td>
                <td class="num">${f.money(r.orderAmount)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
