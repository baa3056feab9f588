/**
 * Model 3a, short-term funnel back-calculation (docs/models.md §3a): from the
 * pipeline, the target and the conversion rates, the gap, the high-intent
 * customers still needed, and the activities that produce them; for one
 * funnel or for a team of reps.
 */
import {
  funnelInputSchema,
  funnelRepSchema,
  funnelTeamSchema,
  type Funnel,
  type FunnelInput,
  type FunnelRep,
  type FunnelRepInput,
  type FunnelTeamInput,
} from '../schemas/funnel.js';
import { parseOrThrow, parseRows } from '../schemas/issues.js';
import { computeFunnel, computeTeam, isTeamInput, type FunnelResult, type FunnelTeamResult } from './funnel-compute.js';

export * from './funnel-compute.js';

export type { Funnel, FunnelInput, FunnelRep, FunnelRepInput, FunnelTeamInput };

/** The back-calculation for each valid rep, their sums, and the reps that failed validation. */
function forecastTeam(input: unknown): FunnelTeamResult {
  const team = parseOrThrow(funnelTeamSchema, input);
  const parsed = parseRows(funnelRepSchema, team.reps);
  return computeTeam(parsed.rows, parsed.invalid);
}

/**
 * Forecast one funnel, or a team when the input has `reps`: each rep is
 * validated on its own and bad reps are listed in `invalid`.
 */
export function forecastFunnel(input: FunnelInput | Funnel): FunnelResult;
export function forecastFunnel(input: FunnelTeamInput): FunnelTeamResult;
export function forecastFunnel(input: unknown): FunnelResult | FunnelTeamResult;
export function forecastFunnel(input: unknown): FunnelResult | FunnelTeamResult {
  if (isTeamInput(input)) return forecastTeam(input);
  return computeFunnel(parseOrThrow(funnelInputSchema, input));
}
