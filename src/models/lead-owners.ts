/**
 * Model 7 extras (issue 14, seed 001's 奖惩 and PK淘汰): follow-up, conversion,
 * SLA breaches and the transitions their inaction causes, per lead owner and
 * per team, with each owner's rank within the team. Spec: docs/models.md
 * "§7 extras: leads by owner and team".
 */
import { leadOwnersInputSchema, type LeadOwnersInput } from '../schemas/lead-flow.js';
import { baseIssue, ModelInputError, type InvalidRow } from '../schemas/issues.js';
import { nonFinitePaths } from './guards.js';
import { above, atLeast, below, dayNumber } from './math.js';
import { dueReason, followedWithinSla, inWindow, parseLeadsEnvelope, resolveLeadFlowRules } from './lead-flow.js';
import { emptyLeadRow, LeadReading } from './lead-flow-reading.js';

export type { LeadOwnersInput };

/** The counts both rows carry. */
export interface OwnerFigures {
  supplied: number;
  followedUp: number;
  followUpRate: number | null;
  converted: number;
  conversionRate: number | null;
  revenue: number;
  slaBreaches: number;
  transitionsCaused: number;
}
export interface OwnerRow extends OwnerFigures {
  owner: string;
  team: string | null;
  /** Rank within the team (competition ranking: 1, 1, 3). */
  rank: number;
  /** Under the follow-up alert line (supplied ≥ minGroupSize, rate < followUpRateAlert). */
  alert: boolean;
}
export interface TeamRow extends OwnerFigures {
  team: string | null;
  owners: number;
}
export interface LeadOwnersResult {
  owners: OwnerRow[];
  teams: TeamRow[];
  /** Leads of the period without an owner. */
  unowned: number;
  invalid: InvalidRow[];
}

interface Counts {
  supplied: number;
  followedUp: number;
  converted: number;
  revenue: number;
  slaBreaches: number;
  transitionsCaused: number;
}
const newCounts = (): Counts => ({
  supplied: 0,
  followedUp: 0,
  converted: 0,
  revenue: 0,
  slaBreaches: 0,
  transitionsCaused: 0,
});
const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const figures = (c: Counts): OwnerFigures => ({
  supplied: c.supplied,
  followedUp: c.followedUp,
  followUpRate: rate(c.followedUp, c.supplied),
  converted: c.converted,
  conversionRate: rate(c.converted, c.supplied),
  revenue: c.revenue,
  slaBreaches: c.slaBreaches,
  transitionsCaused: c.transitionsCaused,
});

/** Highest first, a null rate below every rate; exact comparison. */
const desc = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);
const rankOrder = (a: OwnerFigures, b: OwnerFigures): number =>
  desc(a.followUpRate, b.followUpRate) || desc(a.conversionRate, b.conversionRate) || desc(a.revenue, b.revenue);

/**
 * Leads by owner and team as of `asOf`: for the leads of the period (every
 * lead without one) that have an owner, follow-up within the SLA, conversion,
 * revenue and SLA breaches; the transitions due now that the owner's
 * inaction causes (no follow-up, not converted in time); each owner's rank
 * within its team (follow-up rate, then conversion rate, then revenue).
 */
export function analyzeLeadOwners(input: unknown, reading?: LeadReading): LeadOwnersResult {
  const env = parseLeadsEnvelope(leadOwnersInputSchema, input);
  const rules = resolveLeadFlowRules(env.rules);
  const asOf = dayNumber(env.asOf);
  const sla = rules.followUpSlaDays;
  const teamOf = new Map<string, string>();
  const teamNames = Object.keys(env.teams ?? {}).sort(cmp);
  for (const t of teamNames) for (const o of env.teams![t]!) teamOf.set(o, t);

  const byOwner = new Map<string, Counts>();
  let unowned = 0;
  // The leads read as the analysis reads them: its reading of these very leads (read so far: the rest read here).
  const given = (input as { leads: unknown }).leads;
  const kept = reading !== undefined && reading.leads === given;
  const read = kept ? reading.read() : new LeadReading(env.leads, true);
  const row = emptyLeadRow();
  let k = 0;
  const count = (): void => {
    for (const n = read.size; k < n; k++) {
      read.rowAt(k, row);
      const owner = row.owner;
      const counted = inWindow(row.created, asOf, env.period, sla);
      if (owner === undefined || owner === '') {
        if (counted) unowned++;
        continue;
      }
      let c = byOwner.get(owner);
      const reason = dueReason(row, asOf, rules);
      const caused = reason === 'no-follow-up' || reason === 'not-converted-in-time';
      if (!counted && !caused) continue;
      if (c === undefined) byOwner.set(owner, (c = newCounts()));
      if (caused) c.transitionsCaused++;
      if (!counted) continue;
      c.supplied++;
      if (followedWithinSla(row, sla)) c.followedUp++;
      else {
        const start = Number.isNaN(row.assigned) ? row.created : row.assigned;
        // The SLA is over: followed up late, or never followed up and more than the SLA since the start.
        if (!Number.isNaN(row.first) || above(asOf - start, sla)) c.slaBreaches++;
      }
      if (row.converted) {
        c.converted++;
        c.revenue += row.revenue;
      }
    }
  };
  if (kept) count();
  else read.each(count);
  const invalid: InvalidRow[] = read.invalid.slice();

  // Owners grouped by team (the no-team owners as one group), ranked within it.
  const groups = new Map<string | null, { owner: string; f: OwnerFigures; c: Counts }[]>();
  for (const t of teamNames) groups.set(t, []);
  for (const owner of [...byOwner.keys()].sort(cmp)) {
    const team = teamOf.get(owner) ?? null;
    let g = groups.get(team);
    if (g === undefined) groups.set(team, (g = []));
    const c = byOwner.get(owner)!;
    g.push({ owner, f: figures(c), c });
  }
  const order = [...teamNames, ...(groups.has(null) ? [null] : [])];
  const owners: OwnerRow[] = [];
  const teams: TeamRow[] = [];
  for (const team of order) {
    const members = groups.get(team)!;
    // The team's sums in owner order (code units), before the ranking reorders them.
    const sum = newCounts();
    for (const m of members) for (const k of Object.keys(sum) as (keyof Counts)[]) sum[k] += m.c[k];
    // Stable sort: equal owners stay in owner order.
    members.sort((a, b) => rankOrder(a.f, b.f));
    members.forEach((m, i) => {
      const rank = i > 0 && rankOrder(members[i - 1]!.f, m.f) === 0 ? owners[owners.length - 1]!.rank : i + 1;
      const alert =
        m.f.followUpRate !== null &&
        atLeast(m.f.supplied, rules.minGroupSize) &&
        below(m.f.followUpRate, rules.followUpRateAlert);
      owners.push({ owner: m.owner, team, rank, alert, ...m.f });
    });
    teams.push({ team, owners: members.length, ...figures(sum) });
  }
  // Revenues of different sources (each finite, as analyzeLeadFlow checks) can still overflow an owner's or a team's sum.
  const bad = nonFinitePaths({ owners, teams });
  if (bad.length) throw new ModelInputError([baseIssue('', 'results_not_finite', { fields: bad, hint: 'extreme' })]);
  return { owners, teams, unowned, invalid };
}
