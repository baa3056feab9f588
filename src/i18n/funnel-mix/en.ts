/** English. Strings of funnel-forecast's activity mix (docs/models.md §3a extras). */
import { counted } from '../plural.js';

export interface FunnelMixStrings {
  /** The mix section's heading and the joint plan table's caption. */
  title: string;
  /** How the gap is split: the radio group and its two choices. */
  splitBy: string;
  shares: string;
  counts: string;
  /** Column heads of the joint plan. */
  share: string;
  units: string;
  highIntent: string;
  deals: string;
  status: string;
  total: string;
  /** An activity over its capacity, by how many units. */
  over: (n: string) => string;
  /** The joint plan's bottom line: the share of the gap covered within capacity and what is left open. */
  covered: (share: string) => string;
  uncovered: (money: string) => string;
  /** Counts that fall short of the gap as typed (before capacities). */
  planned: (share: string) => string;
  useSuggested: string;
  /** The suggestion in words: each activity and its share. */
  suggested: (list: string) => string;
  /** No mix fits: what the activities close at full capacity. */
  noFit: (share: string) => string;
  removeMix: string;
  /** Said when the shares do not add up to 100 %. */
  sharesTotal: (share: string) => string;
  activities: (n: number) => string;
}

export const FUNNEL_MIX: FunnelMixStrings = {
  title: 'Activity mix',
  splitBy: 'Split the gap by',
  shares: 'Shares of the gap (%)',
  counts: 'Counts (units)',
  share: 'Share of the gap',
  units: 'Units',
  highIntent: 'High-intent customers',
  deals: 'Won deals',
  status: 'Capacity',
  total: 'Total',
  over: (n) => `${n} over capacity`,
  covered: (s) => `Covered within capacity: ${s} of the gap`,
  uncovered: (m) => `Left open: ${m}`,
  planned: (s) => `The counts close ${s} of the gap`,
  useSuggested: 'Use the suggested mix',
  suggested: (l) => `Suggested (each activity up to capacity, in list order): ${l}`,
  noFit: (s) => `No mix fits the capacities: at full capacity the activities close ${s} of the gap.`,
  removeMix: 'Remove the mix',
  sharesTotal: (s) => `The shares add up to ${s}; they must add up to 100 %.`,
  activities: (n) => counted(n, 'activity', 'activities'),
};
