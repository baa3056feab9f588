/**
 * The pools tab of lead-flow-monitor as data: the flows now due between pools
 * (one per transition reason), what is due out of and into each pool, the due
 * list under a reason filter, and the pages of a long list.
 */
import type { Transition } from '../models/lead-flow.js';
import { POOLS, TRANSITION_REASONS, type Pool, type TransitionReason } from '../schemas/lead-flow.js';

/** The leads due to move for one reason (each reason moves from one pool to one other). */
export interface ReasonFlow {
  key: TransitionReason;
  from: Pool;
  to: Pool;
  count: number;
}

/** Due transitions counted by reason, in rule order (TRANSITION_REASONS); reasons with none are left out. */
export function flowsByReason(transitions: readonly Transition[]): ReasonFlow[] {
  const counts = new Map<TransitionReason, ReasonFlow>();
  for (const x of transitions) {
    const c = counts.get(x.reason);
    if (c) c.count++;
    else counts.set(x.reason, { key: x.reason, from: x.from, to: x.to, count: 1 });
  }
  return TRANSITION_REASONS.flatMap((k) => counts.get(k) ?? []);
}

/** Leads due out of and into each pool. */
export function dueByPool(transitions: readonly Transition[]): Record<Pool, { out: number; in: number }> {
  const out = Object.fromEntries(POOLS.map((p) => [p, { out: 0, in: 0 }])) as Record<Pool, { out: number; in: number }>;
  for (const x of transitions) {
    out[x.from].out++;
    out[x.to].in++;
  }
  return out;
}

/** The due list under the reason filter ('' : every reason). */
export function dueOfReason(transitions: readonly Transition[], reason: TransitionReason | ''): readonly Transition[] {
  return reason ? transitions.filter((x) => x.reason === reason) : transitions;
}

export interface PageWindow {
  /** The page shown (0-based), within the pages there are. */
  page: number;
  pages: number;
  /** Slice bounds of the page: items [start, end). */
  start: number;
  end: number;
}

/** Which items a page of a long list shows: `size` per page (at least 1); a page past the end shows the last page. */
export function pageWindow(total: number, page: number, size: number): PageWindow {
  const per = Math.max(1, Math.floor(size) || 1);
  const pages = Math.max(1, Math.ceil(total / per));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { page: p, pages, start: p * per, end: Math.min(total, (p + 1) * per) };
}
