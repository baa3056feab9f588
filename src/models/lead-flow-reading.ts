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

/**
 * The lead schema's acceptance, written out by hand: zod per row is the cost
 * at 100,000 leads. It may only be stricter than the schema, never looser;
 * a row it refuses goes through zod, which has the last word and the messages.
 * Writes the row into `out` and returns true, or returns false (`out` then holds no row).
 */
function fastLead(raw: unknown, out: LeadRow): boolean {
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
  out.id = id as string | number;
  out.owner = (r.owner as string | null | undefined) ?? undefined;
  out.source = source;
  out.line = businessLine;
  out.pool = pool;
  out.created = created;
  out.entered = entered;
  out.assigned = assigned;
  out.first = first;
  out.converted = !Number.isNaN(conv);
  out.revenue = (revenue as number | null | undefined) ?? 0;
  out.engaged = engaged;
  out.industry = (industry as string | null | undefined) ?? undefined;
  out.region = (region as string | null | undefined) ?? undefined;
  out.category = (productCategory as string | null | undefined) ?? undefined;
  out.orders = (orders as number | null | undefined) ?? 0;
  out.orderAmount = (orderAmount as number | null | undefined) ?? 0;
  out.lastOrder = lastOrder;
  out.ordered = productCategory != null || orders != null || orderAmount != null || !Number.isNaN(lastOrder);
  out.transfers = transfers;
  out.convertedDay = conv;
  return true;
}

const day = (s: string | null | undefined): number => (s == null ? ABSENT : dayNumber(s));

function fromParsed(l: Lead, out: LeadRow): void {
  out.id = l.id;
  out.owner = l.owner ?? undefined;
  out.source = l.source;
  out.line = l.businessLine;
  out.pool = l.pool;
  out.created = dayNumber(l.createdAt);
  out.entered = dayNumber(l.poolEnteredAt);
  out.assigned = day(l.assignedAt);
  out.first = day(l.firstFollowUpAt);
  out.converted = l.convertedAt != null;
  out.revenue = l.revenue ?? 0;
  out.engaged = day(l.lastEngagementAt);
  out.industry = l.industry ?? undefined;
  out.region = l.region ?? undefined;
  out.category = l.productCategory ?? undefined;
  out.orders = l.orders ?? 0;
  out.orderAmount = l.orderAmount ?? 0;
  out.lastOrder = day(l.lastOrderAt);
  out.ordered = l.productCategory != null || l.orders != null || l.orderAmount != null || l.lastOrderAt != null;
  out.transfers = l.transfers ?? undefined;
  out.convertedDay = day(l.convertedAt);
}

/** One lead read into `out` (true), or listed in `invalid` (false). */
function readLeadInto(raw: unknown, index: number, invalid: InvalidRow[], out: LeadRow): boolean {
  if (fastLead(raw, out)) return true;
  const parsed = tryParse(leadSchema, raw);
  if (parsed.ok) {
    fromParsed(parsed.data, out);
    return true;
  }
  const id = rowId(raw);
  invalid.push(id === undefined ? { index, issues: parsed.issues } : { index, id, issues: parsed.issues });
  return false;
}

/** One lead row read as the analysis reads it, or null after listing it in `invalid`. */
export function readLead(raw: unknown, index: number, invalid: InvalidRow[]): LeadRow | null {
  const row = emptyLeadRow();
  return readLeadInto(raw, index, invalid, row) ? row : null;
}

/** Leads a block of numbers holds (a power of two), and the numbers a lead has in it. */
const BLOCK_SHIFT = 12;
const BLOCK_MASK = (1 << BLOCK_SHIFT) - 1;
const NUMBERS = 10;

/**
 * A list of leads read in order, in columns (their numbers in blocks of Float64Array: no object a lead, no boxed
 * number, nothing copied as it grows), the bad ones listed in `invalid`. `read` reads the leads not read yet, so a
 * list that only grows (a file's leads as they are mapped) can be read as it grows; the leads read must not change
 * afterwards.
 */
export class LeadReading {
  /** Leads read so far, valid or not. */
  count = 0;
  /** Valid leads read so far. */
  size = 0;
  /** The bad leads read so far (index order). */
  readonly invalid: InvalidRow[] = [];
  private readonly id: (string | number)[] = [];
  private readonly owner: (string | undefined)[] = [];
  private readonly source: string[] = [];
  private readonly line: string[] = [];
  private readonly pool: Pool[] = [];
  private readonly industry: (string | undefined)[] = [];
  private readonly region: (string | undefined)[] = [];
  private readonly category: (string | undefined)[] = [];
  private readonly transfers: (readonly Transfer[] | undefined)[] = [];
  /** The days and amounts, 10 a lead, 4096 leads a block. */
  private readonly blocks: Float64Array[] = [];
  /** Bit 1: converted, bit 2: ordered. */
  private readonly flags: number[] = [];
  private readonly scratch = emptyLeadRow();

  constructor(readonly leads: readonly unknown[]) {}

  /** Read the leads not read yet, up to `to` (all there are now by default). */
  read(to: number = this.leads.length): this {
    const { leads, invalid, scratch: r, blocks } = this;
    const end = Math.min(to, leads.length);
    for (let i = this.count; i < end; i++) {
      if (!readLeadInto(leads[i], i, invalid, r)) continue;
      const k = this.size;
      const b = k >> BLOCK_SHIFT;
      if (b === blocks.length) blocks.push(new Float64Array(NUMBERS << BLOCK_SHIFT));
      const c = blocks[b]!;
      const o = (k & BLOCK_MASK) * NUMBERS;
      this.id.push(r.id);
      this.owner.push(r.owner);
      this.source.push(r.source);
      this.line.push(r.line);
      this.pool.push(r.pool);
      this.industry.push(r.industry);
      this.region.push(r.region);
      this.category.push(r.category);
      this.transfers.push(r.transfers);
      c[o + 0] = r.created;
      c[o + 1] = r.entered;
      c[o + 2] = r.assigned;
      c[o + 3] = r.first;
      c[o + 4] = r.revenue;
      c[o + 5] = r.engaged;
      c[o + 6] = r.orders;
      c[o + 7] = r.orderAmount;
      c[o + 8] = r.lastOrder;
      c[o + 9] = r.convertedDay;
      this.flags.push((r.converted ? 1 : 0) | (r.ordered ? 2 : 0));
      this.size = k + 1;
    }
    if (end > this.count) this.count = end;
    return this;
  }

  /** The `k`-th valid lead read (k < size), written into `out` (a row reused lead after lead). */
  rowAt(k: number, out: LeadRow): LeadRow {
    const c = this.blocks[k >> BLOCK_SHIFT]!;
    const o = (k & BLOCK_MASK) * NUMBERS;
    out.id = this.id[k]!;
    out.source = this.source[k]!;
    out.line = this.line[k]!;
    out.pool = this.pool[k]!;
    out.owner = this.owner[k];
    out.industry = this.industry[k];
    out.region = this.region[k];
    out.category = this.category[k];
    out.transfers = this.transfers[k];
    out.created = c[o + 0]!;
    out.entered = c[o + 1]!;
    out.assigned = c[o + 2]!;
    out.first = c[o + 3]!;
    out.revenue = c[o + 4]!;
    out.engaged = c[o + 5]!;
    out.orders = c[o + 6]!;
    out.orderAmount = c[o + 7]!;
    out.lastOrder = c[o + 8]!;
    out.convertedDay = c[o + 9]!;
    const f = this.flags[k]!;
    out.converted = (f & 1) !== 0;
    out.ordered = (f & 2) !== 0;
    return out;
  }
}
