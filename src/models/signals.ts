/**
 * Signals and levels shared by the alert models (opportunity alerts §2, churn
 * early warning §5): level order, the worst level of a row, the risk score,
 * the risk sort of rows and the level summary. One module, so both models
 * rank and count the same way (MODELS.md, "Conventions").
 */

/** Levels in ascending order of severity: `ok < warning < critical`. */
export const LEVELS = ['ok', 'warning', 'critical'] as const;
export type Level = (typeof LEVELS)[number];
/** The level of a signal: a signal is never `ok`. */
export type SignalLevel = Exclude<Level, 'ok'>;

const RANK: Readonly<Record<Level, number>> = { ok: 0, warning: 1, critical: 2 };

/** 0 for ok, 1 for warning, 2 for critical. */
export const levelRank = (level: Level): number => RANK[level];

/** Negative when a is less severe than b, 0 when equal, positive when more severe. */
export const compareLevels = (a: Level, b: Level): number => RANK[a] - RANK[b];

/** The more severe of two levels. */
export const worseLevel = (a: Level, b: Level): Level => (RANK[b] > RANK[a] ? b : a);

/** Points of one signal in the risk score: 3 per critical, 1 per warning. */
export const RISK_POINTS: Readonly<Record<Level, number>> = { ok: 0, warning: 1, critical: 3 };

/** The worst level among signals; `ok` when there are none. */
export function worstLevel(signals: readonly { level: Level }[]): Level {
  let rank = 0;
  for (let i = 0; i < signals.length; i++) {
    const r = RANK[signals[i]!.level];
    if (r > rank) rank = r;
  }
  return LEVELS[rank]!;
}

/** 3 per critical signal + 1 per warning signal. */
export function riskScore(signals: readonly { level: Level }[]): number {
  let s = 0;
  for (let i = 0; i < signals.length; i++) s += RISK_POINTS[signals[i]!.level];
  return s;
}

/** What the sort and the summary read from a row. */
export interface RiskRanked {
  level: Level;
  riskScore: number;
}

/**
 * Rows sorted by level, then riskScore, then the money key, all descending;
 * input order on ties (stable). `money[i]` is the money key of `rows[i]`.
 * Returns a new array; the input is left as it is.
 *
 * Linear time: a stable radix sort of the row indexes by money (descending,
 * 16 bits a pass over the IEEE 754 bits), then a stable counting sort by
 * (level, riskScore). A comparison sort costs n·log n and, past a few
 * hundred thousand rows, a cache miss per comparison (the keys no longer fit
 * in the processor's cache): 1,000,000 rows took 12× the time of 100,000. Small lists, and keys a radix sort cannot
 * order (a NaN, a risk score that is not a whole number), use the comparator;
 * both give the same order.
 */
export function sortByRisk<T extends RiskRanked>(rows: readonly T[], money: ArrayLike<number>): T[] {
  const n = rows.length;
  if (n < RADIX_MIN || !LITTLE_ENDIAN) return sortByComparator(rows, money);
  let maxScore = 0;
  for (let i = 0; i < n; i++) {
    const s = rows[i]!.riskScore;
    if (!(Number.isInteger(s) && s >= 0) || Number.isNaN(money[i]!)) return sortByComparator(rows, money);
    if (s > maxScore) maxScore = s;
  }
  if (maxScore > MAX_GROUPS) return sortByComparator(rows, money);

  // Money as two unsigned words whose order is the descending order of the numbers (−0 is 0).
  const bits = new Float64Array(n);
  for (let i = 0; i < n; i++) bits[i] = money[i]! + 0;
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1]!;
    if (hi >>> 31) {
      // Negative: ascending order is the bits inverted; descending is the bits as they are.
    } else {
      words[2 * i + 1] = ~(hi ^ 0x80000000) >>> 0;
      words[2 * i] = ~words[2 * i]! >>> 0;
    }
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const count = new Uint32Array(RADIX);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(words[2 * i + word]! >>> shift) & 0xffff]!++;
    // A pass where every row has the same digit changes nothing (the low bits of whole amounts).
    if (count[(words[word]! >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[count[(words[2 * i + word]! >>> shift) & 0xffff]!++] = i;
    }
    [order, next] = [next, order];
  }

  // Stable by group: 0 = critical with the highest score … last = ok with score 0.
  // Read each row once, in input order: a row object read in sorted order is a cache miss at 1,000,000 rows.
  const span = maxScore + 1;
  const group = new Uint32Array(n);
  const start = new Uint32Array(3 * span + 1);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    const g = (2 - RANK[r.level]) * span + (maxScore - r.riskScore);
    group[i] = g;
    start[g + 1]!++;
  }
  for (let g = 1; g < start.length; g++) start[g]! += start[g - 1]!;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    next[start[group[i]!]!++] = i;
  }
  const out = new Array<T>(n);
  for (let k = 0; k < n; k++) out[k] = rows[next[k]!]!;
  return out;
}

/** Below this many rows the comparator is as fast, and needs no buckets. */
const RADIX_MIN = 512;
const RADIX = 65_536;
/** Risk scores above this (never seen: a row has a handful of signals) fall back to the comparator. */
const MAX_GROUPS = 1_000_000;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The same order with a comparator: for inputs whose keys would not fit a safe integer. */
function sortByComparator<T extends RiskRanked>(rows: readonly T[], money: ArrayLike<number>): T[] {
  const order = rows.map((_, i) => i);
  order.sort(
    (a, b) =>
      RANK[rows[b]!.level] - RANK[rows[a]!.level] ||
      rows[b]!.riskScore - rows[a]!.riskScore ||
      (money[b]! > money[a]! ? 1 : money[b]! < money[a]! ? -1 : 0) ||
      a - b,
  );
  return order.map((i) => rows[i]!);
}

/**
 * A list built item by item for one row, then copied out at its exact length.
 * An array grown by `push` keeps room for 17 items: the alert models keep a
 * signals list (and a causes or suggestions list) per row, and at 1,000,000
 * rows that spare room was over a quarter of the heap they retain, which the
 * garbage collector copied again and again. One buffer per model, reused row
 * after row (the models are synchronous); `clear()` at the start of a row.
 */
export class RowList<T> {
  private readonly items: T[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(item: T): void {
    this.items[this.length++] = item;
  }

  /** The items as a new array of exactly their number. */
  take(): T[] {
    return this.length ? this.items.slice(0, this.length) : [];
  }
}

/** How many rows are at each level. */
export interface LevelCounts {
  ok: number;
  warning: number;
  critical: number;
}

/** Count rows per level. */
export function levelCounts(rows: readonly { level: Level }[]): LevelCounts {
  const c: LevelCounts = { ok: 0, warning: 0, critical: 0 };
  for (let i = 0; i < rows.length; i++) c[rows[i]!.level]++;
  return c;
}

/** Σ money of the rows at warning or critical; `money[i]` belongs to `rows[i]`. */
export function moneyAtRisk(rows: readonly { level: Level }[], money: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i]!.level !== 'ok') s += money[i]!;
  return s;
}
