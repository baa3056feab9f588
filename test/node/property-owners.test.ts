// Property-based suite of the owner roll-ups: opportunityOwners (docs/models.md §2 extras), churnOwners (§5 extras)
// and analyzeLeadOwners (§7 extras). Robustness through property-harness.ts; then small generated books checked
// against roll-ups recomputed from the models each one reads (assessOpportunities, assessChurn, analyzeLeadFlow on
// one owner's leads), the whole kept (owners' rows add up to the assessment), competition ranks and row order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { churnOwners, opportunityOwners } from '../../src/models/risk-owners.js';
import { assessOpportunities, DEFAULT_PIPELINE_RULES } from '../../src/models/opportunities.js';
import { assessChurn } from '../../src/models/churn.js';
import { analyzeLeadOwners } from '../../src/models/lead-owners.js';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { isModelInputError } from '../../src/schemas/issues.js';
import { fixture } from './helpers.js';
import { holds, property } from './property-harness.js';
import { EDGE_NUMBERS, runs } from './property-options.js';

test('opportunityOwners: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(opportunityOwners, fixture<Record<string, unknown>>('opportunity-alerts.json'), 300);
});

test('churnOwners: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(churnOwners, fixture<Record<string, unknown>>('churn-alerts.json'), 300);
});

test('analyzeLeadOwners: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(
    analyzeLeadOwners,
    { ...fixture<Record<string, unknown>>('lead-flow.json'), teams: { east: ['Li', 'Wang'], west: ['Zhao'] } },
    600,
  );
});

// ---- generated books ---------------------------------------------------------------------------------------

const DAY = 86_400_000;
const ASOF = '2026-03-31';
const ASOF_DAY = Date.UTC(2026, 2, 31) / DAY;
const before = (max: number) =>
  fc.integer({ min: 0, max }).map((d) => new Date((ASOF_DAY - d) * DAY).toISOString().slice(0, 10));
/** Owners as the CRM gives them: case and spaces count, blank and absent are no owner. */
const OWNERS = ['Li', 'Wang', 'Zhao', 'li', 'Li ', '', null, undefined] as const;
const owner = fc.constantFrom(...OWNERS);
type Owner = (typeof OWNERS)[number];
const withOwner = <T extends object>(row: T, o: Owner): T & { owner?: Owner } =>
  o === undefined ? row : { ...row, owner: o };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ownerOf = (row: object): string | null => {
  const o = (row as { owner?: unknown }).owner;
  return typeof o === 'string' && o !== '' ? o : null;
};
const mid = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

/** Competition ranks (1, 1, 3) of rows by `key` (highest first, compared exactly), then the order of the doc. */
function ranked<R extends { owner: string | null }>(
  rows: R[],
  key: (r: R) => number[],
): (R & { rank: number | null })[] {
  const better = (a: R, b: R) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]! ? -1 : 1;
    return 0;
  };
  const owned = rows.filter((r) => r.owner !== null);
  const out = owned.map((r) => ({ ...r, rank: 1 + owned.filter((o) => better(o, r) < 0).length }));
  out.sort((a, b) => a.rank - b.rank || cmp(a.owner!, b.owner!));
  const none = rows.find((r) => r.owner === null);
  return none ? [...out, { ...none, rank: null }] : out;
}

const STAGES = DEFAULT_PIPELINE_RULES.stages.map((s) => s.key);
const opportunity = fc
  .record({
    owner,
    amount: fc.oneof(fc.integer({ min: 0, max: 900_000 }), fc.constantFrom(0, 500_000)),
    stage: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...STAGES) },
      { weight: 1, arbitrary: fc.constant('nope') },
    ),
    stageEnteredAt: before(40),
    calls: fc.array(before(18), { maxLength: 2 }),
  })
  .map(({ owner: o, calls, ...r }) => withOwner({ ...r, activities: calls.map((at) => ({ type: 'call', at })) }, o));
