/**
 * The Owners tab of lead-flow-monitor as data (issue 14): the owners of each
 * team in rank order with the team's total, the owners under the follow-up
 * alert line, and the teams layered like the other inputs.
 */
import type { LeadOwnersResult, OwnerRow, TeamRow } from '../models/lead-owners.js';

export interface OwnerTeamBlock {
  team: TeamRow;
  owners: OwnerRow[];
}

/** The owners grouped under their teams, in the model's order (teams, then rank, then name). */
export function ownerBlocks(r: Pick<LeadOwnersResult, 'owners' | 'teams'>): OwnerTeamBlock[] {
  const byTeam = new Map<string | null, OwnerRow[]>();
  for (const o of r.owners) {
    const list = byTeam.get(o.team);
    if (list) list.push(o);
    else byTeam.set(o.team, [o]);
  }
  return r.teams.map((team) => ({ team, owners: byTeam.get(team.team) ?? [] }));
}

/** The owners under the follow-up alert line, in the model's order. */
export const ownerAlerts = (r: Pick<LeadOwnersResult, 'owners'>): OwnerRow[] => r.owners.filter((o) => o.alert);
