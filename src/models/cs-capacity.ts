/**
 * Model 6, the customer-success organisation (docs/models.md §6, seed
 * 客戶成功組織設計模型): the paying-customer base at the horizon, the
 * customers one CSM can serve at saturated workload given the deep-service
 * mix, and the CSMs and managers that base needs.
 */
import {
  csCapacityInputSchema,
  csSegmentHeadSchema,
  csSegmentsInputSchema,
  type CsCapacityInput,
  type CsCapacityParsed,
  type CsSegmentInput,
  type CsSegmentsInput,
} from '../schemas/cs-capacity.js';
import {
  isModelInputError,
  baseIssue,
  issuesOf,
  ModelInputError,
  parseOrThrow,
  rowId,
  tryParse,
  type InvalidRow,
  type Issue,
} from '../schemas/issues.js';
import { ceilE, EPS, floorE } from './math.js';
import { managerCount, managersBySpans } from './org.js';
import { EN_PLANNING } from '../i18n/issues/en-planning.js';
import type { CsFigure } from '../schemas/issue-codes.js';

const issue = issuesOf(EN_PLANNING);

export type { CsCapacityInput, CsSegmentInput, CsSegmentsInput };

export interface CsMonth {
  /** Months from today, 0..horizonMonths. */
  month: number;
  /** Paying customers at that month (the base formula with H = month). */
  customers: number;
  /** CSMs those customers need at the plan's capacityPerCsm; null only when that capacity is null. */
  csms: number | null;
}

export interface CsCapacityResult {
  /** B: paying customers at the horizon. */
  base: number;
  /** The r2 used: given, derived, or 0 when the base is 0. */
  deepCustomerShare: number;
  /**
   * Customers per CSM at saturated workload. null only when the base is 0,
   * r2 is therefore 0 and no standardHoursPerCustomer is given: with no
   * customers and no standard-service hours there is nothing to size against.
   */
  capacityPerCsm: number | null;
  csms: number;
  /** Managers per level, first-line first; [] when there are no CSMs. */
  managers: number[];
  /** csms + Σ managers. */
  totalHeadcount: number;
  monthly: CsMonth[];
  /**
   * Beyond the contract: the two bounds on customers per CSM before rounding —
   * deep r1·T / (r2·T1) (null when r2 = 0), standard (1−r1)·T / ((1−r2)·T2)
   * (null without T2 or when r2 = 1) — and which one sets capacityPerCsm
   * (null when capacityPerCsm is null; `deep` when both give the same).
   */
  bounds: { deep: number | null; standard: number | null; binding: 'deep' | 'standard' | null };
  /** Beyond the contract: one CSM's month in hours, r1·T on deep and (1−r1)·T on standard service. */
  hours: { deep: number; standard: number };
  /** Beyond the contract: one CSM's customers by service, r2·capacityPerCsm and (1−r2)·capacityPerCsm; null with capacityPerCsm. */
  customersPerCsm: { deep: number; standard: number } | null;
  /** Beyond the contract: csms · capacityPerCsm − base, the customers the CSMs can still take before the next one is needed; null with capacityPerCsm. */
  room: number | null;
}

/** Whole count with the shared tolerance, never −0. */
const wholeUp = (x: number): number => ceilE(x) + 0;

/** Customers at months 0..H: customers·(1−c)^m + new·Σ_{k<m}(1−c)^k. */
function customersByMonth(v: CsCapacityParsed, horizon: number): number[] {
  const q = 1 - (v.monthlyChurnRate ?? 0);
  const added = v.monthlyNewCustomers ?? 0;
  const out = new Array<number>(horizon + 1);
  let geometric = 0; // Σ_{k<m} q^k
  for (let m = 0; m <= horizon; m++) {
    const qm = Math.pow(q, m);
    out[m] = v.customers * qm + added * geometric;
    geometric += qm;
  }
  return out;
}

/** A result that is not finite is bad input: the issue names the input field that drives it. */
const finiteOrThrow = (path: string, figure: CsFigure, x: number | null): void => {
  if (x !== null && !Number.isFinite(x)) throw new ModelInputError([issue(path, 'cs_not_finite', { figure })]);
};

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Customers per CSM from the hours: the deep bound floorE(r1·T / (r2·T1)) and,
 * with T2, the standard bound floorE((1−r1)·T / ((1−r2)·T2)); r2 = 0 uses only
 * the standard bound, r2 = 1 only the deep bound. null when r2 = 0 without T2.
 */
function capacityOf(v: CsCapacityParsed, r2: number): { capacity: number | null; bounds: CsCapacityResult['bounds'] } {
  const T = v.serviceHoursPerCsm;
  const r1 = v.deepHoursShare;
  const T2 = v.standardHoursPerCustomer ?? null;
  const deep = r2 === 0 ? null : (r1 * T) / (r2 * v.deepHoursPerCustomer);
  const standard = T2 === null || r2 === 1 ? null : ((1 - r1) * T) / ((1 - r2) * T2);
  const d = deep === null ? null : floorE(deep);
  const s = standard === null ? null : floorE(standard);
  const binding = d === null ? (s === null ? null : 'standard') : s === null || d <= s ? 'deep' : 'standard';
  return { capacity: binding === null ? null : binding === 'deep' ? d : s, bounds: { deep, standard, binding } };
}

function capacityIssue(v: CsCapacityParsed, r2: number, capacity: number): Issue {
  const T = v.serviceHoursPerCsm;
  const r1 = v.deepHoursShare;
  const T2 = v.standardHoursPerCustomer;
  return issue('', 'cs_capacity', {
    capacity,
    deep: r2 > 0 ? round4((r1 * T) / (r2 * v.deepHoursPerCustomer)) : null,
    standard: T2 != null && r2 < 1 ? round4(((1 - r1) * T) / ((1 - r2) * T2)) : null,
  });
}

