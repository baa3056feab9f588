/**
 * The leads of a lead-flow analysis as the monitor's tables read them: by id
 * (for the owner, source and dates beside a due transition or a candidate),
 * the campaign facets of the public pools, and the campaign filter the
 * checkboxes edit.
 */
import type { Campaign, CampaignRangeKey } from '../schemas/lead-flow.js';
import { isObject } from '../models/guards.js';

export type LeadRecord = Record<string, unknown>;

/** A campaign facet: the lead fields the reactivation campaign filters on. */
export const CAMPAIGN_FACETS = ['industry', 'region'] as const;
/** The facets with the product category (§7 extras), offered when the public pools have categories. */
export type CampaignFacet = (typeof CAMPAIGN_FACETS)[number] | 'productCategory';
const ALL_FACETS: readonly CampaignFacet[] = [...CAMPAIGN_FACETS, 'productCategory'];

/** Values offered per facet: the most frequent ones, so a list of thousands of distinct values stays usable. */
export const FACET_LIMIT = 60;

export interface LeadIndex {
  /** Leads by id; the first lead with an id wins. Rows that are not objects are left out. */
  byId: Map<unknown, LeadRecord>;
  /** Industry, region and product category values of the public pools (line, company), most frequent first, then code-unit order. */
  facets: Record<CampaignFacet, string[]>;
  /** Some lead carries a product category or past orders (§7 extras). */
  ordered: boolean;
}

/** The leads' index built at once (see `LeadIndexer` for one built in steps). */
export function indexLeads(leads: readonly unknown[], limit = FACET_LIMIT): LeadIndex {
  return new LeadIndexer(leads, limit).result();
}

const hasOrders = (l: LeadRecord): boolean =>
  l.productCategory != null || l.orders != null || l.orderAmount != null || l.lastOrderAt != null;

/**
 * The index of a list of leads built a number of leads at a time (`step`), so a page can build it for hundreds of
 * thousands of leads between frames; `result` finishes it at once when it is read before. The same index as built
 * in one pass: leads are taken in order.
 */
export class LeadIndexer {
  private readonly byId = new Map<unknown, LeadRecord>();
  private readonly counts: Record<CampaignFacet, Map<string, number>> = {
    industry: new Map(),
    region: new Map(),
    productCategory: new Map(),
  };
  private ordered = false;
  private next = 0;
  private made?: LeadIndex;

  constructor(
    readonly leads: readonly unknown[],
    private readonly limit = FACET_LIMIT,
  ) {}

  /** Every lead is indexed. */
  get done(): boolean {
    return this.next >= this.leads.length;
  }

  /** Index up to `n` more leads (all that are left by default); true when every lead is indexed. */
  step(n = Infinity): boolean {
    const { leads, byId, counts } = this;
    const end = Math.min(leads.length, this.next + n);
    let ordered = this.ordered;
    for (let i = this.next; i < end; i++) {
      const l = leads[i];
      if (!isObject(l)) continue;
      if (!byId.has(l.id)) byId.set(l.id, l);
      if (!ordered) ordered = hasOrders(l);
      if (l.pool !== 'line' && l.pool !== 'company') continue;
      for (const k of ALL_FACETS) {
        const v = l[k];
        if (typeof v === 'string' && v) counts[k].set(v, (counts[k].get(v) ?? 0) + 1);
      }
    }
    this.ordered = ordered;
    this.next = end;
    return this.done;
  }

  /** The index of every lead (the leads left are indexed now). */
  result(): LeadIndex {
    if (this.made) return this.made;
    this.step();
    const limit = this.limit;
    const byCount = (m: Map<string, number>) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, limit)
        .map(([k]) => k);
    const { counts } = this;
    return (this.made = {
      byId: this.byId,
      facets: {
        industry: byCount(counts.industry),
        region: byCount(counts.region),
        productCategory: byCount(counts.productCategory),
      },
      ordered: this.ordered,
    });
  }
}

/** A lead's field as a table or CSV cell: text and numbers; anything else (absent, objects) is null. */
export function leadField(byId: ReadonlyMap<unknown, LeadRecord>, id: unknown, key: string): string | number | null {
  const v = byId.get(id)?.[key];
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

/** The campaign the checkboxes show: the editor's (null: cleared there), else the rules'. */
export function campaignShown(
  edited: Campaign | null | undefined,
  inForce: Campaign | undefined,
): Campaign | null | undefined {
  return edited !== undefined ? edited : inForce;
}

/** The values one facet offers: the frequent ones, then any chosen value that is not among them (so it can be unticked). */
export function campaignChoices(values: readonly string[], chosen: readonly string[]): string[] {
  return [...values, ...chosen.filter((v) => !values.includes(v))];
}

/**
 * The campaign after ticking (on) or unticking one value of a facet: a ticked
 * value moves to the end of its list; a facet left empty is dropped; a
 * campaign left with no facet is null (no campaign).
 */
export function toggleCampaign(
  current: Campaign | null | undefined,
  facet: CampaignFacet,
  value: string,
  on: boolean,
): Campaign | null {
  const base: Campaign = { ...(current ?? {}) };
  const chosen = current?.[facet] ?? [];
  const list = on ? [...chosen.filter((x) => x !== value), value] : chosen.filter((x) => x !== value);
  if (list.length) base[facet] = list;
  else delete base[facet];
  return orNull(base);
}

/** A campaign with no key left is no campaign. */
const orNull = (c: Campaign): Campaign | null => (Object.values(c).some((v) => v != null) ? c : null);

/**
 * The campaign after setting one bound of a past-order range (§7 extras):
 * `value` undefined clears the bound; a range left with no bound is dropped;
 * a campaign left with no key is null.
 */
export function setCampaignRange(
  current: Campaign | null | undefined,
  key: CampaignRangeKey,
  bound: 'min' | 'max',
  value: number | undefined,
): Campaign | null {
  const base: Campaign = { ...(current ?? {}) };
  const range = { ...(current?.[key] ?? {}) };
  if (value === undefined) delete range[bound];
  else range[bound] = value;
  if (range.min != null || range.max != null) base[key] = range;
  else delete base[key];
  return orNull(base);
}
