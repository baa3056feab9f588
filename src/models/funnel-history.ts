/**
 * Funnel rates from history (docs/models.md §3c): from past opportunities'
 * stage histories, each stage's conversion to the next (the last to won) and
 * the median days spent in it, over a trailing window of months and for each
 * month in it, with the number of records behind every rate.
 */
import {
  CLOSING_STAGES,
  funnelHistoryInputSchema,
  historyOpportunitySchema,
  type FunnelHistoryInput,
  type HistoryOpportunity,
  type HistoryOpportunityInput,
} from '../schemas/funnel-history.js';
import { codedIssue, parseOrThrow, rowId, tryParse, type InvalidRow, type Issue } from '../schemas/issues.js';
import { EN_FUNNEL } from '../i18n/issues/en-funnel.js';
import { LIMITS } from '../schemas/limits.js';
import { dayNumber } from './math.js';

export type { FunnelHistoryInput, HistoryOpportunity, HistoryOpportunityInput };

/** The counts behind one stage's rate, and its days in stage. */
export interface StageRate {
  key: string;
  /** converted + lost: the opportunities that decided at this stage. */
  records: number;
  converted: number;
  lost: number;
  /** Still in this stage on asOf: not in the rate. */
  open: number;
  /** converted / records; null without records. */
  rate: number | null;
  /** Median whole days from entering the stage to the next one up; null without samples. */
  medianDays: number | null;
  daysRecords: number;
}

export interface LearnedStage extends StageRate {
  /** records < minRecords. */
  warning: boolean;
}

export interface FunnelHistoryResult {
  window: { from: string; to: string; months: number };
  minRecords: number;
  stages: LearnedStage[];
  /** The rates in stage order, ready for §3a's `conversion`. */
  conversion: (number | null)[];
  months: { month: string; stages: StageRate[] }[];
  /** Valid opportunities that count in at least one stage of the window. */
  used: number;
  invalid: InvalidRow[];
}

/** The month index (year·12 + month − 1) of a day number (days since 1970-01-01; H. Hinnant's civil_from_days). */
export function monthOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 12 + m - 1;
}

/** `YYYY-MM` of a month index. */
export const monthText = (m: number): string => {
  const y = Math.floor(m / 12);
  return `${String(y).padStart(4, '0')}-${String(m - y * 12 + 1).padStart(2, '0')}`;
};

/** The median of a list (the mean of the two middle values for an even count); null when empty. */
export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  // A typed array sorts numbers natively, many times faster than a comparator over a plain array.
  const a = Float64Array.from(xs).sort();
  const h = a.length >> 1;
  return a.length % 2 ? a[h]! : (a[h - 1]! + a[h]!) / 2;
}

const LOST = -1;
const NONE = -2;

/** One accumulator of counts and day samples (a growable typed buffer: no boxed numbers, a native sort). */
interface Acc {
  converted: number;
  lost: number;
  open: number;
  days: Float64Array;
  samples: number;
}
const acc = (): Acc => ({ converted: 0, lost: 0, open: 0, days: new Float64Array(16), samples: 0 });
const sample = (a: Acc, d: number): void => {
  if (a.samples === a.days.length) {
    const grown = new Float64Array(a.days.length * 2);
    grown.set(a.days);
    a.days = grown;
  }
  a.days[a.samples++] = d;
};
/**
 * The median of an accumulator's samples, as `median`, by counting: the
 * samples are whole days (day numbers are integers) from a stage entered in
 * the window to a day no later than asOf, so 0 ≤ sample ≤ 31 · windowMonths
 * — a count per day is linear where a sort is not, and gives the same values.
 */