const pipeline = fc
  .array(opportunity, { maxLength: 14 })
  .map((rows) => ({ asOf: ASOF, opportunities: rows.map((r, i) => ({ id: `o${i}`, ...r })) }));

test('opportunityOwners is the roll-up of assessOpportunities by owner, ranked by critical, warning, amount', () => {
  fc.assert(
    fc.property(pipeline, (input) => {
      const r = opportunityOwners(input);
      const a = assessOpportunities(input);
      assert.deepEqual(r.invalid, a.invalid);
      const byId = new Map(input.opportunities.map((o) => [o.id, o]));
      const groups = new Map<string | null, { rows: typeof a.rows }>();
      for (const row of a.rows) {
        const o = ownerOf(byId.get(row.id)!);
        if (!groups.has(o)) groups.set(o, { rows: [] });
        groups.get(o)!.rows.push(row);
      }
      const expected = ranked(
        [...groups].map(([o, g]) => {
          const risky = g.rows.filter((x) => x.level !== 'ok');
          const idle = g.rows.map((x) => x.metrics.daysIdle);
          return {
            owner: o,
            open: g.rows.length,
            ok: g.rows.length - risky.length,
            warning: risky.filter((x) => x.level === 'warning').length,
            critical: risky.filter((x) => x.level === 'critical').length,
            atRisk: risky.length,
            amountAtRisk: risky.reduce((s, x) => s + byId.get(x.id)!.amount, 0),
            staleDaysMedian: mid(idle),
            staleDaysMax: Math.max(...idle),
          };
        }),
        (x) => [x.critical, x.warning, x.amountAtRisk],
      );
      assert.deepEqual(r.owners, expected);
      // The whole is kept: the owners' rows add up to the assessment's summary.
      assert.equal(
        r.owners.reduce((s, o) => s + o.amountAtRisk, 0),
        a.summary.amountAtRisk,
      );
      assert.equal(
        r.owners.reduce((s, o) => s + o.open, 0),
        a.rows.length,
      );
    }),
    runs(200),
  );
});

const account = fc
  .record({
    owner,
    arr: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
    overdueDays: fc.option(fc.constantFrom(0, 20, 45, 61, 90), { nil: undefined }),
    contactChanged: fc.option(fc.boolean(), { nil: undefined }),
    renewalIn: fc.option(fc.integer({ min: -10, max: 200 }), { nil: undefined }),
    nps: fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }),
  })
  .map(({ owner: o, renewalIn, ...r }) => {
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) row[k] = v;
    if (renewalIn !== undefined) row.renewalDate = new Date((ASOF_DAY + renewalIn) * DAY).toISOString().slice(0, 10);
    return withOwner(row, o);
  });
const book = fc
  .array(account, { maxLength: 14 })
  .map((rows) => ({ asOf: ASOF, accounts: rows.map((r, i) => ({ id: `a${i}`, ...r })) }));

test('churnOwners is the roll-up of assessChurn by owner, ranked by critical, warning, ARR', () => {
  fc.assert(
    fc.property(book, (input) => {
      const r = churnOwners(input);
      const a = assessChurn(input);
      assert.deepEqual(r.invalid, a.invalid);
      const byId = new Map(input.accounts.map((o) => [o.id, o as { owner?: unknown; arr?: number }]));
      const groups = new Map<string | null, typeof a.rows>();
      for (const row of a.rows) {
        const o = ownerOf(byId.get(row.id)!);
        groups.set(o, [...(groups.get(o) ?? []), row]);
      }
      const expected = ranked(
        [...groups].map(([o, rows]) => {
          const risky = rows.filter((x) => x.level !== 'ok');
          return {
            owner: o,
            accounts: rows.length,
            ok: rows.length - risky.length,
            warning: risky.filter((x) => x.level === 'warning').length,
            critical: risky.filter((x) => x.level === 'critical').length,
            atRisk: risky.length,
            arrAtRisk: risky.reduce((s, x) => s + (byId.get(x.id)!.arr ?? 0), 0),
            renewingAtRisk: rows.filter((x) => x.signals.some((s) => s.code === 'renewal-at-risk')).length,
          };
        }),
        (x) => [x.critical, x.warning, x.arrAtRisk],
      );
      assert.deepEqual(r.owners, expected);
      assert.equal(
        r.owners.reduce((s, o) => s + o.arrAtRisk, 0),
        a.summary.arrAtRisk,
      );
    }),
    runs(200),
  );
});

