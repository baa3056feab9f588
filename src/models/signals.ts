/**
 * Signals and levels shared by the alert models (opportunity alerts §2, churn
 * early warning §5): level order, the worst level of a row, the risk score,
 * the risk sort of rows and the level summary. One module, so both models
 * rank and count the same way (MODELS.md, "Conventions").
 */
import { upperBound } from './math.js';

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
 * Each row gets one whole-number key (level, risk score, rank of its money
 * among all rows, input index) so that a native numeric sort does the work:
 * a comparator sort of 100,000 rows costs tens of milliseconds.
 */
export function sortByRisk<T extends RiskRanked>(rows: readonly T[], money: ArrayLike<number>): T[] {
  const n = rows.length;
  let maxScore = 0;
  for (let i = 0; i < n; i++) if (rows[i]!.riskScore > maxScore) maxScore = rows[i]!.riskScore;
  const groups = 3 * (maxScore + 1);
  if (!(Number.isSafeInteger(maxScore) && groups * (n + 1) * n < Number.MAX_SAFE_INTEGER))
    return sortByComparator(rows, money);
  const sortedMoney = new Float64Array(n);
  for (let i = 0; i < n; i++) sortedMoney[i] = money[i]!;
  sortedMoney.sort();
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    const group = (2 - RANK[r.level]) * (maxScore + 1) + (maxScore - r.riskScore); // 0 = most severe
    const richer = n - upperBound(sortedMoney, money[i]!); // rows with more money; equal money ties
    keys[i] = (group * (n + 1) + richer) * n + i;
  }
  keys.sort();
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = rows[keys[i]! % n]!;
  return out;
}

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