const medianOf = (a: Acc): number | null => {
  const n = a.samples;
  if (!n) return null;
  const xs = a.days;
  let max = 0;
  for (let i = 0; i < n; i++) if (xs[i]! > max) max = xs[i]!;
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < n; i++) counts[xs[i]!]!++;
  // The values at sorted positions h − 1 and h.
  const h = n >> 1;
  let below = 0;
  let v = 0;
  while (below + counts[v]! <= h - 1) below += counts[v++]!;
  const lower = v;
  while (below + counts[v]! <= h) below += counts[v++]!;
  return n % 2 ? v : (lower + v) / 2;
};
const rateOf = (key: string, a: Acc): StageRate => {
  const records = a.converted + a.lost;
  return {
    key,
    records,
    converted: a.converted,
    lost: a.lost,
    open: a.open,
    rate: records ? a.converted / records : null,
    medianDays: medianOf(a),
    daysRecords: a.samples,
  };
};

/** Stage indexes and day numbers of events, in buffers reused and grown as needed. */
interface Events {
  stages: Int32Array;
  days: Float64Array;
}

const events = (cap: number): Events => ({ stages: new Int32Array(cap), days: new Float64Array(cap) });

/** Room for `need` events in `buf`, keeping its first `keep`. */
function reserve(buf: Events, keep: number, need: number): void {
  if (need <= buf.stages.length) return;
  const cap = Math.max(buf.stages.length * 2, need);
  const st = new Int32Array(cap);
  st.set(buf.stages.subarray(0, keep));
  const dy = new Float64Array(cap);
  dy.set(buf.days.subarray(0, keep));
  buf.stages = st;
  buf.days = dy;
}

/**
 * Reads a row that is plainly valid without zod (the common case of a large
 * history) into `into` from event `at` on; returns its number of events, or
 * −1 when zod must judge it. Dates go straight to dayNumber's fast path: a
 * memo by text cost more (each new string hashed) on rows just read from a file.
 */
function quickRow(raw: unknown, index: Map<string, number>, into: Events, at: number): number {
  if (typeof raw !== 'object' || raw === null) return -1;
  const { id, events } = raw as { id?: unknown; events?: unknown };
  if (!((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id)))) return -1;
  if (!Array.isArray(events) || events.length < 1 || events.length > LIMITS.rowEvents) return -1;
  reserve(into, at, at + events.length);
  const { stages, days } = into;
  for (let j = 0; j < events.length; j++) {
    const e = events[j] as { stage?: unknown; at?: unknown } | null;
    if (typeof e !== 'object' || e === null || typeof e.stage !== 'string' || typeof e.at !== 'string') return -1;
    const s = index.get(e.stage);
    const d = dayNumber(e.at);
    if (s === undefined || Number.isNaN(d)) return -1;
    stages[at + j] = s;
    days[at + j] = d;
  }
  return events.length;
}

/**
 * Learn §3a's conversion rates and days in stage from stage histories
 * (docs/models.md §3c): each opportunity counts once, by the furthest stage
 * it reached and the state of its last event; a skipped stage counts as
 * passed; open opportunities stay out of the rates; bad rows go to `invalid`.
 */
export function learnFunnelRates(input: FunnelHistoryInput): FunnelHistoryResult;
export function learnFunnelRates(input: unknown): FunnelHistoryResult;
export function learnFunnelRates(input: unknown): FunnelHistoryResult {
  const p = parseOrThrow(funnelHistoryInputSchema, input);
  const learner = openLearner(p);
  learner.add(p.opportunities, 0);
  return learner.result();
}

/** Learns §3c's rates a slice of rows at a time (a page reading a large history yields between slices). */
export interface RateLearner {
  /** Read rows; `offset` is the index of the first one in the whole list (for `invalid`). */
  add(rows: readonly unknown[], offset: number): void;
  /** Read rows encoded by {@link historyEncoder} (a worker receives them as transferred buffers). */
  addEncoded(e: EncodedHistories): void;
  /** The result over every row added so far. */
  result(): FunnelHistoryResult;
}

/**
 * Stage histories as typed columns: the rows `quickRow` reads (plainly
 * valid), their events as stage indexes and day numbers, and every other
 * row as it is with its index (the learner judges it as `add` does). A page
 * sends these to the rates worker as transferred buffers, so 200,000 rows
 * cost it no structured clone.
 */