test('opportunityOwners and churnOwners: the order of the rows does not matter', () => {
  const shuffled = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length });
  fc.assert(
    fc.property(
      pipeline.chain((p) => shuffled(p.opportunities).map((o) => [p, { ...p, opportunities: o }] as const)),
      book.chain((b) => shuffled(b.accounts).map((a) => [b, { ...b, accounts: a }] as const)),
      ([p, p2], [b, b2]) => {
        assert.deepEqual(opportunityOwners(p2).owners, opportunityOwners(p).owners);
        assert.deepEqual(churnOwners(b2).owners, churnOwners(b).owners);
      },
    ),
    runs(100),
  );
});

// ---- leads by owner and team ------------------------------------------------------------------------------

/** A generated lead, as analyzeLeadFlow reads it. */
interface LeadRow {
  [k: string]: unknown;
  owner?: Owner;
  createdAt: string;
  assignedAt?: string;
  firstFollowUpAt?: string;
}
const shift = (iso: string, d: number) => new Date(Date.parse(iso) + d * DAY).toISOString().slice(0, 10);
const lead = fc
  .record({
    owner,
    source: fc.constantFrom('sem', 'seo'),
    businessLine: fc.constantFrom('A', 'B'),
    pool: fc.constantFrom('private', 'private', 'line', 'company', 'blacklist'),
    createdAt: before(50),
    entered: fc.integer({ min: 0, max: 8 }),
    assigned: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    first: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    converted: fc.option(fc.record({ in: fc.integer({ min: 0, max: 20 }), revenue: fc.integer({ min: 0, max: 9 }) }), {
      nil: undefined,
    }),
  })
  .map(({ owner: o, entered, assigned, first, converted, ...r }) => {
    const row: Record<string, unknown> = { ...r, poolEnteredAt: shift(r.createdAt, entered) };
    if (assigned !== undefined) row.assignedAt = shift(r.createdAt, assigned);
    if (first !== undefined) row.firstFollowUpAt = shift(r.createdAt, first);
    if (converted) {
      row.convertedAt = shift(r.createdAt, converted.in);
      row.revenue = converted.revenue * 1000;
    }
    return withOwner(row, o) as LeadRow;
  });

/** Teams over some of the owners, each owner in at most one team (an empty team too). */
const teams = fc.array(fc.constantFrom('east', 'west', 'Nord', undefined), { minLength: 4, maxLength: 4 }).chain((of) =>
  fc.boolean().map((empty) => {
    const t: Record<string, string[]> = empty ? { empty: [] } : {};
    ['Li', 'Wang', 'li', 'Qian'].forEach((o, i) => {
      if (of[i]) (t[of[i]] ??= []).push(o);
    });
    return t;
  }),
);

const leadBook = fc.record({
  leads: fc.array(lead, { maxLength: 16 }).map((rows) => rows.map((r, i) => ({ id: `L${i}`, ...r }))),
  teams: fc.option(teams, { nil: undefined }),
  rules: fc.record({
    followUpSlaDays: fc.constantFrom(1, 1.5, 2),
    minGroupSize: fc.constantFrom(1, 2, 10),
    followUpRateAlert: fc.constantFrom(0.5, 0.8),
  }),
});

