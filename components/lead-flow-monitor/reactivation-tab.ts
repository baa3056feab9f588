import { html, nothing, type TemplateResult } from 'lit';
import type { CategoryReactivation, ReactivationCandidate } from '../../src/models/lead-flow.js';
import type { TierResult } from '../../src/models/tiering.js';
import type { Campaign, CampaignRangeKey } from '../../src/schemas/lead-flow.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { pageWindow } from '../../src/views/lead-flow-pools.js';
import { tierTitle } from '../../src/views/lead-flow-reactivation.js';
import {
  CAMPAIGN_FACETS,
  campaignChoices,
  toggleCampaign,
  type CampaignFacet,
} from '../../src/views/lead-flow-leads.js';
import { codedField, dateCell, type LeadFlowContext } from './template-context.js';
import { exportButtons } from './people-exports.js';
import { renderPager } from './pager.js';
import type { ordersView } from './load-orders.js';

/** The reactivation tab's data, state and actions. */
export interface ReactivationList {
  /** Every candidate (the model's count). */
  total: number;
  /** Candidates best value first (see rankReactivation). */
  rows: readonly ReactivationCandidate[];
  tiers: ReadonlyMap<unknown, TierResult | null>;
  /** Candidates whose factor values the tiering model could not score. */
  unscored: number;
  /** The campaign the checkboxes show, and the values each facet offers. */
  campaign: Campaign | null | undefined;
  facets: Readonly<Record<CampaignFacet, readonly string[]>>;
  setCampaign: (campaign: Campaign | null) => void;
  page: number;
  pageSize: number;
  setPage: (page: number) => void;
  export: (format: 'csv' | 'xlsx') => void;
  /** §7 extras: the table by category when leads or the campaign carry categories or past orders, else null. */
  orders: PastOrders | null;
}

/** Reactivation by product category and past orders: the model's table and the campaign's ranges. */
export interface PastOrders {
  byCategory: readonly CategoryReactivation[];
  /** The templates, once loaded (load-orders.ts). */
  view: ReturnType<typeof ordersView>;
  setRange: (key: CampaignRangeKey, bound: 'min' | 'max', value: number | undefined) => void;
  badPaths: ReadonlySet<string>;
}

/** The reactivation tab: the campaign filter, then the candidates in the public pools with their value tier. */
export function renderReactivationTab(ctx: LeadFlowContext, list: ReactivationList): TemplateResult {
  const { t, fmt: f, rules, actions } = ctx;
  const { rows, orders } = list;
  const w = pageWindow(rows.length, list.page, list.pageSize);
  const categories = list.facets.productCategory.length > 0 || !!list.campaign?.productCategory?.length;
  return html`<section part="reactivation" aria-labelledby="react-title">
    <h3 id="react-title">${t.reactivation} <span class="weak">(${f.integer(list.total)})</span></h3>
    <p class="weak">${t.reactivationReasons.engaged(rules)} · ${t.campaignHint}</p>
    <div class="campaign" role="group" aria-label=${t.campaign}>
      ${CAMPAIGN_FACETS.map((k) => renderFacet(ctx, list, k))}
      ${categories ? renderFacet(ctx, list, 'productCategory') : nothing}
      ${
        orders?.view
          ? orders.view.renderPastOrders(ctx, {
              campaign: list.campaign,
              setRange: orders.setRange,
              badPaths: orders.badPaths,
            })
          : nothing
      }
    </div>
    <div class="controls">${exportButtons(ctx, 'reactivation', !rows.length, list.export)}</div>
    ${list.unscored ? html`<p class="weak">${t.tierUnscored(f.integer(list.unscored))}</p>` : nothing}
    ${
      rows.length
        ? html`<div class="table-wrap" role="region" aria-label="${t.reactivation} · ${actions.table}" tabindex="0">
              <table part="reactivation-table">
                <caption class="visually-hidden">
                  ${t.reactivation}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.id}</th>
                    <th scope="col">${t.pool}</th>
                    <th scope="col">${t.reactivationReasonsCol}</th>
                    <th scope="col">${t.tier}</th>
                    <th scope="col" class="num">${t.score}</th>
                    <th scope="col">${t.source}</th>
                    <th scope="col">${t.industry}</th>
                    <th scope="col">${t.region}</th>
                    <th scope="col">${t.lastEngagementAt}</th>
                    ${
                      orders
                        ? html`<th scope="col">${t.productCategory}</th>
                            <th scope="col" class="num">${t.orders}</th>
                            <th scope="col" class="num">${t.orderAmount}</th>
                            <th scope="col">${t.lastOrderAt}</th>`
                        : nothing
                    }
                  </tr>
                </thead>
                <tbody>
                  ${rows
                    .slice(w.start, w.end)
                    .map((c) => renderCandidate(ctx, c, list.tiers.get(c.id) ?? null, !!orders))}
                </tbody>
              </table>
            </div>
            ${renderPager(ctx, rows.length, w, list.setPage, t.reactivation)}`
        : html`<p>${t.noCandidates}</p>`
    }
    ${orders?.view ? orders.view.renderCategoryTable(ctx, orders.byCategory) : nothing}
  </section>`;
}

