/**
 * Model 7 extras (issue 14, seed 001's 盤活 by 品類 and 既往訂購): the reactivation
 * campaign as a matcher (industry, region and product category lists; ranges on
 * past orders, their amount and the days since the last order) and the pooled
 * leads by product category. Spec: docs/models.md "§7 extras: reactivation by
 * product category and past orders".
 */
import type { Campaign, CampaignRange } from '../schemas/lead-flow.js';
import type { LeadRow } from './lead-flow.js';
import { above, atLeast } from './math.js';

/** Code-unit order: the same in every runtime and locale. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The pooled leads of one product category and what reactivation picks of them (§7 extras). */
export interface CategoryReactivation {
  /** null: the leads without a category. */
  productCategory: string | null;
  /** Leads in the line or company pools, not converted. */
  pooled: number;
  /** Of them, reactivation candidates (any reason). */
  candidates: number;
  /** Candidates with at least one past order. */
  withOrders: number;
  /** Σ past orders of the candidates. */
  orders: number;
  /** Σ past order amount of the candidates. */
  orderAmount: number;
}

/** A campaign's lists as sets, so matching a lead costs the same however long the lists are. */
export interface CampaignSets {
  industry: Set<string> | null;
  region: Set<string> | null;
  category: Set<string> | null;
  /** Inclusive bounds (min 0, max +∞ when left out); null: not a condition. */
  orders: Bounds | null;
  orderAmount: Bounds | null;
  lastOrderDays: Bounds | null;
}
interface Bounds {
  min: number;
  max: number;
}
/** A range with at least one bound, with the open ones filled in; null when it is not a condition. */
const boundsOf = (r: CampaignRange | null | undefined): Bounds | null =>
  r == null || (r.min == null && r.max == null) ? null : { min: r.min ?? 0, max: r.max ?? Infinity };
const within = (v: number, b: Bounds): boolean => atLeast(v, b.min) && !above(v, b.max);

export function campaignSets(c: Campaign | undefined): CampaignSets | null {
  if (c == null) return null;
  const sets: CampaignSets = {
    industry: c.industry == null ? null : new Set(c.industry),
    region: c.region == null ? null : new Set(c.region),
    category: c.productCategory == null ? null : new Set(c.productCategory),
    orders: boundsOf(c.orders),
    orderAmount: boundsOf(c.orderAmount),
    lastOrderDays: boundsOf(c.lastOrderDays),
  };
  // An empty campaign (no list, no bounded range) matches nothing.
  return Object.values(sets).some((v) => v !== null) ? sets : null;
}

/** Whether the campaign names a product category or past orders (§7 extras: the category table is shown). */
export const campaignUsesOrders = (c: Campaign | null | undefined): boolean =>
  c != null && (c.productCategory != null || c.orders != null || c.orderAmount != null || c.lastOrderDays != null);

export function campaignMatches(c: CampaignSets | null, row: LeadRow, asOf: number): boolean {
  if (c === null) return false;
  const { industry, region, category } = c;
  // Every condition given must hold: each list contains the lead's value, each range its number.
  if (industry !== null && (row.industry === undefined || !industry.has(row.industry))) return false;
  if (region !== null && (row.region === undefined || !region.has(row.region))) return false;
  if (category !== null && (row.category === undefined || !category.has(row.category))) return false;
  if (c.orders !== null && !within(row.orders, c.orders)) return false;
  if (c.orderAmount !== null && !within(row.orderAmount, c.orderAmount)) return false;
  if (c.lastOrderDays !== null && (Number.isNaN(row.lastOrder) || !within(asOf - row.lastOrder, c.lastOrderDays)))
    return false;
  return true;
}

export interface CategoryCounts {
  pooled: number;
  candidates: number;
  withOrders: number;
  orders: number;
  orderAmount: number;
}

/** The category rows: categories in code-unit order, then the leads without one (§7 extras). */
export function categoryRows(byCategory: Map<string | null, CategoryCounts>): CategoryReactivation[] {
  const keys = [...byCategory.keys()].filter((k): k is string => k !== null).sort(cmp);
  const order: (string | null)[] = byCategory.has(null) ? [...keys, null] : keys;
  return order.map((productCategory) => ({ productCategory, ...byCategory.get(productCategory)! }));
}