test('analyzeLeadOwners: each owner is analyzeLeadFlow over its own leads; teams add up; ranks within teams', () => {
  fc.assert(
    fc.property(leadBook, ({ leads, teams: t, rules }) => {
      const input = { asOf: ASOF, rules, leads, ...(t ? { teams: t } : {}) };
      const r = analyzeLeadOwners(input);
      const all = analyzeLeadFlow({ asOf: ASOF, rules, leads });
      assert.deepEqual(r.invalid, all.invalid);
      const bad = new Set(all.invalid.map((x) => x.index));
      const valid = leads.filter((_, i) => !bad.has(i));
      const sum = (rows: { supplied: number }[]) => rows.reduce((s, x) => s + x.supplied, 0);
      assert.equal(
        r.unowned,
        sum(analyzeLeadFlow({ asOf: ASOF, rules, leads: valid.filter((l) => !ownerOf(l)) }).bySource),
      );

      const teamOf = new Map(Object.entries(t ?? {}).flatMap(([team, os]) => os.map((o) => [o, team] as const)));
      const rows = [...new Set(valid.map(ownerOf).filter((o): o is string => o !== null))].flatMap((o) => {
        const mine = valid.filter((l) => ownerOf(l) === o);
        const lf = analyzeLeadFlow({ asOf: ASOF, rules, leads: mine });
        const total = (k: 'supplied' | 'followedUp' | 'converted' | 'revenue') =>
          lf.bySource.reduce((s, x) => s + x[k], 0);
        const supplied = total('supplied');
        const caused = lf.transitions.filter(
          (x) => x.reason === 'no-follow-up' || x.reason === 'not-converted-in-time',
        );
        if (!supplied && !caused.length) return [];
        // A breach: followed up, but not within the SLA; or never followed up and the SLA is over.
        const late = mine.filter((l) => l.firstFollowUpAt).length - total('followedUp');
        const never = mine.filter(
          (l) =>
            !l.firstFollowUpAt &&
            (ASOF_DAY * DAY - Date.parse(String(l.assignedAt ?? l.createdAt))) / DAY > rules.followUpSlaDays,
        ).length;
        const rate = (n: number) => (supplied ? n / supplied : null);
        return [
          {
            owner: o,
            team: teamOf.get(o) ?? null,
            supplied,
            followedUp: total('followedUp'),
            followUpRate: rate(total('followedUp')),
            converted: total('converted'),
            conversionRate: rate(total('converted')),
            revenue: total('revenue'),
            slaBreaches: late + never,
            transitionsCaused: caused.length,
          },
        ];
      });
      const byOwner = new Map(r.owners.map((o) => [o.owner, o]));
      assert.equal(r.owners.length, rows.length, 'one row per owner with a lead counted or a transition caused');
      for (const e of rows) {
        const { rank: _rank, alert, ...got } = byOwner.get(e.owner)!;
        assert.deepEqual(got, e);
        assert.equal(
          alert,
          e.followUpRate !== null && e.supplied >= rules.minGroupSize && e.followUpRate < rules.followUpRateAlert,
        );
      }
      // Ranks within each team: 1 + the owners strictly ahead (a null rate below every rate); then the row order.
      const key = (o: (typeof r.owners)[number]) => [o.followUpRate ?? -1, o.conversionRate ?? -1, o.revenue];
      const ahead = (a: number[], b: number[]) => {
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
        return false;
      };
      for (const o of r.owners)
        assert.equal(o.rank, 1 + r.owners.filter((x) => x.team === o.team && ahead(key(x), key(o))).length, o.owner);
      const teamKey = (x: string | null) => x ?? '\uffff\uffff';
      const sorted = [...r.owners].sort(
        (a, b) => cmp(teamKey(a.team), teamKey(b.team)) || a.rank - b.rank || cmp(a.owner, b.owner),
      );
      assert.deepEqual(r.owners, sorted);
      // Teams: every listed team in code-unit order, then the no-team group when it has owners; sums of the owners.
      const names = [...Object.keys(t ?? {}).sort(cmp), ...(rows.some((x) => x.team === null) ? [null] : [])];
      assert.deepEqual(
        r.teams.map((x) => x.team),
        names,
      );
      for (const team of r.teams) {
        const members = r.owners.filter((o) => o.team === team.team);
        assert.equal(team.owners, members.length);
        for (const k of ['supplied', 'followedUp', 'converted', 'revenue', 'slaBreaches', 'transitionsCaused'] as const)
          assert.equal(
            team[k],
            members.reduce((s, m) => s + m[k], 0),
            `${team.team}.${k}`,
          );
        assert.equal(team.followUpRate, team.supplied ? team.followedUp / team.supplied : null);
      }
    }),
    runs(200),
  );
});