function renderCandidate(
  ctx: LeadFlowContext,
  c: ReactivationCandidate,
  tr: TierResult | null,
  orders: boolean,
): TemplateResult {
  const { t, fmt: f, rules } = ctx;
  return html`<tr data-id=${String(c.id)} data-tier=${tr?.tier ?? ''}>
    <th scope="row">${String(c.id)}</th>
    <td>${t.poolShort[c.pool]}</td>
    <td>
      <ul class="reasons">
        ${c.reasons.map((x) => html`<li data-reason=${x}>${t.reactivationReasons[x](rules)}</li>`)}
      </ul>
    </td>
    <td>${tr ? tierTitle(tr, t.tierNames, LEAD_PRESET.tiers) : html`<span class="weak">${t.noTier}</span>`}</td>
    <td class="num">${tr ? f.number(tr.score, 1) : '—'}</td>
    <td>${codedField(ctx, c.id, 'source')}</td>
    <td>${ctx.field(c.id, 'industry') ?? '—'}</td>
    <td>${ctx.field(c.id, 'region') ?? '—'}</td>
    <td>${dateCell(ctx, ctx.field(c.id, 'lastEngagementAt'))}</td>
    ${orders ? renderOrderCells(ctx, c.id) : nothing}
  </tr>`;
}

/** A candidate's category and past orders (a dash when absent). */
function renderOrderCells(ctx: LeadFlowContext, id: unknown): TemplateResult {
  const { fmt: f } = ctx;
  const n = (key: string) => {
    const v = ctx.field(id, key);
    return typeof v === 'number' ? v : null;
  };
  const orders = n('orders');
  const amount = n('orderAmount');
  return html`<td>${ctx.field(id, 'productCategory') ?? '—'}</td>
    <td class="num">${orders === null ? '—' : f.integer(orders)}</td>
    <td class="num">${amount === null ? '—' : f.money(amount)}</td>
    <td>${dateCell(ctx, ctx.field(id, 'lastOrderAt'))}</td>`;
}

/** The checkboxes of one campaign facet (industry or region). */
function renderFacet({ t }: LeadFlowContext, list: ReactivationList, facet: CampaignFacet): TemplateResult {
  const chosen = list.campaign?.[facet] ?? [];
  const shown = campaignChoices(list.facets[facet], chosen);
  const toggle = (v: string, on: boolean) => list.setCampaign(toggleCampaign(list.campaign, facet, v, on));
  return html`<fieldset>
    <legend>${t[facet]}</legend>
    ${
      shown.length
        ? html`<div class="checks chips" data-roving>
            ${shown.map(
              (v, i) =>
                html`<label class="check"
                  ><input
                    type="checkbox"
                    id="c-${facet}-${i}"
                    .checked=${chosen.includes(v)}
                    @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)}
                  />${v}</label
                >`,
            )}
          </div>`
        : html`<p class="weak">${t.noValues}</p>`
    }
  </fieldset>`;
}
