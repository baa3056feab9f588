/**
 * The demo's plans people own (issue 14): a page cannot hand a risk panel an
 * open plan, so the demo writes one into the panel's saved state under its
 * storage-key before the panel is defined, built with the library's own
 * functions (the plan transitions, the saved shape). Written only when
 * nothing is saved under the key yet: a visitor's own edits are never
 * overwritten. Due dates are counted from the data's as-of date, the day the
 * panel counts overdue to, so one plan is always overdue and one is not.
 */
import { assessOpportunities } from '../src/models/opportunities.js';
import { isoDay, dayNumber } from '../src/models/math.js';
import { planAction, type Plan, type PlanAction } from '../src/models/plans.js';
import { OPPORTUNITY as OPPORTUNITY_EN } from '../src/i18n/opportunity-alerts/en.js';
import { OPPORTUNITY_PLAN, openRecordPlan, signalPlaybooks, type SavedPlans } from '../src/views/playbooks.js';
import { savedOf } from '../src/views/risk-input.js';
import { RISK_SORT } from '../src/views/risk-view.js';
import { defaultStore, storedKey, updateValue } from '../src/storage/index.js';

type In = Record<string, unknown>;

/** What each demo plan gets after it is opened: due (days after as-of), steps done, a review note. */
const SCRIPT: { dueIn: number; done: number; review?: string }[] = [
  {
    dueIn: -3,
    done: 1,
    review: 'Champion still engaged; budget review moved to next month. Escalate to the sales director if no reply.',
  },
  { dueIn: 7, done: 2 },
];

/**
 * Plans on the riskiest opportunities with signals (or on `ids`, in that
 * order), each owned by the deal's owner: the first overdue by 3 days with a
 * review note, the second due in 7 days. Keyed by the record's id, as the
 * panel keys a row with a unique id.
 */
export function demoOpportunityPlans(input: In, ids?: readonly string[]): SavedPlans {
  const asOf = String(input.asOf);
  const rows = assessOpportunities(input).rows.filter((r) => r.signals.length > 0);
  const picked = ids ? ids.flatMap((id) => rows.filter((r) => r.id === id)) : rows;
  const records = (Array.isArray(input.opportunities) ? input.opportunities : []) as {
    id?: unknown;
    owner?: unknown;
  }[];
  const t = OPPORTUNITY_EN;
  const names = { ...t.signalNames, ...t.changeNames } as Record<string, string>;
  const books = signalPlaybooks(names);
  const plans: Record<string, Plan> = {};
  picked.slice(0, SCRIPT.length).forEach((row, i) => {
    const s = SCRIPT[i]!;
    const owner = records.find((r) => r.id === row.id)?.owner;
    const opened = openRecordPlan(
      row.id,
      OPPORTUNITY_PLAN,
      row.signals.map((x) => x.code),
      books,
      (code) => names[code] ?? code,
      isoDay(dayNumber(asOf) - 14),
    );
    const actions: PlanAction[] = [
      { type: 'assign', owner: typeof owner === 'string' ? owner : null },
      { type: 'due', due: isoDay(dayNumber(asOf) + s.dueIn) },
      ...opened.steps.slice(0, s.done).map((st) => ({ type: 'step', key: st.key, status: 'done' }) as const),
      ...(s.review ? [{ type: 'review', text: s.review } as const] : []),
    ];
    plans[row.id] = actions.reduce(planAction, opened);
  });
  return plans;
}

/**
 * Save `plans` as a risk panel's state under its storage-key (the panel's
 * tag and the key, as the panel stores it) unless something is saved there
 * already; true when written. One read-change-write: never over a visitor's state.
 */
export async function seedPlans(tag: string, storageKey: string, plans: SavedPlans): Promise<boolean> {
  let wrote = false;
  await updateValue(defaultStore(), storedKey(tag, storageKey), (current) => {
    if (current !== undefined) return current;
    wrote = true;
    return savedOf({ tuned: undefined, filters: {}, sort: RISK_SORT, plan: {}, plans });
  });
  return wrote;
}

/** Seed the demo plans of an opportunity panel from its data file; a failure leaves the panel as it is. */
export async function seedOpportunityPlans(storageKey: string, url: string, ids?: readonly string[]): Promise<void> {
  try {
    const input = (await (await fetch(url)).json()) as In;
    await seedPlans('opportunity-alert-panel', storageKey, demoOpportunityPlans(input, ids));
  } catch (e) {
    console.warn('demo: no plans seeded', e);
  }
}