test('analyzeLeadOwners: the order of the leads does not matter', () => {
  fc.assert(
    fc.property(
      leadBook.chain((b) => fc.shuffledSubarray(b.leads, { minLength: b.leads.length }).map((l) => [b, l] as const)),
      ([b, shuffled]) => {
        const base = { asOf: ASOF, rules: b.rules, ...(b.teams ? { teams: b.teams } : {}) };
        const x = analyzeLeadOwners({ ...base, leads: b.leads });
        const y = analyzeLeadOwners({ ...base, leads: shuffled });
        assert.deepEqual([y.owners, y.teams, y.unowned], [x.owners, x.teams, x.unowned]);
      },
    ),
    runs(150),
  );
});

test('the three roll-ups: money at the edges of doubles gives finite figures or a ModelInputError, never Infinity', () => {
  const edges = fc.array(fc.constantFrom(...EDGE_NUMBERS), { minLength: 16, maxLength: 16 });
  fc.assert(
    fc.property(pipeline, book, leadBook, edges, (p, b, l, money) => {
      holds(opportunityOwners, { ...p, opportunities: p.opportunities.map((o, i) => ({ ...o, amount: money[i]! })) });
      holds(churnOwners, { ...b, accounts: b.accounts.map((a, i) => ({ ...a, arr: money[i]! })) });
      const leads = l.leads.map((x, i) => ('convertedAt' in x ? { ...x, revenue: money[i]! } : x));
      // fc.record makes objects without a prototype: a plain copy, so the harness's input check compares like with like.
      holds(analyzeLeadOwners, { asOf: ASOF, rules: { ...l.rules }, leads, ...(l.teams ? { teams: l.teams } : {}) });
    }),
    runs(200),
  );
});

// Counterexamples, kept as examples.

test('analyzeLeadOwners: revenues whose owner total overflows are a ModelInputError, not Infinity', () => {
  // Two sources of 1e308 each: each source total is finite (analyzeLeadFlow accepts it) but Li's sum is not.
  const lead = (id: string, source: string) => ({
    id,
    owner: 'Li',
    source,
    businessLine: 'b',
    pool: 'private',
    createdAt: '2026-03-01',
    poolEnteredAt: '2026-03-01',
    firstFollowUpAt: '2026-03-01',
    convertedAt: '2026-03-02',
    revenue: 1e308,
  });
  const input = { asOf: '2026-03-31', leads: [lead('a', 's1'), lead('b', 's2')] };
  assert.equal(analyzeLeadFlow(input).bySource.length, 2);
  assert.throws(
    () => analyzeLeadOwners(input),
    (e: unknown) =>
      isModelInputError(e) &&
      e.issues[0]!.path === '' &&
      e.issues[0]!.code === 'results_not_finite' &&
      e.issues[0]!.message.includes('owners.0.revenue'),
  );
  // The same leads with revenues that fit: one row, 2e300.
  const fine = { ...input, leads: input.leads.map((l) => ({ ...l, revenue: 1e300 })) };
  assert.equal(analyzeLeadOwners(fine).owners[0]!.revenue, 2e300);
});