/** CSMs and managers for the paying-customer base at the horizon (docs/models.md §6). */
export function planCsCapacity(input: unknown): CsCapacityResult {
  const v = parseOrThrow(csCapacityInputSchema, input);
  const horizon = v.horizonMonths ?? 12;
  const months = customersByMonth(v, horizon);
  const base = months[horizon]!;
  finiteOrThrow((v.monthlyNewCustomers ?? 0) > v.customers ? 'monthlyNewCustomers' : 'customers', 'base', base);

  const empty = base <= EPS;
  let r2: number;
  if (empty) r2 = 0;
  else if (v.deepCustomerShare != null) r2 = v.deepCustomerShare;
  else r2 = Math.min(1, ((v.monthlyNewCustomers ?? 0) * (v.deepServiceMonths ?? 3) + (v.keyAccounts ?? 0)) / base);
  finiteOrThrow('deepServiceMonths', 'deep-share', r2);

  const { capacity, bounds } = capacityOf(v, r2);
  finiteOrThrow(
    v.deepCustomerShare != null && v.deepCustomerShare < v.deepHoursPerCustomer
      ? 'deepCustomerShare'
      : 'deepHoursPerCustomer',
    'deep-bound',
    bounds.deep,
  );
  finiteOrThrow('standardHoursPerCustomer', 'standard-bound', bounds.standard);
  if (capacity === null && !empty)
    throw new ModelInputError([issue('standardHoursPerCustomer', 'cs_standard_needed', {})]);
  if (capacity !== null && capacity < 1) throw new ModelInputError([capacityIssue(v, r2, capacity)]);

  const need = (customers: number): number | null =>
    customers <= EPS ? 0 : capacity === null ? null : wholeUp(customers / capacity);
  // With a base above 0 the capacity is known (else the input was refused above).
  const csms = empty ? 0 : need(base)!;
  const managers = managersBySpans(csms, v.spans);
  const monthly: CsMonth[] = months.map((customers, month) => ({ month, customers, csms: need(customers) }));
  const T = v.serviceHoursPerCsm;
  const r1 = v.deepHoursShare;
  const room = capacity === null ? null : csms * capacity - base;
  const totalHeadcount = csms + managerCount(managers);
  // Near the largest numbers, rounding the CSMs up can still overflow what they add up to.
  finiteOrThrow('customers', 'room', room);
  finiteOrThrow('customers', 'headcount', totalHeadcount);
  return {
    base,
    deepCustomerShare: r2,
    capacityPerCsm: capacity,
    csms,
    managers,
    totalHeadcount,
    monthly,
    bounds,
    hours: { deep: r1 * T, standard: (1 - r1) * T },
    customersPerCsm: capacity === null ? null : { deep: r2 * capacity, standard: (1 - r2) * capacity },
    room,
  };
}

export interface CsSegmentResult extends CsCapacityResult {
  key: string;
  label: string;
}

export interface CsSegmentsResult {
  /** The valid segments in input order, each planned on its own. */
  segments: CsSegmentResult[];
  /**
   * The combined organisation: bases and CSMs summed over the valid segments;
   * managers stacked over the summed CSMs by the top-level `spans`, or by the
   * first valid segment's spans when none is given.
   */
  total: { base: number; csms: number; managers: number[]; totalHeadcount: number };
  invalid: InvalidRow[];
}

/**
 * CS segments (KA, SMB, industry…), each with its own hours, shares and
 * spans, planned one by one and summed. Each segment row is validated on its
 * own: a bad row goes to `invalid` (paths relative to the row), the rest are
 * still planned.
 */
export function planCsSegments(input: unknown): CsSegmentsResult {
  const top = parseOrThrow(csSegmentsInputSchema, input);
  const segments: CsSegmentResult[] = [];
  const invalid: InvalidRow[] = [];
  const seen = new Set<string>();
  let firstSpans: number[] | null = null;
  top.segments.forEach((raw, index) => {
    const issues: Issue[] = [];
    const head = tryParse(csSegmentHeadSchema, raw);
    if (!head.ok) issues.push(...head.issues);
    else if (seen.has(head.data.key))
      issues.push(baseIssue('key', 'duplicate', { of: 'segment key', key: head.data.key }));
    if (head.ok) seen.add(head.data.key);
    let plan: CsCapacityResult | null = null;
    try {
      plan = planCsCapacity(raw);
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      for (const i of e.issues) if (!issues.some((j) => j.path === i.path && j.message === i.message)) issues.push(i);
    }
    if (issues.length || plan === null || !head.ok) {
      const k = (raw as { key?: unknown } | null)?.key;
      const id = typeof k === 'string' && k !== '' ? k : rowId(raw);
      invalid.push(id === undefined ? { index, issues } : { index, id, issues });
      return;
    }
    firstSpans ??= [...(raw as { spans: number[] }).spans];
    segments.push({ key: head.data.key, label: head.data.label ?? head.data.key, ...plan });
  });

  let base = 0;
  let csms = 0;
  for (const s of segments) {
    base += s.base;
    csms += s.csms;
  }
  finiteOrThrow('segments', 'combined-base', base);
  const spans = top.spans ?? firstSpans ?? [];
  const managers = managersBySpans(csms, spans);
  finiteOrThrow('segments', 'combined-headcount', csms + managerCount(managers));
  return { segments, total: { base, csms, managers, totalHeadcount: csms + managerCount(managers) }, invalid };
}
