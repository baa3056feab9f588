// Proof of equality: every model that compiles to SQL, run through the
// TypeScript model and through its SQL in DuckDB and in Postgres (PGlite),
// on the worked examples and on generated cases (fixed seed). Each generated
// case puts all its rows in one table and runs one query per engine.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tierLead, tierCustomer, compileModel, scoreValues, type TierResult } from '../../src/models/tiering.js';
import { routeLead } from '../../src/models/routing.js';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { assessOpportunities, type OpportunityRow } from '../../src/models/opportunities.js';
import { CUSTOMER_PRESET, LEAD_PRESET } from '../../src/models/presets.js';
import { dayNumber } from '../../src/models/math.js';
import { isModelInputError } from '../../src/schemas/issues.js';
import type { RouteRule, TieringModelInput } from '../../src/schemas/tiering.js';
import { toSql, type SqlProgram } from '../../src/sql/index.js';
import { SEED_CUSTOMER, SEED_LEAD } from '../fixtures/seeds.js';
import { duckdb, postgres, type Engine, type Row } from './sql-engines.js';
import {
  FLAG_COLUMNS,
  leadFlowCaseArb,
  leadRow,
  opportunitiesCaseArb,
  opportunityRows,
  routeRulesArb,
  tieringCaseArb,
  tieringModelArb,
  tieringRow,
  type TieringCase,
} from './sql-cases.js';

const SEED = 16;
const engines: Engine[] = [];
let cases = 0;

before(async () => {
  engines.push(await duckdb(), await postgres());
});
after(async () => {
  for (const e of engines) await e.close();
  process.stderr.write(`sql-equality: ${cases} rows compared per engine\n`);
});

/** Equal within 1e-9 (relative above 1), for numbers; null only equals null. */
function near(actual: unknown, expected: number | null, what: string): void {
  if (expected === null) return assert.equal(actual, null, `${what}: expected null, got ${String(actual)}`);
  assert.equal(typeof actual, 'number', `${what}: expected a number, got ${String(actual)}`);
  const a = actual as number;
  assert.ok(
    Math.abs(a - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
    `${what}: expected ${expected}, got ${a}`,
  );
}

/** Run a statement and return its rows as objects keyed by output column. */
async function rowsOf(e: Engine, sql: string): Promise<Record<string, unknown>[]> {
  const r = await e.query(sql);
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));
}

async function loadAll(e: Engine, program: SqlProgram, tables: readonly Row[][]): Promise<void> {
  for (let t = 0; t < program.inputs.length; t++) {
    const input = program.inputs[t]!;
    await e.load(String(input.table), input.columns, tables[t]!);
  }
}

// ---------------------------------------------------------------- tiering

type Expected = { ok: true; result: TierResult } | { ok: false; invalid: string[] };

function expectTier(model: TieringModelInput, values: Record<string, unknown>): Expected {
  try {
    return { ok: true, result: tierLead({ model, values }) };
  } catch (e) {
    if (!isModelInputError(e)) throw e;
    // The factors whose own value the model rejects, in factor order.
    const cm = compileModel(model);
    const invalid = cm.factors
      .filter((f) => {
        try {
          scoreValues(cm, { [f.key]: values[f.key] as never });
          return false;
        } catch {
          return true;
        }
      })
      .map((f) => f.key);
    return { ok: false, invalid };
  }
}

function checkTierRow(got: Record<string, unknown>, exp: Expected, model: TieringModelInput, where: string): void {
  if (!exp.ok) {
    assert.deepEqual(got.invalid, exp.invalid, `${where}: invalid`);
    for (const k of ['score', 'tier', 'focus', 'missing_weight_share', 'missing'])
      assert.equal(got[k], null, `${where}: ${k} of an invalid row`);
    return;
  }
  const r = exp.result;
  assert.equal(got.invalid, null, `${where}: invalid`);
  near(got.score, r.score, `${where}: score`);
  assert.equal(got.tier, r.tier, `${where}: tier (score ${r.score})`);
  assert.equal(got.focus, r.focus, `${where}: focus`);
  near(got.missing_weight_share, r.missingWeightShare, `${where}: missing_weight_share`);
  assert.deepEqual(got.missing, r.missing, `${where}: missing`);
  model.factors.forEach((f, i) =>
    near(got[`points_${f.key}`], r.contributions[i]!.points, `${where}: points_${f.key}`),
  );
}

