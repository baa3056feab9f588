/**
 * Signals and levels shared by the alert models (opportunity alerts §2, churn
 * early warning §5): level order, the worst level of a row, the risk score,
 * the risk sort of rows and the level summary. One module, so both models
 * rank and count the same way (docs/models.md, "Conventions shared by all models").
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
  for (const signal of signals) {
    const r = RANK[signal.level];
    if (r > rank) rank = r;
  }
  return LEVELS[rank]!;
}

/** 3 per critical signal + 1 per warning signal. */
export function riskScore(signals: readonly { level: Level }[]): number {
  let s = 0;
  for (const signal of signals) s += RISK_POINTS[signal.level];
  return s;
}

/** What the sort and the summary read from a row. */
export interface RiskRanked {
  level: Level;
  riskScore: number;
}

/** The sort's keys of rows[i], taken beforehand: `rank[i]` is levelRank(level), `score[i]` the riskScore. */
export interface SortKeys {
  rank: Uint8Array;
  score: Float64Array;
}

/**
 * Rows sorted by level, then riskScore, then the money key, all descending;
 * input order on ties (stable). `money[i]` is the money key of `rows[i]`.
 * Returns a new array; the input is left as it is.
 *
 * Linear time: a stable least-significant-digit radix sort of (group, money) with the keys carried
 * along, 8 bits a pass over the IEEE 754 bits of the money key (passes whose digit is the same for
 * every row are skipped), then a counting pass by group (level, riskScore). A comparison sort costs
 * n·log n and, past a few hundred thousand rows, a cache miss per comparison: 1,000,000 rows took 12×
 * the time of 100,000. Small lists, and keys a radix sort cannot order (a NaN, a risk score that is
 * not a whole number), use the comparator; both give the same order.
 */
