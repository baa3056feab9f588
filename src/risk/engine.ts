/**
 * Runs the two alert models (assessOpportunities §2, assessChurn §5) for the
 * risk panels and tells, for every output row, which input row it came from.
 *
 * The models return rows sorted by risk that carry only the contract's
 * fields, and ids may repeat, so a panel cannot join a row back to its input
 * (name, owner, amount…) by id alone. Here every input row whose id occurs
 * more than once is given a unique stand-in id for the call, and the real id
 * is put back in the output: the output is exactly what the model returns for
 * the untouched input, plus `index` (input index per output row).
 *
 * Large lists are assessed in slices (slices.ts). Here too: the facets of an
 * assessment, typed columns every list operation of a panel runs on.
 * Pure: no DOM, runs in Node, workers and the page.
 */
import type { OpportunityAssessment, OpportunityRow } from '../models/opportunities.js';
import type { ChurnAssessment, ChurnRow } from '../models/churn.js';
import type { Level } from '../models/signals.js';
import { isObject } from '../models/guards.js';

/** Which list the input carries: `opportunities` (model 2) or `accounts` (model 5). */
export type RiskKind = 'opportunities' | 'accounts';

export type RiskAssessment = OpportunityAssessment | ChurnAssessment;
export type RiskRow = OpportunityRow | ChurnRow;

/** The model of a kind (assessOpportunities or assessChurn): passed in, so a panel bundles only its own. */
export type RiskModel = (input: unknown) => RiskAssessment;

/** What a panel asks for: the model input split into its parts. */
export interface RiskJob {
  kind: RiskKind;
  model: RiskModel;
  asOf: unknown;
  rules?: unknown;
  list: unknown;
}

/** The model output and, per output row, the index of its input row. */
export interface IndexedAssessment<A extends RiskAssessment = RiskAssessment> {
  result: A;
  /** `index[k]` is the input index of `result.rows[k]`. */
  index: Int32Array;
}

/** The money key the model sorts by: amount for opportunities, arr (missing = 0) for accounts. */
export function moneyOf(kind: RiskKind, row: unknown): number {
  if (!isObject(row)) return 0;
  const v = kind === 'opportunities' ? row.amount : row.arr;
  return typeof v === 'number' ? v : 0;
}

const callModel = (job: RiskJob, list: unknown): RiskAssessment =>
  job.model({ asOf: job.asOf, rules: job.rules, [job.kind]: list });

/**
 * Assess `list` (a slice starting at input index `offset`) and give each
 * output row and invalid row its absolute input index.
 */
export function assessSlice(job: RiskJob, list: readonly unknown[], offset: number): IndexedAssessment {
  const n = list.length;
  // First pass: where each string id occurs (-1: more than once).
  const at = new Map<string, number>();
  let repeated = false;
  for (let i = 0; i < n; i++) {
    const r = list[i];
    const id = isObject(r) ? r.id : undefined;
    if (typeof id !== 'string' || id === '') continue;
    if (at.has(id)) {
      at.set(id, -1);
      repeated = true;
    } else at.set(id, i);
  }
  let input: readonly unknown[] = list;
  let prefix = '';
  if (repeated) {
    // A prefix that starts no real id, so a stand-in never meets a real one.
    prefix = '\u0000#';
    for (;;) {
      let clash = false;
      for (const id of at.keys())
        if (id.startsWith(prefix)) {
          clash = true;
          break;
        }
      if (!clash) break;
      prefix += '#';
    }
    const copy = list.slice();
    for (let i = 0; i < n; i++) {
      const r = list[i];
      if (isObject(r) && typeof r.id === 'string' && at.get(r.id) === -1) copy[i] = { ...r, id: prefix + i };
    }
    input = copy;
  }
  const result = callModel(job, input);
  const rows = result.rows as RiskRow[];
  const index = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    let i: number;
    if (repeated && row.id.startsWith(prefix)) {
      i = Number(row.id.slice(prefix.length));
      row.id = (list[i] as { id: string }).id;
    } else i = at.get(row.id)!;
    index[k] = i + offset;
  }
  for (const bad of result.invalid) {
    if (repeated && bad.id?.startsWith(prefix)) bad.id = (list[bad.index] as { id: string }).id;
    bad.index += offset;
  }
  return { result, index };
}

/** Assess in one call (the model's own output) with the input index of each row. */
export function assessIndexed(job: RiskJob): IndexedAssessment {
  const { list } = job;
  // Not a list: let the model word the problem.
  if (!Array.isArray(list)) return { result: callModel(job, list), index: new Int32Array(0) };
  return assessSlice(job, list, 0);
}

// ---- facets: typed columns a panel filters, sorts, counts and charts with -----------

/** A level as a number: 0 ok, 1 warning, 2 critical. */
export const LEVEL_NUMBER: Readonly<Record<Level, number>> = { ok: 0, warning: 1, critical: 2 };
/** The level of a level number. */
export const LEVEL_OF: readonly Level[] = ['ok', 'warning', 'critical'];

/** The numbers each kind keeps per row, in `RiskFacets.numbers` order. */
export const FACET_NUMBERS = {
  opportunities: ['daysInStage', 'cycleRatio', 'daysIdle'],
  accounts: ['daysToRenewal'],
} as const satisfies Record<RiskKind, readonly string[]>;

/** Key account (opportunities), in `RiskFacets.flags`. */
export const FLAG_KEY_ACCOUNT = 1;