/** Thresholds moved onto row scores (± a few 1e-9), so ties at tier edges are checked on purpose. */
function withTies(c: TieringCase): TieringModelInput {
  const scores = c.values.map((v) => expectTier(c.model, v)).flatMap((e) => (e.ok ? [e.result.score] : []));
  if (!scores.length || !c.ties.length) return c.model;
  const tiers = c.model.tiers.map((t, i) =>
    i < c.ties.length ? { ...t, minScore: scores[c.ties[i]!.row % scores.length]! + c.ties[i]!.delta } : t,
  );
  return { ...c.model, tiers };
}

async function runTiering(
  model: TieringModelInput,
  values: Record<string, unknown>[],
  opts: { preset?: 'lead' | 'customer'; rules?: RouteRule[] | undefined; route?: boolean } = {},
): Promise<void> {
  const isPreset = model === LEAD_PRESET || model === CUSTOMER_PRESET;
  const name = opts.route ? 'route-lead' : opts.preset === 'customer' ? 'tier-customer' : 'tier-lead';
  const expected = values.map((v) => expectTier(model, v));
  const routes = opts.route
    ? expected.map((e, i) =>
        e.ok
          ? routeLead({ result: e.result, values: values[i], model, ...(opts.rules ? { rules: opts.rules } : {}) })
          : null,
      )
    : [];
  const rows = values.map((v, i) => tieringRow(`r${i}`, v));
  for (const e of engines) {
    const program = toSql(name, {
      dialect: e.name,
      ...(isPreset ? {} : { model }),
      rules: opts.rules,
      table: 't_scores',
    });
    await loadAll(e, program, [rows]);
    const got = await rowsOf(e, program.statements[0]!.sql);
    assert.equal(got.length, rows.length, `${e.name}: one output row per input row`);
    const byId = new Map(got.map((g) => [g.id as string, g]));
    expected.forEach((exp, i) => {
      const g = byId.get(`r${i}`)!;
      const where = `${e.name} ${name} row r${i} ${JSON.stringify(values[i])}`;
      checkTierRow(g, exp, model, where);
      if (opts.route) {
        const r = routes[i];
        assert.equal(g.route, r?.route ?? null, `${where}: route`);
        assert.equal(g.reason, r?.reason ?? null, `${where}: reason`);
      }
    });
  }
  cases += values.length;
}

