/**
 * Model 7's leads read as its analysis reads them (docs/models.md §7): each
 * lead checked (by hand, zod only for one the hand check refuses) and its
 * dates turned into day numbers, once. `LeadReading` keeps what it read in
 * columns (no object a lead), and can read a list as it grows: a file's leads
 * mapped slice by slice are read slice by slice, so the analysis after the
 * last slice only counts (docs/performance.md, "The page's work after the
 * worker's last rows").
 */
import { leadSchema, type Lead, type Pool, type Transfer } from '../schemas/lead-flow.js';
import { rowId, tryParse, type InvalidRow } from '../schemas/issues.js';
import { dayNumber } from './math.js';
import { fastTransfers } from './lead-flow-transfers.js';

/** A valid lead reduced to what the analysis reads; absent dates are NaN. */
export interface LeadRow {
  id: string | number;
  owner: string | undefined;
  source: string;
  line: string;
  pool: Pool;
  created: number;
  entered: number;
  assigned: number;
  first: number;
  converted: boolean;
  revenue: number;
  engaged: number;
  industry: string | undefined;
  region: string | undefined;
  /** §7 extras: product category, past orders (absent: 0), their amount (absent: 0), last order day (absent: NaN). */
  category: string | undefined;
  orders: number;
  orderAmount: number;
  lastOrder: number;
  /** Whether the lead carries any of the four fields above. */
  ordered: boolean;
  /** §7 extras: the owner history (absent: none) and the conversion day (NaN: not converted). */
  transfers: readonly Transfer[] | undefined;
  convertedDay: number;
}

const ABSENT = NaN;
/** dayNumber never returns Infinity, so it marks a value the fast check cannot accept. */
const BAD = Infinity;

function optDay(v: unknown): number {
  if (v === undefined || v === null) return ABSENT;
  if (typeof v !== 'string') return BAD;
  const d = dayNumber(v);
  return Number.isNaN(d) ? BAD : d;
}
const optText = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';
const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const optCount = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
const optAmount = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const isPool = (v: unknown): v is Pool => v === 'private' || v === 'line' || v === 'company' || v === 'blacklist';

/** A row to write into (every field set, doubles where a day may be NaN). */
export function emptyLeadRow(): LeadRow {
  return {
    id: '',
    owner: undefined,
    source: '',
    line: '',
    pool: 'private',
    created: ABSENT,
    entered: ABSENT,
    assigned: ABSENT,
    first: ABSENT,
    converted: false,
    revenue: ABSENT,
    engaged: ABSENT,
    industry: undefined,
    region: undefined,
    category: undefined,
    orders: ABSENT,
    orderAmount: ABSENT,
    lastOrder: ABSENT,
    ordered: false,
    transfers: undefined,
    convertedDay: ABSENT,
  };
}

/** The numbers a lead has in a block (its days and amounts, then its flags), and its other values. */
const NUMS = 11;
const REFS = 9;
/** Flags: converted, and any of the four order fields given. */
const CONVERTED = 1;
const ORDERED = 2;

/**
 * One lead's values written at offset `o` of `n` (numbers) and `p` of `t` (the rest): the layout `decode` reads.
 * Absent days are NaN; absent amounts and counts 0.
 */
function write(
  n: Float64Array,
  t: unknown[],
  o: number,
  p: number,
  id: string | number,
  owner: string | undefined,
  source: string,
  line: string,
  pool: Pool,
  days: { created: number; entered: number; assigned: number; first: number; engaged: number; lastOrder: number },
  conv: number,
  flags: number,
  amounts: { revenue: number; orders: number; orderAmount: number },
  industry: string | undefined,
  region: string | undefined,
  category: string | undefined,
  transfers: readonly Transfer[] | undefined,
): void {
  n[o] = days.created;
  n[o + 1] = days.entered;
  n[o + 2] = days.assigned;
  n[o + 3] = days.first;
  n[o + 4] = amounts.revenue;
  n[o + 5] = days.engaged;
  n[o + 6] = amounts.orders;
  n[o + 7] = amounts.orderAmount;
  n[o + 8] = days.lastOrder;
  n[o + 9] = conv;
  n[o + 10] = flags;
  t[p] = id;
  t[p + 1] = owner;
  t[p + 2] = source;
  t[p + 3] = line;
  t[p + 4] = pool;
  t[p + 5] = industry;
  t[p + 6] = region;
  t[p + 7] = category;
  t[p + 8] = transfers;
}