export function sortByRisk<T extends RiskRanked>(rows: readonly T[], money: ArrayLike<number>, keys?: SortKeys): T[] {
  const steps = sortByRiskSteps(rows, money, keys);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/**
 * `sortByRisk` as steps, for a caller that yields to the page between them (a panel sorting 100,000
 * rows on the main thread): it pauses after reading the keys and after each pass over the rows, and
 * within them every RADIX_STEP rows (on a page whose code is not yet compiled, a whole pass over 100,000
 * rows was a step of tens of milliseconds), and returns the same array `sortByRisk` returns. With `keys`
 * (each row's level and score, gathered by the model as it made the rows) no row object is read.
 */
export function* sortByRiskSteps<T extends RiskRanked>(
  rows: readonly T[],
  money: ArrayLike<number>,
  keys?: SortKeys,
): Generator<void, T[], void> {
  const order = yield* riskOrderSteps(rows, money, keys);
  const out = new Array<T>(rows.length);
  for (let k = 0; k < out.length; k++) out[k] = rows[order[k]!]!;
  return out;
}

/**
 * The order `sortByRiskSteps` puts rows in, as input positions (`order[k]` is the input position of the
 * k-th row), in the same steps: for a caller that reorders columns of its own along with the rows (the
 * slices' merge), without an object per row to carry its position.
 */
export function* riskOrderSteps(
  rows: readonly RiskRanked[] | null,
  money: ArrayLike<number>,
  keys?: SortKeys,
): Generator<void, ArrayLike<number>, void> {
  // With keys, rows (null: none at hand) are not read.
  const n = keys ? keys.rank.length : rows!.length;
  if (n < RADIX_MIN || !LITTLE_ENDIAN)
    // A short list's keys in plain arrays: no buffer per model call (a page assesses slices of 500 rows).
    return keys
      ? comparatorOrder(keys.rank, keys.score, money)
      : comparatorOrder(
          rows!.map((r) => RANK[r.level]),
          rows!.map((r) => r.riskScore),
          money,
        );
  const rank = keys?.rank ?? new Uint8Array(n);
  const score = keys?.score ?? new Float64Array(n);
  if (!keys)
    for (let i = 0; i < n; i++) {
      const r = rows![i]!;
      rank[i] = RANK[r.level];
      score[i] = r.riskScore;
    }
  let maxScore = 0;
  for (let from = 0; from < n; from += RADIX_STEP) {
    const to = Math.min(n, from + RADIX_STEP);
    maxScore = maxScoreOf(score, money, from, to, maxScore);
    if (maxScore < 0) return comparatorOrder(rank, score, money);
    if (to < n) yield;
  }
  if (maxScore > MAX_GROUPS) return comparatorOrder(rank, score, money);

  // Keys: money as two unsigned words whose order is the descending order of the numbers (−0 is 0),
  // and the group: 0 = critical with the highest score … last = ok with score 0. Read in input order
  // from typed arrays (a row object read in sorted order is a cache miss at 1,000,000 rows).
  const span = maxScore + 1;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let grp = new Uint32Array(n);
  let idx = new Uint32Array(n);
  for (let from = 0; from < n; from += RADIX_STEP) {
    const to = Math.min(n, from + RADIX_STEP);
    readKeys(money, rank, score, maxScore, { hi, lo, grp, idx }, from, to);
    yield;
  }
  // Least significant digit first, 8 bits a pass, the keys still needed carried along with the row
  // indexes: every pass reads its keys in order and writes to 256 places. (Reading keys by index
  // in sorted order, or writing to 65,536 places, missed the cache at 1,000,000 rows.) The loops are
  // functions of their own: called step after step they are compiled early, where a loop in the generator
  // ran uncompiled through the page's first sort (a whole pass over 100,000 rows was then one long step).
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let grp2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  const count = new Uint32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    const key = pass < 4 ? lo : hi;
    const shift = (pass & 3) * 8;
    count.fill(0);
    for (let from = 0; from < n; from += RADIX_STEP) {
      const to = Math.min(n, from + RADIX_STEP);
      countDigits(key, shift, count, from, to);
      if (to < n) yield;
    }
    // A pass where every row has the same digit changes nothing (the low bits of whole amounts).
    if (count[(key[0]! >>> shift) & 0xff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    const carry = {
      hi: pass < 7 ? hi : null,
      hi2: pass < 7 ? hi2 : null,
      lo: pass < 3 ? lo : null,
      lo2: pass < 3 ? lo2 : null,
    };
    for (let from = 0; from < n; from += RADIX_STEP) {
      const to = Math.min(n, from + RADIX_STEP);
      placeDigits(key, shift, count, idx, idx2, grp, grp2, carry, from, to);
      yield;
    }
    [idx, idx2] = [idx2, idx];
    [grp, grp2] = [grp2, grp];
    if (carry.hi) [hi, hi2] = [hi2, hi];
    if (carry.lo) [lo, lo2] = [lo2, lo];
  }
  // Stable by group last: the most significant key.
  const start = new Uint32Array(3 * span + 1);
  for (let from = 0; from < n; from += RADIX_STEP) {
    const to = Math.min(n, from + RADIX_STEP);
    countGroups(grp, start, from, to);
    if (to < n) yield;
  }
  for (let g = 1; g < start.length; g++) start[g]! += start[g - 1]!;
  for (let from = 0; from < n; from += RADIX_STEP) {
    const to = Math.min(n, from + RADIX_STEP);
    placeGroups(grp, start, idx, idx2, from, to);
    yield;
  }
  return idx2;
}

/** The largest of `max` and the scores of rows [from, to); −1 when one of them cannot be radix sorted. */
function maxScoreOf(score: ArrayLike<number>, money: ArrayLike<number>, from: number, to: number, max: number): number {
  for (let i = from; i < to; i++) {
    const s = score[i]!;
    if (!(Number.isInteger(s) && s >= 0) || Number.isNaN(money[i]!)) return -1;
    if (s > max) max = s;
  }
  return max;
}

const moneyBits = new Float64Array(1);
const moneyBitWords = new Uint32Array(moneyBits.buffer);

/**
 * Rows [from, to)'s keys: the money as two unsigned words whose ascending order is its descending order,
 * the group (0 = critical with the highest score … last = ok with score 0), the row's index.
 */
function readKeys(
  money: ArrayLike<number>,
  rank: ArrayLike<number>,
  score: ArrayLike<number>,
  maxScore: number,
  out: { hi: Uint32Array; lo: Uint32Array; grp: Uint32Array; idx: Uint32Array },
  from: number,
  to: number,
): void {
  const { hi, lo, grp, idx } = out;
  const span = maxScore + 1;
  for (let i = from; i < to; i++) {
    moneyBits[0] = money[i]! + 0;
    const h = moneyBitWords[1]!;
    if (h >>> 31) {
      // Negative: ascending order is the bits inverted; descending is the bits as they are.
      hi[i] = h;
      lo[i] = moneyBitWords[0]!;
    } else {
      hi[i] = ~(h ^ 0x80000000) >>> 0;
      lo[i] = ~moneyBitWords[0]! >>> 0;
    }
    grp[i] = (2 - rank[i]!) * span + (maxScore - score[i]!);
    idx[i] = i;
  }
}

function countGroups(grp: Uint32Array, start: Uint32Array, from: number, to: number): void {
  for (let k = from; k < to; k++) start[grp[k]! + 1]!++;
}

function placeGroups(
  grp: Uint32Array,
  start: Uint32Array,
  idx: Uint32Array,
  out: Uint32Array,
  from: number,
  to: number,
): void {
  for (let k = from; k < to; k++) out[start[grp[k]!]!++] = idx[k]!;
}

function countDigits(key: Uint32Array, shift: number, count: Uint32Array, from: number, to: number): void {
  for (let k = from; k < to; k++) count[(key[k]! >>> shift) & 0xff]!++;
}

/** The money words a pass carries along (null: no later pass reads them). */
interface Carried {
  hi: Uint32Array | null;
  hi2: Uint32Array | null;
  lo: Uint32Array | null;
  lo2: Uint32Array | null;
}

/** Place rows [from, to) of a pass at their digit's next place, with the keys still needed. */
function placeDigits(
  key: Uint32Array,
  shift: number,
  count: Uint32Array,
  idx: Uint32Array,
  idx2: Uint32Array,
  grp: Uint32Array,
  grp2: Uint32Array,
  carry: Carried,
  from: number,
  to: number,
): void {
  const { hi, hi2, lo, lo2 } = carry;
  for (let k = from; k < to; k++) {
    const at = count[(key[k]! >>> shift) & 0xff]!++;
    idx2[at] = idx[k]!;
    grp2[at] = grp[k]!;
    if (hi) hi2![at] = hi[k]!;
    if (lo) lo2![at] = lo[k]!;
  }
}

/** Rows a step of the radix sort reads or places (a step of its own between reading the keys and each pass). */
const RADIX_STEP = 32_768;
/** Below this many rows the comparator is as fast, and needs no buckets. */
const RADIX_MIN = 512;
/** Risk scores above this (never seen: a row has a handful of signals) fall back to the comparator. */
const MAX_GROUPS = 1_000_000;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The same order with a comparator: for inputs whose keys would not fit a safe integer. */
function comparatorOrder(rank: ArrayLike<number>, score: ArrayLike<number>, money: ArrayLike<number>): number[] {
  const order = Array.from({ length: rank.length }, (_, i) => i);
  order.sort(
    (a, b) =>
      rank[b]! - rank[a]! ||
      score[b]! - score[a]! ||
      (money[b]! > money[a]! ? 1 : money[b]! < money[a]! ? -1 : 0) ||
      a - b,
  );
  return order;
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

/**
 * What the risk sort and the summary read from each row, gathered by a model while the row is at hand:
 * its level rank and risk score (the sort's keys), its money key, the level counts and the money at
 * risk. Read again from 1,000,000 finished row objects, these cost a cache miss per row and pass, which
 * made the models' time per row grow with the list (assessChurn 1M ÷ 100k: 10.3–11.9×); taken as the rows
 * are made, they cost nothing extra. Same figures as `levelCounts`, `moneyAtRisk` and `sortByRisk`'s own
 * reading (the money is summed in the same order).
 */
export class RiskKeys {
  readonly rank: Uint8Array;
  readonly score: Float64Array;
  readonly money: Float64Array;
  /** Rows added. */
  n = 0;
  readonly counts: LevelCounts = { ok: 0, warning: 0, critical: 0 };
  /** Σ money of the rows at warning or critical, in the order they were added. */
  atRisk = 0;

  /** Room for `capacity` rows (a model's input length). */
  constructor(capacity: number) {
    this.rank = new Uint8Array(capacity);
    this.score = new Float64Array(capacity);
    this.money = new Float64Array(capacity);
  }

  /** The next row's keys. */
  add(row: RiskRanked, money: number): void {
    const n = this.n++;
    const r = RANK[row.level];
    this.rank[n] = r;
    this.score[n] = row.riskScore;
    this.money[n] = money;
    this.counts[row.level]++;
    if (r) this.atRisk += money;
  }

  /** The rows added, in risk order (`rows[i]` is the i-th row added). */
  sort<T extends RiskRanked>(rows: readonly T[]): T[] {
    const n = this.n;
    return sortByRisk(rows, this.money.subarray(0, n), {
      rank: this.rank.subarray(0, n),
      score: this.score.subarray(0, n),
    });
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
  for (const row of rows) c[row.level]++;
  return c;
}

/** Σ money of the rows at warning or critical; `money[i]` belongs to `rows[i]`. */
export function moneyAtRisk(rows: readonly { level: Level }[], money: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i]!.level !== 'ok') s += money[i]!;
  return s;
}

/**
 * Signals that repeat across the rows of one model call, made once and shared by every row that raises
 * them, frozen with their details. What a call keeps is its output, and the collector copies every
 * kept object twice (docs/performance.md, issue 11): a row's signals and details were half of it. The
 * key is a number that decides the whole signal (its level and every figure of its detail) under the
 * call's rules; a caller whose signal also holds text checks it on a hit. −0 and non-finite keys are
 * not kept, nor more than SHARED_MAX signals: past that a row gets its own.
 */
export class SignalTable<S extends { detail: object }> {
  private readonly kept = new Map<number, S>();

  /** The signal kept under `key`, if any. */
  get(key: number): S | undefined {
    return this.kept.get(key);
  }

  /** Keep `s` under `key` (frozen) while there is room; returns `s`. */
  keep(key: number, s: S): S {
    if (this.hold(key, s)) freezeSignal(s);
    return s;
  }

  /**
   * Keep `s` under `key` while there is room, not frozen: for signals that seldom repeat, frozen by
   * `shared` when a second row takes one (so a frozen signal is always one rows share). True when kept.
   */
  hold(key: number, s: S): boolean {
    if (this.kept.size >= SHARED_MAX || !Number.isFinite(key) || Object.is(key, -0)) return false;
    this.kept.set(key, s);
    return true;
  }

  /** A signal this table keeps, frozen with its detail: for another row to share. */
  shared(s: S): S {
    return Object.isFrozen(s) ? s : freezeSignal(s);
  }
}

function freezeSignal<S extends { detail: object }>(s: S): S {
  for (const v of Object.values(s.detail)) if (typeof v === 'object' && v !== null) Object.freeze(v);
  Object.freeze(s.detail);
  return Object.freeze(s);
}
const SHARED_MAX = 4096;