export interface EncodedHistories {
  /** Events of encoded row k are at [starts[k], starts[k + 1]). */
  starts: Int32Array;
  stages: Int32Array;
  days: Float64Array;
  /** Rows that are not encoded, by their index in the whole list. */
  others: { index: number; row: unknown }[];
}

/** Stage key → index: the funnel's stages 0..n−1, `won` n, `lost` LOST. */
function stageIndex(keys: readonly string[]): Map<string, number> {
  const index = new Map<string, number>(keys.map((k, i) => [k, i]));
  index.set('won', keys.length);
  index.set('lost', LOST);
  return index;
}

/**
 * An encoder of stage histories for `stages` (the same rules as the
 * learner's quick path): `encode(rows, offset)` returns them as
 * {@link EncodedHistories} for `RateLearner.addEncoded`.
 */
export function historyEncoder(
  stages: readonly string[],
): (rows: readonly unknown[], offset: number) => EncodedHistories {
  const index = stageIndex(stages);
  return (rows, offset) => {
    // A fresh buffer per slice (its buffers are transferred), sized for about four events a row.
    const buf = events(rows.length * 4);
    const starts = new Int32Array(rows.length + 1);
    const others: EncodedHistories['others'] = [];
    let n = 0;
    let k = 0;
    for (let r = 0; r < rows.length; r++) {
      const len = quickRow(rows[r], index, buf, n);
      if (len < 0) others.push({ index: offset + r, row: rows[r] });
      else starts[++k] = n += len;
    }
    // Views, not copies: the page transfers their buffers whole (a few unused bytes beat a second allocation).
    return {
      starts: starts.subarray(0, k + 1),
      stages: buf.stages.subarray(0, n),
      days: buf.days.subarray(0, n),
      others,
    };
  };
}

/**
 * `learnFunnelRates` in slices: the input without its rows is checked at
 * once (throws a ModelInputError naming the field), the rows come by `add`;
 * the result equals `learnFunnelRates` on all the rows in the same order.
 */
export function rateLearner(input: Omit<FunnelHistoryInput, 'opportunities'>): RateLearner;
export function rateLearner(input: unknown): RateLearner;
export function rateLearner(input: unknown): RateLearner {
  const envelope = typeof input === 'object' && input !== null ? { ...input, opportunities: [] } : input;
  return openLearner(parseOrThrow(funnelHistoryInputSchema, envelope));
}