/** The lead written at `o` / `p` (`write`) into `out`. */
function decode(n: Float64Array, t: readonly unknown[], o: number, p: number, out: LeadRow): LeadRow {
  out.created = n[o]!;
  out.entered = n[o + 1]!;
  out.assigned = n[o + 2]!;
  out.first = n[o + 3]!;
  out.revenue = n[o + 4]!;
  out.engaged = n[o + 5]!;
  out.orders = n[o + 6]!;
  out.orderAmount = n[o + 7]!;
  out.lastOrder = n[o + 8]!;
  out.convertedDay = n[o + 9]!;
  const flags = n[o + 10]!;
  out.converted = (flags & CONVERTED) !== 0;
  out.ordered = (flags & ORDERED) !== 0;
  out.id = t[p] as string | number;
  out.owner = t[p + 1] as string | undefined;
  out.source = t[p + 2] as string;
  out.line = t[p + 3] as string;
  out.pool = t[p + 4] as Pool;
  out.industry = t[p + 5] as string | undefined;
  out.region = t[p + 6] as string | undefined;
  out.category = t[p + 7] as string | undefined;
  out.transfers = t[p + 8] as readonly Transfer[] | undefined;
  return out;
}

/**
 * The lead schema's acceptance, written out by hand: zod per row is the cost
 * at 100,000 leads. It may only be stricter than the schema, never looser;
 * a row it refuses goes through zod, which has the last word and the messages.
 * Writes the lead (`write`) and returns true, or returns false having written nothing.
 */
function fastLead(raw: unknown, n: Float64Array, t: unknown[], o: number, p: number): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const r = raw as Record<string, unknown>;
  const id = r.id;
  if (!(typeof id === 'string' ? id.length > 0 : typeof id === 'number' && Number.isFinite(id))) return false;
  const { source, businessLine, pool, industry, region, revenue } = r;
  if (!isKey(source) || !isKey(businessLine) || !isPool(pool)) return false;
  if (!optText(r.owner) || !optText(industry) || !optText(region)) return false;
  if (!optAmount(revenue)) return false;
  // Owner histories (§7 extras): the same hand check, zod only for a bad one.
  const transfers = fastTransfers(r.transfers);
  if (transfers === false) return false;
  const { productCategory, orders, orderAmount } = r;
  if (!optText(productCategory) || !optCount(orders) || !optAmount(orderAmount)) return false;
  const created = typeof r.createdAt === 'string' ? dayNumber(r.createdAt) : NaN;
  const entered = typeof r.poolEnteredAt === 'string' ? dayNumber(r.poolEnteredAt) : NaN;
  if (Number.isNaN(created) || Number.isNaN(entered)) return false;
  const assigned = optDay(r.assignedAt);
  const first = optDay(r.firstFollowUpAt);
  const last = optDay(r.lastFollowUpAt);
  const conv = optDay(r.convertedAt);
  const engaged = optDay(r.lastEngagementAt);
  const lastOrder = optDay(r.lastOrderAt);
  if (assigned === BAD || first === BAD || last === BAD || conv === BAD || engaged === BAD || lastOrder === BAD)
    return false;
  const ordered = productCategory != null || orders != null || orderAmount != null || !Number.isNaN(lastOrder);
  // `write`'s layout, written out: this runs once a lead.
  n[o] = created;
  n[o + 1] = entered;
  n[o + 2] = assigned;
  n[o + 3] = first;
  n[o + 4] = (revenue as number | null | undefined) ?? 0;
  n[o + 5] = engaged;
  n[o + 6] = (orders as number | null | undefined) ?? 0;
  n[o + 7] = (orderAmount as number | null | undefined) ?? 0;
  n[o + 8] = lastOrder;
  n[o + 9] = conv;
  n[o + 10] = (Number.isNaN(conv) ? 0 : CONVERTED) | (ordered ? ORDERED : 0);
  t[p] = id;
  t[p + 1] = r.owner ?? undefined;
  t[p + 2] = source;
  t[p + 3] = businessLine;
  t[p + 4] = pool;
  t[p + 5] = industry ?? undefined;
  t[p + 6] = region ?? undefined;
  t[p + 7] = productCategory ?? undefined;
  t[p + 8] = transfers;
  return true;
}

const day = (s: string | null | undefined): number => (s == null ? ABSENT : dayNumber(s));