/**
 * Every assessed row reduced to typed columns in output (risk) order: what
 * a panel needs to filter, sort, count and chart a list without holding the
 * row objects. A worker sends them as transferable buffers, so a list of
 * 100,000 rows reaches the page without cloning (and later collecting)
 * a million small objects; the rows themselves are rebuilt on demand
 * (rows.ts).
 */
export interface RiskFacets {
  /** Input index per output row (as IndexedAssessment.index). */
  index: Int32Array;
  /** 0 ok, 1 warning, 2 critical. */
  level: Uint8Array;
  riskScore: Float64Array;
  /** The money the model sorts by: amount (opportunities), arr or 0 (accounts). */
  money: Float64Array;
  /** Two bits per signal code (at 2 × its place in the code list): 0 absent, 1 warning, 2 critical. */
  signals: Uint32Array;
  /** Bit flags (FLAG_KEY_ACCOUNT). */
  flags: Uint8Array;
  /** Per kind, FACET_NUMBERS: opportunities daysInStage, cycleRatio, daysIdle; accounts daysToRenewal (NaN: none). */
  numbers: Float64Array[];
}

/** Facets for n rows, all zero. */
export function emptyFacets(kind: RiskKind, n: number): RiskFacets {
  return {
    index: new Int32Array(n),
    level: new Uint8Array(n),
    riskScore: new Float64Array(n),
    money: new Float64Array(n),
    signals: new Uint32Array(n),
    flags: new Uint8Array(n),
    numbers: FACET_NUMBERS[kind].map(() => new Float64Array(n)),
  };
}

/** The bit shift of each signal code (two bits each; at most 16 codes). */
export function signalShifts(codes: readonly string[]): Map<string, number> {
  if (codes.length > 16) throw new Error('facets hold at most 16 signal codes');
  return new Map(codes.map((c, i) => [c, 2 * i]));
}

/** The level number (0 absent, 1 warning, 2 critical) of the signal at `shift` in output row k. */
export const signalAt = (f: RiskFacets, k: number, shift: number): number => (f.signals[k]! >>> shift) & 3;

/**
 * Fill facets for output rows [from, to) of an indexed assessment. `codes`
 * is the model's list of signal codes (its order gives the bits).
 */
export function fillFacets(
  f: RiskFacets,
  kind: RiskKind,
  rows: readonly RiskRow[],
  index: Int32Array,
  list: readonly unknown[],
  codes: readonly string[] | Map<string, number>,
  from = 0,
  to = rows.length,
): RiskFacets {
  const shifts = codes instanceof Map ? codes : signalShifts(codes);
  const [n0, n1, n2] = f.numbers;
  for (let k = from; k < to; k++) {
    const row = rows[k]!;
    const i = index[k]!;
    f.index[k] = i;
    f.level[k] = LEVEL_NUMBER[row.level];
    f.riskScore[k] = row.riskScore;
    f.money[k] = moneyOf(kind, list[i]);
    let bits = 0;
    const signals = row.signals as readonly { code: string; level: Level }[];
    for (const signal of signals) {
      const sh = shifts.get(signal.code);
      if (sh === undefined) continue;
      const v = LEVEL_NUMBER[signal.level];
      if (v > ((bits >>> sh) & 3)) bits = (bits & ~(3 << sh)) | (v << sh);
    }
    f.signals[k] = bits >>> 0;
    if (kind === 'opportunities') {
      const o = row as OpportunityRow;
      f.flags[k] = o.keyAccount ? FLAG_KEY_ACCOUNT : 0;
      n0![k] = o.metrics.daysInStage;
      n1![k] = o.metrics.cycleRatio;
      n2![k] = o.metrics.daysIdle;
    } else {
      const d = (row as ChurnRow).daysToRenewal;
      n0![k] = d ?? NaN;
    }
  }
  return f;
}

/** Facets of a whole indexed assessment. */
export function facetsOf(
  kind: RiskKind,
  a: IndexedAssessment,
  list: readonly unknown[],
  codes: readonly string[],
): RiskFacets {
  const rows = a.result.rows as RiskRow[];
  return fillFacets(emptyFacets(kind, rows.length), kind, rows, a.index, list, codes);
}

/** The buffers of facets, to transfer them from a worker. */
export const facetBuffers = (f: RiskFacets): ArrayBuffer[] =>
  [f.index, f.level, f.riskScore, f.money, f.signals, f.flags, ...f.numbers].map((a) => a.buffer as ArrayBuffer);

/** The bits of the given codes (both bits each): `(f.signals[k] & mask) !== 0` when any of them is present. */
export function signalMask(shifts: ReadonlyMap<string, number>, codes: Iterable<string>): number {
  let m = 0;
  for (const c of codes) {
    const s = shifts.get(c);
    if (s !== undefined) m |= 3 << s;
  }
  return m >>> 0;
}

/** The signal bits of each group (a dimension, a cause): `groups` gives the group of each code. */
export function signalMasksBy<G extends string>(
  shifts: ReadonlyMap<string, number>,
  groups: Readonly<Record<string, G>>,
  keys: readonly G[],
): Record<G, number> {
  const out = {} as Record<G, number>;
  for (const g of keys)
    out[g] = signalMask(
      shifts,
      [...shifts.keys()].filter((c) => groups[c] === g),
    );
  return out;
}