function openLearner(p: {
  stages: string[];
  asOf: string;
  windowMonths?: number | null;
  minRecords?: number | null;
}): RateLearner {
  const keys = p.stages;
  const n = keys.length;
  const windowMonths = p.windowMonths ?? 12;
  const minRecords = p.minRecords ?? 30;
  const asOf = dayNumber(p.asOf);
  const to = monthOfDay(asOf);
  const from = to - windowMonths + 1;
  // Stage index: funnel stages 0..n−1, won n, lost LOST.
  const index = stageIndex(keys);

  const total = keys.map(acc);
  const byMonth = Array.from({ length: windowMonths }, () => keys.map(acc));
  const invalid: InvalidRow[] = [];
  let used = 0;
  const first = new Float64Array(n + 1);
  const higher = new Float64Array(n + 1);

  const check = (row: HistoryOpportunity): Issue[] => {
    const issues: Issue[] = [];
    row.events.forEach((e, j) => {
      if (!index.has(e.stage)) {
        const path = `events.${j}.stage`;
        const params = { stage: e.stage, stages: [...keys, ...CLOSING_STAGES].map((k) => JSON.stringify(k)) };
        issues.push(codedIssue(path, `${path} ${EN_FUNNEL.unknown_stage(params)}`, 'unknown_stage', params));
      }
    });
    return issues;
  };

  // The window's months by day, for the days a row can count on (≤ asOf, and no earlier than `windowMonths`
  // months of 31 days before it): −1 before the window. monthOfDay on a lookup instead of per stage and row.
  const lo = asOf - 31 * windowMonths;
  const monthAt = new Int32Array(asOf - lo + 1);
  for (let d = lo; d <= asOf; d++) monthAt[d - lo] = Math.max(-1, monthOfDay(d) - from);
  const windowMonth = (day: number): number => {
    const k = day - lo;
    if (k < 0) return -1;
    if (k < monthAt.length) return monthAt[k]!;
    const m = monthOfDay(day);
    return m > to ? -1 : m - from;
  };

  const ev = events(16);
  const add = (rows: readonly unknown[], offset: number): void => {
    for (let k = 0; k < rows.length; k++) {
      const raw = rows[k];
      let len = quickRow(raw, index, ev, 0);
      if (len < 0) {
        const r = offset + k;
        const t = tryParse(historyOpportunitySchema, raw);
        const issues = t.ok ? check(t.data) : t.issues;
        if (issues.length || !t.ok) {
          const id = rowId(raw);
          invalid.push(id === undefined ? { index: r, issues } : { index: r, id, issues });
          continue;
        }
        const es = t.data.events;
        reserve(ev, 0, es.length);
        es.forEach((e, j) => {
          ev.stages[j] = index.get(e.stage)!;
          ev.days[j] = dayNumber(e.at);
        });
        len = es.length;
      }
      countRow(ev.stages, ev.days, 0, len);
    }
  };
  const addEncoded = (e: EncodedHistories): void => {
    const { starts, stages, days } = e;
    for (let k = 0; k + 1 < starts.length; k++) countRow(stages, days, starts[k]!, starts[k + 1]!);
    // The rows the encoder left as they are, in index order: invalid rows keep their order.
    for (const o of e.others) add([o.row], o.index);
  };
  /** Count one opportunity's events [a, b) (the state on asOf) into the totals and its months. */
  const countRow = (stages: Int32Array, days: Float64Array, a: number, b: number): void => {
    // The state on asOf: events after it are not yet known.
    first.fill(Infinity);
    let reach = -1;
    let lastDay = -Infinity;
    let last = NONE;
    for (let j = a; j < b; j++) {
      const d = days[j]!;
      if (d > asOf) continue;
      const s = stages[j]!;
      // The last event by date; on the same day the later one in the input.
      if (d >= lastDay) {
        lastDay = d;
        last = s;
      }
      if (s === LOST) continue;
      if (d < first[s]!) first[s] = d;
      if (s > reach) reach = s;
    }
    if (reach < 0) return;
    // For each stage: the first entry into any higher stage (when a skipped stage was passed).
    let above = Infinity;
    for (let i = n; i >= 0; i--) {
      higher[i] = above;
      if (first[i]! < above) above = first[i]!;
    }
    let counted = false;
    const top = Math.min(reach, n - 1);
    for (let i = 0; i <= top; i++) {
      const entered = first[i] !== Infinity;
      const month = windowMonth(entered ? first[i]! : higher[i]!);
      if (month < 0) continue;
      counted = true;
      const t = total[i]!;
      const m = byMonth[month]![i]!;
      if (reach > i) {
        t.converted++;
        m.converted++;
        if (entered) {
          // Days to the earliest event at a higher stage on or after the first entry.
          const e = first[i]!;
          let next = Infinity;
          for (let j = a; j < b; j++) {
            const d = days[j]!;
            if (stages[j]! > i && d >= e && d <= asOf && d < next) next = d;
          }
          if (next !== Infinity) {
            sample(t, next - e);
            sample(m, next - e);
          }
        }
      } else if (last === LOST) {
        t.lost++;
        m.lost++;
      } else {
        t.open++;
        m.open++;
      }
    }
    if (counted) used++;
  };

  const result = (): FunnelHistoryResult => {
    const stagesOut = keys.map((k, i) => {
      const s = rateOf(k, total[i]!);
      return { ...s, warning: s.records < minRecords };
    });
    return {
      window: { from: monthText(from), to: monthText(to), months: windowMonths },
      minRecords,
      stages: stagesOut,
      conversion: stagesOut.map((s) => s.rate),
      months: byMonth.map((m, k) => ({ month: monthText(from + k), stages: keys.map((key, i) => rateOf(key, m[i]!)) })),
      used,
      invalid: [...invalid],
    };
  };
  return { add, addEncoded, result };
}