function fromParsed(l: Lead, n: Float64Array, t: unknown[], o: number, p: number): void {
  const lastOrder = day(l.lastOrderAt);
  const ordered = l.productCategory != null || l.orders != null || l.orderAmount != null || l.lastOrderAt != null;
  write(
    n,
    t,
    o,
    p,
    l.id,
    l.owner ?? undefined,
    l.source,
    l.businessLine,
    l.pool,
    {
      created: dayNumber(l.createdAt),
      entered: dayNumber(l.poolEnteredAt),
      assigned: day(l.assignedAt),
      first: day(l.firstFollowUpAt),
      engaged: day(l.lastEngagementAt),
      lastOrder,
    },
    day(l.convertedAt),
    (l.convertedAt != null ? CONVERTED : 0) | (ordered ? ORDERED : 0),
    { revenue: l.revenue ?? 0, orders: l.orders ?? 0, orderAmount: l.orderAmount ?? 0 },
    l.industry ?? undefined,
    l.region ?? undefined,
    l.productCategory ?? undefined,
    l.transfers ?? undefined,
  );
}

/** One lead written at `o` / `p` (true), or listed in `invalid` (false). */
function readInto(
  raw: unknown,
  index: number,
  invalid: InvalidRow[],
  n: Float64Array,
  t: unknown[],
  o: number,
  p: number,
): boolean {
  if (fastLead(raw, n, t, o, p)) return true;
  const parsed = tryParse(leadSchema, raw);
  if (parsed.ok) {
    fromParsed(parsed.data, n, t, o, p);
    return true;
  }
  const id = rowId(raw);
  invalid.push(id === undefined ? { index, issues: parsed.issues } : { index, id, issues: parsed.issues });
  return false;
}

const oneNums = new Float64Array(NUMS);
const oneRefs: unknown[] = new Array<unknown>(REFS);

/** One lead row read as the analysis reads it, or null after listing it in `invalid`. */
export function readLead(raw: unknown, index: number, invalid: InvalidRow[]): LeadRow | null {
  if (!readInto(raw, index, invalid, oneNums, oneRefs, 0, 0)) return null;
  const row = decode(oneNums, oneRefs, 0, 0, emptyLeadRow());
  oneRefs.fill(undefined);
  return row;
}

/** Leads a block holds (a power of two). */
const BLOCK_SHIFT = 12;
const BLOCK = 1 << BLOCK_SHIFT;
const BLOCK_MASK = BLOCK - 1;

/**
 * A list of leads read in order, in columns (blocks of 4,096 leads: their numbers in a Float64Array, their other
 * values in an array; no object a lead, no boxed number, nothing copied as it grows), the bad ones listed in
 * `invalid`. `read` reads the leads not read yet, so a list that only grows (a file's leads as they are mapped)
 * can be read as it grows; the leads read must not change afterwards.
 */
export class LeadReading {
  /** Leads read so far, valid or not. */
  count = 0;
  /** Valid leads read so far. */
  size = 0;
  /** The bad leads read so far (index order). */
  readonly invalid: InvalidRow[] = [];
  private readonly nums: Float64Array[] = [];
  private readonly refs: unknown[][] = [];

  /**
   * `passing`: a reading for one pass that keeps nothing (an analysis of leads it was not given a reading of): one
   * block, reused — read it with `each`, whose callback gets only the leads read since the last call. A list of a
   * million leads then holds one block, not a million leads' columns (whose memory made collections grow with
   * the list).
   */
  constructor(
    readonly leads: readonly unknown[],
    private readonly passing = false,
  ) {}

  /**
   * Read the leads a block at a time, calling `then` after each block (the valid leads read since the last call
   * are `rowAt(k)` for k from the `size` before it); the reading to use for a `passing` one.
   */
  each(then: () => void): this {
    const n = this.leads.length;
    while (this.count < n) {
      this.read(this.count + BLOCK);
      then();
    }
    return this;
  }

  /** Read the leads not read yet, up to `to` (all there are now by default). */
  read(to: number = this.leads.length): this {
    const { leads, invalid, nums, refs } = this;
    const end = Math.min(to, leads.length);
    for (let i = this.count; i < end; i++) {
      const k = this.size;
      const b = this.passing ? 0 : k >> BLOCK_SHIFT;
      if (b === nums.length) {
        nums.push(new Float64Array(NUMS << BLOCK_SHIFT));
        refs.push(new Array<unknown>(REFS << BLOCK_SHIFT));
      }
      const j = k & BLOCK_MASK;
      if (readInto(leads[i], i, invalid, nums[b]!, refs[b]!, j * NUMS, j * REFS)) this.size = k + 1;
    }
    if (end > this.count) this.count = end;
    return this;
  }

  /** The `k`-th valid lead read (k < size), written into `out` (a row reused lead after lead). */
  rowAt(k: number, out: LeadRow): LeadRow {
    const b = this.passing ? 0 : k >> BLOCK_SHIFT;
    const j = k & BLOCK_MASK;
    return decode(this.nums[b]!, this.refs[b]!, j * NUMS, j * REFS, out);
  }
}
