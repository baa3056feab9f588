/**
 * Model 7 extras (issue 14, seed 001's 流轉 個人-個人 and 公海-個人): the
 * transfers that happened, read from each lead's owner history, counted by
 * kind and by owner. Spec: docs/models.md "§7 extras: transfers rep → rep and
 * pool → rep".
 */
import type { Transfer } from '../schemas/lead-flow.js';
import { LIMITS } from '../schemas/limits.js';
import { dayNumber } from './math.js';

export const TRANSFER_KINDS = ['rep-to-rep', 'pool-to-rep', 'rep-to-pool', 'pool-to-pool'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];
export type { Transfer };

export interface OwnerTransfers {
  owner: string;
  /** rep → rep, to the owner. */
  received: number;
  /** rep → rep, from the owner. */
  handedOver: number;
  /** pool → rep, to the owner. */
  claimed: number;
  /** rep → pool, from the owner. */
  released: number;
  /** Claims whose lead converted on or after the claim's day. */
  claimedConverted: number;
  claimConversionRate: number | null;
}

export interface TransferCounts {
  byKind: Record<TransferKind, number>;
  byOwner: OwnerTransfers[];
}

const optText = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';

/**
 * The lead schema's acceptance of `transfers`, written out by hand (zod per
 * entry made 100,000 leads with two transfers each 20× slower): undefined when
 * absent, the list when every entry is an object with an ISO `at` and text or
 * no `from`, `to`, `reason`, and `false` for anything else, which zod then
 * reads for the messages. May only be stricter than the schema, never looser
 * (test/node/lead-flow-transfers-fast.test.ts checks it against zod).
 */
export function fastTransfers(v: unknown): readonly Transfer[] | undefined | false {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.length > LIMITS.rowEvents) return false;
  for (const t of v as unknown[]) {
    if (typeof t !== 'object' || t === null || Array.isArray(t)) return false;
    const { at, from, to, reason } = t as Record<string, unknown>;
    if (typeof at !== 'string' || Number.isNaN(dayNumber(at))) return false;
    if (!optText(from) || !optText(to) || !optText(reason)) return false;
  }
  return v as Transfer[];
}

/** The kind of one transfer, or null when the owner is the same on both sides. */
export function transferKind(from: string | null | undefined, to: string | null | undefined): TransferKind | null {
  const a = from ?? '';
  const b = to ?? '';
  if (a && b) return a === b ? null : 'rep-to-rep';
  return a ? 'rep-to-pool' : b ? 'pool-to-rep' : 'pool-to-pool';
}

type OwnerCounts = Omit<OwnerTransfers, 'owner' | 'claimConversionRate'>;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Transfers counted lead by lead: those dated on or before asOf and in the window (inclusive day numbers). */
export class TransferTally {
  private readonly byKind: Record<TransferKind, number> = {
    'rep-to-rep': 0,
    'pool-to-rep': 0,
    'rep-to-pool': 0,
    'pool-to-pool': 0,
  };
  private readonly owners = new Map<string, OwnerCounts>();

  constructor(
    private readonly asOf: number,
    private readonly window: { from: number; to: number } | null,
  ) {}

  private owner(name: string): OwnerCounts {
    let c = this.owners.get(name);
    if (c === undefined)
      this.owners.set(name, (c = { received: 0, handedOver: 0, claimed: 0, released: 0, claimedConverted: 0 }));
    return c;
  }

  /** One lead's transfers; `converted`: its conversion day (NaN: not converted). */
  add(transfers: readonly Transfer[], converted: number): void {
    for (const t of transfers) {
      const day = dayNumber(t.at);
      if (day > this.asOf) continue;
      if (this.window !== null && (day < this.window.from || day > this.window.to)) continue;
      const kind = transferKind(t.from, t.to);
      if (kind === null) continue;
      this.byKind[kind]++;
      if (kind === 'rep-to-rep') {
        this.owner(t.from!).handedOver++;
        this.owner(t.to!).received++;
      } else if (kind === 'pool-to-rep') {
        const c = this.owner(t.to!);
        c.claimed++;
        if (converted >= day) c.claimedConverted++;
      } else if (kind === 'rep-to-pool') this.owner(t.from!).released++;
    }
  }

  result(): TransferCounts {
    return {
      byKind: { ...this.byKind },
      byOwner: [...this.owners.keys()].sort(cmp).map((owner) => {
        const c = this.owners.get(owner)!;
        return { owner, ...c, claimConversionRate: c.claimed === 0 ? null : c.claimedConverted / c.claimed };
      }),
    };
  }
}