describe('tier-lead, tier-customer and route-lead as SQL equal the models', () => {
  it('the worked examples: the seed lead 68.5 → B, focus, telesales; the seed customer 78.5 → B', async () => {
    for (const e of engines) {
      const lead = toSql('route-lead', { dialect: e.name });
      await loadAll(e, lead, [[tieringRow('seed', SEED_LEAD)]]);
      const [l] = await rowsOf(e, lead.statements[0]!.sql);
      assert.equal(l!.score, 68.5, e.name);
      assert.equal(l!.tier, 'B');
      assert.equal(l!.focus, true);
      assert.equal(l!.route, 'telesales');
      assert.equal(l!.reason, 'default');
      assert.deepEqual(
        LEAD_PRESET.factors.map((f) => l![`points_${f.key}`]),
        [8, 8, 13.5, 12, 4.5, 13.5, 9],
      );
      const customer = toSql('tier-customer', { dialect: e.name });
      await loadAll(e, customer, [[tieringRow('c', SEED_CUSTOMER)]]);
      const [c] = await rowsOf(e, customer.statements[0]!.sql);
      assert.equal(c!.score, 78.5, e.name);
      assert.equal(c!.tier, 'B');
      assert.deepEqual(
        CUSTOMER_PRESET.factors.map((f) => c![`points_${f.key}`]),
        [10.5, 28, 16, 24],
      );
    }
    assert.equal(tierCustomer({ values: SEED_CUSTOMER }).score, 78.5);
  });

  it('the lead preset on generated values (missing, invalid, multi-choice caps and repeats, band edges), routed by the default rules', async () => {
    await fc.assert(
      fc.asyncProperty(tieringCaseArb(fc.constant(LEAD_PRESET as TieringModelInput), 150, true), async (c) => {
        await runTiering(c.model, c.values, { route: true });
      }),
      { seed: SEED, numRuns: 4 },
    );
  });

  it('the customer preset on generated values (references, float edges, NaN and infinities)', async () => {
    await fc.assert(
      fc.asyncProperty(tieringCaseArb(fc.constant(CUSTOMER_PRESET as TieringModelInput), 150), async (c) => {
        await runTiering(c.model, c.values, { preset: 'customer' });
      }),
      { seed: SEED, numRuns: 4 },
    );
  });

  it('random models with hostile keys and option values, ties at tier thresholds', async () => {
    await fc.assert(
      fc.asyncProperty(tieringCaseArb(tieringModelArb, 40), async (c) => {
        await runTiering(withTies(c), c.values);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('random route rules over tiers, missing-weight shares and flags (factor values and flag columns)', async () => {
    const arb = tieringCaseArb(tieringModelArb, 30, true).chain((c) =>
      fc.record({ c: fc.constant(c), rules: fc.option(routeRulesArb(c.model), { nil: undefined }) }),
    );
    await fc.assert(
      fc.asyncProperty(arb, async ({ c, rules }) => {
        await runTiering(withTies(c), c.values, { route: true, rules });
      }),
      { seed: SEED, numRuns: 30 },
    );
    assert.ok(FLAG_COLUMNS.length);
  });
});

// ---------------------------------------------------------------- lead flow

describe('analyze-lead-flow as SQL equals the model', () => {
  it('the worked example and generated leads: transitions, statistics with alerts, reactivation', async () => {
    const worked = {
      asOf: '2026-03-31',
      rules: { minGroupSize: 2, reactivation: { campaign: { industry: ['retail'] } } },
      channelCosts: { web: 10000, fair: 20000 },
      period: undefined,
      leads: [
        {
          id: 'L1',
          source: 'web',
          businessLine: 'SaaS',
          pool: 'private',
          createdAt: '2026-03-20',
          poolEnteredAt: '2026-03-20',
          assignedAt: '2026-03-26',
        },
        {
          id: 'L2',
          source: 'web',
          businessLine: 'SaaS',
          pool: 'private',
          createdAt: '2026-02-20',
          poolEnteredAt: '2026-02-20',
          assignedAt: '2026-02-20',
          firstFollowUpAt: '2026-02-21',
        },
        {
          id: 'L3',
          source: 'web',
          businessLine: 'SaaS',
          pool: 'line',
          createdAt: '2026-03-01',
          poolEnteredAt: '2026-03-10',
          lastEngagementAt: '2026-03-25',
        },
        {
          id: 'L4',
          source: 'fair',
          businessLine: 'ERP',
          pool: 'company',
          createdAt: '2026-02-01',
          poolEnteredAt: '2026-02-01',
          industry: 'retail',
        },
        {
          id: 'L5',
          source: 'fair',
          businessLine: 'ERP',
          pool: 'private',
          createdAt: '2026-03-02',
          poolEnteredAt: '2026-03-02',
          assignedAt: '2026-03-02',
          firstFollowUpAt: '2026-03-05',
          convertedAt: '2026-03-20',
          revenue: 50000,
        },
      ],
    };
    const check = async (c: typeof worked) => {
      const model = analyzeLeadFlow(c);
      const valid = new Set(c.leads.map((l) => l.id));
      for (const inv of model.invalid) valid.delete(c.leads[inv.index]!.id);
      for (const e of engines) {
        const program = toSql('analyze-lead-flow', { dialect: e.name, ...c, table: 't_leads' });
        await loadAll(e, program, [c.leads.map(leadRow)]);
        const [transitions, sources, reactivation] = await Promise.all(program.statements.map((s) => rowsOf(e, s.sql)));
        const where = `${e.name} lead flow ${JSON.stringify({ asOf: c.asOf, rules: c.rules, costs: c.channelCosts, period: c.period })}`;
        // Transitions and candidates: the model keeps input order, the SQL orders by id; ids rise with input order.
        assert.deepEqual(
          transitions,
          model.transitions.map((t) => ({ id: t.id, from_pool: t.from, to_pool: t.to, reason: t.reason })),
          `${where}: transitions`,
        );
        assert.deepEqual(
          reactivation,
          model.reactivation.map((r) => ({ id: r.id, pool: r.pool, reasons: r.reasons })),
          `${where}: reactivation`,
        );
        const alerts = new Set(model.alerts.map((a) => JSON.stringify([a.source, a.businessLine])));
        const expected = model.bySource.flatMap((s) => [
          { ...s, businessLine: null, alert: null },
          ...model.bySourceLine
            .filter((l) => l.source === s.source)
            .map((l) => ({ ...l, alert: alerts.has(JSON.stringify([l.source, l.businessLine])) })),
        ]);
        assert.equal(sources!.length, expected.length, `${where}: statistics rows`);
        expected.forEach((x, i) => {
          const g = sources![i]!;
          const w = `${where}: statistics row ${i} (${x.source} / ${x.businessLine})`;
          assert.equal(g.source, x.source, w);
          assert.equal(g.business_line, x.businessLine, w);
          assert.equal(g.supplied, x.supplied, `${w}: supplied`);
          assert.equal(g.followed_up, x.followedUp, `${w}: followed_up`);
          near(g.follow_up_rate, x.followUpRate, `${w}: follow_up_rate`);
          assert.equal(g.converted, x.converted, `${w}: converted`);
          near(g.conversion_rate, x.conversionRate, `${w}: conversion_rate`);
          near(g.revenue, x.revenue, `${w}: revenue`);
          near(g.cost, x.cost, `${w}: cost`);
          near(g.cost_per_lead, x.costPerLead, `${w}: cost_per_lead`);
          near(g.roi, x.roi, `${w}: roi`);
          assert.equal(g.alert, x.alert, `${w}: alert`);
        });
      }
      cases += c.leads.length;
      return model;
    };
    const m = await check(worked);
    assert.equal(m.bySource.find((s) => s.source === 'fair')!.roi, 1.5);
    await fc.assert(
      fc.asyncProperty(leadFlowCaseArb(80), async (c) => {
        await check(c as never);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});

// ---------------------------------------------------------------- opportunities

function checkOpportunity(g: Record<string, unknown>, r: OpportunityRow, amount: number, where: string): void {
  assert.equal(g.id, r.id, `${where}: id (order)`);
  assert.equal(g.level, r.level, `${where}: level`);
  assert.equal(g.risk_score, r.riskScore, `${where}: risk_score`);
  assert.equal(g.key_account, r.keyAccount, `${where}: key_account`);
  assert.equal(g.amount, amount, `${where}: amount`);
  assert.deepEqual(
    g.signals,
    r.signals.map((s) => s.code),
    `${where}: signals`,
  );
  assert.deepEqual(g.suggestions, r.suggestions, `${where}: suggestions`);
  near(g.completeness, r.metrics.completeness, `${where}: completeness`);
  near(g.compliance, r.metrics.compliance, `${where}: compliance`);
  assert.equal(g.days_in_stage, r.metrics.daysInStage, `${where}: days_in_stage`);
  near(g.cycle_ratio, r.metrics.cycleRatio, `${where}: cycle_ratio`);
  assert.equal(g.days_idle, r.metrics.daysIdle, `${where}: days_idle`);
  const signal = <C extends OpportunityRow['signals'][number]['code']>(code: C) =>
    r.signals.find((s) => s.code === code) as Extract<OpportunityRow['signals'][number], { code: C }> | undefined;
  for (const code of ['missing-fields', 'stage-overdue', 'activity-shortfall', 'idle', 'close-date-passed'] as const)
    assert.equal(g[`${code.replace(/-/g, '_')}_level`], signal(code)?.level ?? null, `${where}: ${code} level`);
  assert.deepEqual(g.missing_fields, signal('missing-fields')?.detail.missing ?? null, `${where}: missing_fields`);
  const shortfall = signal('activity-shortfall')?.detail.shortfall;
  assert.deepEqual(
    g.shortfall === null ? null : JSON.parse(g.shortfall as string),
    shortfall ?? null,
    `${where}: shortfall`,
  );
  assert.equal(g.days_past_close, signal('close-date-passed')?.detail.daysPast ?? null, `${where}: days_past_close`);
  const idle = signal('idle');
  if (idle?.detail.lastActivityAt)
    assert.equal(
      dayNumber(g.last_activity_at as string),
      dayNumber(idle.detail.lastActivityAt),
      `${where}: last activity`,
    );
}

describe('assess-opportunities as SQL equals the model', () => {
  it('the worked example and generated pipelines: rows in the model order with levels, signals and metrics', async () => {
    const worked = {
      asOf: '2026-03-31',
      rules: undefined,
      opportunities: [
        {
          id: 'o1',
          name: 'Acme',
          amount: 600000,
          stage: 'solution',
          stageEnteredAt: '2026-03-01',
          expectedCloseDate: '2026-03-15',
          fields: { need: 'CRM', contactRole: 'director', budget: '' },
          activities: [
            { type: 'call', at: '2026-02-20' },
            { type: 'visit', at: '2026-03-10' },
          ],
        },
        {
          id: 'o2',
          amount: 80000,
          stage: 'qualify',
          stageEnteredAt: '2026-03-25',
          activities: [{ type: 'call', at: '2026-03-26' }],
        },
      ] as Record<string, unknown>[],
    };
    const check = async (c: typeof worked) => {
      const model = assessOpportunities(c);
      const amounts = new Map(c.opportunities.map((o) => [o.id as string, o.amount as number]));
      for (const e of engines) {
        const program = toSql('assess-opportunities', {
          dialect: e.name,
          asOf: c.asOf,
          rules: c.rules,
          table: 't_opps',
          activitiesTable: 't_acts',
        });
        const fields = program.inputs[0]!.columns.slice(6).map((col) => col.name);
        const tables = c.opportunities.map((o) => opportunityRows(o, fields));
        await loadAll(e, program, [tables.map((t) => t.row), tables.flatMap((t) => t.activities)]);
        const got = await rowsOf(e, program.statements[0]!.sql);
        const where = `${e.name} opportunities ${JSON.stringify({ asOf: c.asOf, rules: c.rules })}`;
        assert.equal(got.length, model.rows.length, `${where}: rows (invalid ones left out)`);
        model.rows.forEach((r, i) => checkOpportunity(got[i]!, r, amounts.get(r.id)!, `${where} row ${i} ${r.id}`));
      }
      cases += c.opportunities.length;
      return model;
    };
    const m = await check(worked);
    assert.equal(m.rows[0]!.riskScore, 11);
    await fc.assert(
      fc.asyncProperty(opportunitiesCaseArb(50), async (c) => {
        await check(c as never);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
