/**
 * Generated cases for the SQL equality tests: models, rules and input rows
 * for the TypeScript models, and the same rows as table rows for the SQL
 * (dates as their UTC day, field values as text). Hostile names, ties at
 * thresholds and band edges, float edges, missing and invalid values, and
 * dates across month and year ends are all drawn on purpose.
 */
import fc from 'fast-check';
import { dayNumber, isoDay } from '../../src/models/math.js';
import { DEFAULT_PIPELINE_RULES } from '../../src/models/opportunities.js';
import type { TieringModelInput, RouteRule } from '../../src/schemas/tiering.js';
import type { Cell, Row } from './sql-engines.js';

/** Names that break naive quoting, in every place a model puts a name. */
export const HOSTILE = [
  '"; drop table x; --',
  "it's",
  'back\\slash',
  '中文 因素',
  'select',
  'order',
  'group',
  'with space',
  'tab\there',
  'line\nbreak',
  '`tick`',
  "'; DELETE FROM leads; --",
  '$1',
  'emoji🙂',
  'x'.repeat(50),
] as const;

/** Option values and other literals may hold template openers too (they are split in the SQL). */
const HOSTILE_VALUES = [
  ...HOSTILE,
  '{{ config(x) }}',
  '${env:HOME}',
  '{% raw %}',
  'O\'Reilly "q"',
  'NULL',
  '--',
  '/* c */',
];

const FACTOR_KEYS = ['channel', 'form', 'Revenue', 'users', 'interest', ...HOSTILE];
const TIER_KEYS = ['A', 'B', 'C', 'D', 'E', 'tier "x"', "t'1", '层级', 'select'];
export const FLAG_COLUMNS = ['local', 'complexDemand', 'vip'];

const multiScore = fc.integer({ min: 0, max: 400 }).map((x) => x / 4);
const anyScore = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }).map((x) => (x < 1e-6 ? 0 : x)),
  fc.constantFrom(0, 100, 0.1, 0.2, 0.3, 1e-9, 99.999999999),
);
const weight = fc.oneof(fc.constantFrom(0, 0.1, 0.15, 0.2, 1, 3), fc.double({ min: 1e-6, max: 10, noNaN: true }));

const optionsOf = (score: fc.Arbitrary<number>) =>
  fc
    .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', ...HOSTILE_VALUES), { minLength: 1, maxLength: 6 })
    .chain((values) => fc.tuple(...values.map((value) => score.map((s) => ({ value, score: s })))));

const factorArb = (key: string) =>
  fc.oneof(
    fc.record({ key: fc.constant(key), kind: fc.constant('options' as const), weight, options: optionsOf(anyScore) }),
    fc.record(
      {
        key: fc.constant(key),
        kind: fc.constant('multi' as const),
        weight,
        options: optionsOf(multiScore),
        cap: fc.constantFrom(0, 30, 37.5, 50, 100, 1000),
      },
      { requiredKeys: ['key', 'kind', 'weight', 'options'] },
    ),
    fc.record(
      {
        key: fc.constant(key),
        kind: fc.constant('bands' as const),
        weight,
        reference: fc.constantFrom(1, 0.7, 3, 600000, 0.001, 1e-300, 1e300),
        bands: fc
          .array(
            fc.record({
              min: fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })),
              score: anyScore,
            }),
            { minLength: 1, maxLength: 5 },
          )
          .map((bs) => bs.sort((a, b) => a.min - b.min)),
      },
      { requiredKeys: ['key', 'kind', 'weight', 'bands'] },
    ),
  );

/** A random tiering model with hostile keys, option values and tier keys; weights with a positive sum. */
export const tieringModelArb: fc.Arbitrary<TieringModelInput> = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...FACTOR_KEYS), { minLength: 1, maxLength: 6, selector: (k) => k.toLowerCase() }),
    fc.uniqueArray(fc.constantFrom(...TIER_KEYS), { minLength: 1, maxLength: 5 }),
  )
  .chain(([keys, tierKeys]) =>
    fc.record({
      factors: fc.tuple(...keys.map(factorArb)),
      tiers: fc.tuple(
        ...tierKeys.map((key) =>
          fc.record({ key: fc.constant(key), minScore: fc.oneof(fc.integer({ min: 0, max: 100 }), anyScore) }),
        ),
      ),
      focusTiers: fc.subarray(tierKeys),
    }),
  )
  .filter((m) => m.factors.some((f) => f.weight > 0))
  .map((m) => ({ ...m, factors: [...m.factors], tiers: [...m.tiers] }));

/** A value for a factor: edges of its bands, its options, missing, invalid. */
function valueArb(f: TieringModelInput['factors'][number]): fc.Arbitrary<unknown> {
  const missing = fc.constantFrom(null, undefined);
  switch (f.kind) {
    case 'options':
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...f.options.map((o) => o.value)) },
        { weight: 2, arbitrary: missing },
        { weight: 1, arbitrary: fc.constantFrom('not-an-option', 'A', "it''s") },
      );
    case 'multi': {
      const item = fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom(...f.options.map((o) => o.value)) },
        { weight: 1, arbitrary: fc.constantFrom('unknown', null) },
      );
      return fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 8 }) }, { weight: 2, arbitrary: missing });
    }
    case 'bands': {
      const ref = f.reference ?? 1;
      const edges = f.bands.flatMap((b) =>
        [b.min, b.min - 1e-9, b.min - 2e-9, b.min + 1e-9, b.min - 5e-10, b.min - 1e-10].map((x) => x * ref),
      );
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...edges) },
        { weight: 3, arbitrary: fc.double({ min: -1e4, max: 1e4, noNaN: true }) },
        {
          weight: 2,
          arbitrary: fc.constantFrom(0, -0, 5e-324, -5e-324, 1e-310, -1e-310, 1e308, -1e308, Number.MAX_VALUE, 1e-30),
        },
        { weight: 2, arbitrary: missing },
        { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
      );
    }
  }
}

export interface TieringCase {
  model: TieringModelInput;
  /** Model values per row (absent keys are missing). */
  values: Record<string, unknown>[];
  /** Where tier thresholds move to: row index and offset from that row's score. */
  ties: { row: number; delta: number }[];
}

/** A model, rows of values for it, and ties of tier thresholds to row scores. */
export const tieringCaseArb = (model: fc.Arbitrary<TieringModelInput>, rows: number, flags = false) =>
  model.chain((m) =>
    fc.record({
      model: fc.constant(m),
      values: fc.array(
        fc.record(
          Object.fromEntries([
            ...m.factors.map((f) => [f.key, valueArb(f)]),
            ...(flags ? FLAG_COLUMNS.map((k) => [k, fc.constantFrom(true, false, null)]) : []),
          ]) as Record<string, fc.Arbitrary<unknown>>,
          { requiredKeys: [] },
        ),
        { minLength: rows, maxLength: rows },
      ),
      ties: fc.array(
        fc.record({
          row: fc.nat(),
          delta: fc.constantFrom(0, 1e-9, -1e-9, 5e-10, -5e-10, 2e-9, -2e-9, 1e-12),
        }),
        { maxLength: m.tiers.length },
      ),
    }),
  );

/** The table row for model values: absent is NULL; the id column is added. */
export const tieringRow = (id: string, values: Record<string, unknown>): Row => {
  const row: Row = { id };
  for (const [k, v] of Object.entries(values)) row[k] = v === undefined ? null : (v as Cell);
  return row;
};

/** Random route rules over a model's tiers, value keys and flag columns. */
export const routeRulesArb = (m: TieringModelInput): fc.Arbitrary<RouteRule[]> => {
  const tierKeys = m.tiers.map((t) => t.key);
  const flagKeys = [...m.factors.map((f) => f.key), ...FLAG_COLUMNS];
  const when = fc.record(
    {
      tiers: fc.subarray([...tierKeys, 'nope']),
      minMissingWeightShare: fc.constantFrom(0, 0.15, 0.3, 0.5, 1, 1.5),
      flags: fc.subarray(flagKeys, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );
  return fc.array(
    fc.record(
      {
        when,
        route: fc.constantFrom('field-sales', 'telesales', 'sdr', 'nurture', ...HOSTILE_VALUES),
        reason: fc.constantFrom('r1', 'r2', ...HOSTILE_VALUES),
      },
      { requiredKeys: ['when', 'route'] },
    ),
    { maxLength: 6 },
  );
};

// ---- dates

/** A UTC day written in one of the forms the models read as that day (offsets and times included). */
export const dayText = (day: number): fc.Arbitrary<string> =>
  fc.constantFrom(
    isoDay(day),
    `${isoDay(day)}T12:00:00Z`,
    `${isoDay(day + 1)}T01:00:00+08:00`,
    `${isoDay(day - 1)}T20:30:00-05:00`,
    `${isoDay(day)} 23:59:59.999`,
  );

/** The UTC day of a model date, for the table. */
export const utcDay = (text: string): string => isoDay(dayNumber(text));

/** As-of days next to month, year and leap-day ends. */
export const AS_OF = [
  '2026-03-31',
  '2024-02-29',
  '2024-03-01',
  '2025-01-01',
  '2025-12-31',
  '2026-03-01',
  '2000-03-01',
  '1999-12-31',
];

// ---- lead flow

const SOURCES = ['web', 'fair', 'ads', '"; drop table x; --', '中文渠道', "it's"];
const LINES = ['SaaS', 'ERP', '中文线', "o'line"];
const INDUSTRIES = ['retail', 'saas', '中文', "o'reilly"];
const REGIONS = ['north', 'south', '华东'];

export interface LeadFlowCase {
  asOf: string;
  rules: Record<string, unknown>;
  channelCosts: Record<string, number | null>;
  period: 'day' | 'week' | 'month' | undefined;
  leads: Record<string, unknown>[];
}

const optional = <T>(a: fc.Arbitrary<T>, absent = 1) =>
  fc.oneof({ weight: 3, arbitrary: a }, { weight: absent, arbitrary: fc.constant(undefined) });

const leadArb = (asOf: number, i: number) =>
  fc
    .record({
      source: fc.oneof(
        { weight: 20, arbitrary: fc.constantFrom(...SOURCES) },
        { weight: 1, arbitrary: fc.constant('') },
      ),
      businessLine: fc.constantFrom(...LINES),
      pool: fc.oneof(
        { weight: 20, arbitrary: fc.constantFrom('private', 'line', 'company', 'blacklist') },
        { weight: 1, arbitrary: fc.constant('nowhere') },
      ),
      created: fc.integer({ min: -70, max: 2 }),
      entered: fc.integer({ min: 0, max: 12 }),
      assigned: optional(fc.integer({ min: 0, max: 6 })),
      firstFollowUp: optional(fc.integer({ min: -2, max: 5 })),
      converted: optional(fc.integer({ min: 0, max: 30 }), 3),
      revenue: optional(
        fc.oneof(
          { weight: 10, arbitrary: fc.integer({ min: 0, max: 100000 }) },
          { weight: 2, arbitrary: fc.constantFrom(0.1, 1234.5, 1e6 / 3) },
          { weight: 1, arbitrary: fc.constant(-1) },
        ),
      ),
      engaged: optional(fc.integer({ min: -3, max: 30 })),
      industry: optional(fc.constantFrom(...INDUSTRIES)),
      region: optional(fc.constantFrom(...REGIONS)),
    })
    .chain((g) => {
      const created = asOf + g.created;
      const entered = created + g.entered;
      const base = g.assigned === undefined ? created : entered + g.assigned;
      const date = (day: number | undefined) => (day === undefined ? fc.constant(undefined) : dayText(day));
      return fc
        .record({
          createdAt: dayText(created),
          poolEnteredAt: dayText(entered),
          assignedAt: date(g.assigned === undefined ? undefined : entered + g.assigned),
          firstFollowUpAt: date(g.firstFollowUp === undefined ? undefined : base + g.firstFollowUp),
          convertedAt: date(g.converted === undefined ? undefined : created + g.converted),
          lastEngagementAt: date(g.engaged === undefined ? undefined : asOf - g.engaged),
        })
        .map((dates) => {
          const lead: Record<string, unknown> = {
            id: `L${String(i).padStart(4, '0')}`,
            source: g.source,
            businessLine: g.businessLine,
            pool: g.pool,
            revenue: g.revenue,
            industry: g.industry,
            region: g.region,
            ...dates,
          };
          for (const k of Object.keys(lead)) if (lead[k] === undefined) delete lead[k];
          return lead;
        });
    });

export const leadFlowCaseArb = (leads: number): fc.Arbitrary<LeadFlowCase> =>
  fc.constantFrom(...AS_OF).chain((asOf) =>
    fc.record({
      asOf: fc.constant(asOf),
      rules: fc.record(
        {
          followUpSlaDays: fc.constantFrom(0, 0.5, 1, 1.5, 2, 3),
          privateNoFollowUpDays: fc.constantFrom(0, 1, 2.5, 3, 5, 3 - 1e-10),
          privateMaxDays: fc.constantFrom(0, 10, 30, 45, 30 + 5e-10),
          lineUnclaimedDays: fc.constantFrom(0, 7, 14, 14 - 5e-10),
          followUpRateAlert: fc.constantFrom(0, 0.5, 0.8, 1, 1 / 3, 2 / 3),
          minGroupSize: fc.constantFrom(0, 1, 2, 3, 10),
          reactivation: fc.record(
            {
              engagedWithinDays: fc.constantFrom(0, 7, 14, 30),
              campaign: fc.record(
                { industry: fc.subarray(INDUSTRIES), region: fc.subarray(REGIONS) },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      channelCosts: fc.dictionary(
        fc.constantFrom(...SOURCES, 'ghost', '无线索'),
        fc.oneof(fc.integer({ min: 0, max: 50000 }), fc.constantFrom(null, 0, 0.5, 12345.67)),
      ),
      period: fc.constantFrom(undefined, 'day', 'week', 'month'),
      leads: fc.tuple(...Array.from({ length: leads }, (_, i) => leadArb(dayNumber(asOf), i))).map((ls) => [...ls]),
    }),
  );

/** The table row of a model lead: snake_case columns, dates as their UTC day. */
export function leadRow(lead: Record<string, unknown>): Row {
  const day = (k: string) => (typeof lead[k] === 'string' ? utcDay(lead[k]) : null);
  return {
    id: lead.id as string,
    source: (lead.source as string | undefined) ?? null,
    business_line: (lead.businessLine as string | undefined) ?? null,
    pool: (lead.pool as string | undefined) ?? null,
    created_at: day('createdAt'),
    pool_entered_at: day('poolEnteredAt'),
    assigned_at: day('assignedAt'),
    first_follow_up_at: day('firstFollowUpAt'),
    converted_at: day('convertedAt'),
    revenue: (lead.revenue as number | undefined) ?? null,
    last_engagement_at: day('lastEngagementAt'),
    industry: (lead.industry as string | undefined) ?? null,
    region: (lead.region as string | undefined) ?? null,
  };
}

// ---- opportunities

const STAGE_KEYS = ['qualify', 'solution', '中文阶段', "it's", 'select', 'with space'];
const FIELD_KEYS = ['need', 'budget', 'decisionMaker', '联系人', 'with space', "o'q", 'select'];
const ACTIVITY_TYPES = ['call', 'visit', 'demo', '拜访', "it's", '2'];

export interface OpportunitiesCase {
  asOf: string;
  rules: Record<string, unknown> | undefined;
  opportunities: Record<string, unknown>[];
}

const stagesArb = fc.uniqueArray(fc.constantFrom(...STAGE_KEYS), { minLength: 1, maxLength: 4 }).chain((keys) =>
  fc.tuple(
    ...keys.map((key) =>
      fc.record(
        {
          key: fc.constant(key),
          standardDays: fc.constantFrom(1, 2.5, 7, 14, 21, 0.5),
          maxIdleDays: fc.constantFrom(0, 3, 5, 7, 2.5),
          requiredFields: fc.subarray(FIELD_KEYS, { maxLength: 3 }),
          requiredActivities: fc.dictionary(fc.constantFrom(...ACTIVITY_TYPES), fc.integer({ min: 0, max: 3 }), {
            maxKeys: 3,
          }),
        },
        { requiredKeys: ['key', 'standardDays', 'maxIdleDays'] },
      ),
    ),
  ),
);

const pipelineRulesArb = fc.option(
  fc.record(
    {
      stages: stagesArb.map((s) => [...s]),
      keyAccountMinAmount: fc.constantFrom(0, 1000, 500000),
      thresholds: fc.record(
        {
          completenessWarn: fc.constantFrom(0.8, 0.5, 1, 2 / 3),
          completenessCritical: fc.constantFrom(0.5, 0, 1 / 3),
          cycleWarn: fc.constantFrom(1, 0.5, 0),
          cycleCritical: fc.constantFrom(1.5, 2, 1),
          idleCriticalFactor: fc.constantFrom(2, 1, 3.5),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const FIELD_VALUES: unknown[] = [
  'x',
  'CRM',
  '',
  '  ',
  '\u3000',
  '\t\n',
  '\u00a0x',
  null,
  0,
  false,
  [],
  ['a'],
  { a: 1 },
];

const opportunityArb = (asOf: number, i: number, stages: string[], fields: string[], types: string[], keyMin: number) =>
  fc
    .record({
      amount: fc.oneof(
        { weight: 10, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
        { weight: 5, arbitrary: fc.constantFrom(keyMin, keyMin - 1e-10, keyMin - 1e-8, keyMin + 1, 0) },
        { weight: 1, arbitrary: fc.constant(-1) },
      ),
      stage: fc.oneof(
        { weight: 20, arbitrary: fc.constantFrom(...stages) },
        { weight: 1, arbitrary: fc.constant('unknown') },
      ),
      entered: fc.integer({ min: -3, max: 60 }),
      close: optional(fc.integer({ min: -20, max: 20 }), 2),
      keyAccount: fc.constantFrom(true, false, null, undefined),
      fields: fc.record(Object.fromEntries(fields.map((f) => [f, fc.constantFrom(...FIELD_VALUES)])), {
        requiredKeys: [],
      }),
      activities: fc.array(
        fc.record({
          type: fc.oneof(
            { weight: 30, arbitrary: fc.constantFrom(...types, 'email') },
            { weight: 1, arbitrary: fc.constant('') },
          ),
          ago: fc.integer({ min: -5, max: 40 }),
        }),
        { maxLength: 8 },
      ),
    })
    .chain((g) =>
      fc
        .record({
          stageEnteredAt: dayText(asOf - g.entered),
          expectedCloseDate: g.close === undefined ? fc.constant(undefined) : dayText(asOf + g.close),
          activities: fc.tuple(...g.activities.map((a) => dayText(asOf - a.ago).map((at) => ({ type: a.type, at })))),
        })
        .map((dates) => {
          const o: Record<string, unknown> = {
            id: `o${String(i).padStart(4, '0')}`,
            amount: g.amount,
            stage: g.stage,
            stageEnteredAt: dates.stageEnteredAt,
            fields: g.fields,
            activities: [...dates.activities],
          };
          if (dates.expectedCloseDate !== undefined) o.expectedCloseDate = dates.expectedCloseDate;
          if (g.keyAccount !== undefined) o.keyAccount = g.keyAccount;
          return o;
        }),
    );

const DEFAULT_STAGES = DEFAULT_PIPELINE_RULES.stages.map((s) => s.key);
const DEFAULT_FIELDS = [...new Set(DEFAULT_PIPELINE_RULES.stages.flatMap((s) => s.requiredFields))];
const DEFAULT_TYPES = [...new Set(DEFAULT_PIPELINE_RULES.stages.flatMap((s) => Object.keys(s.requiredActivities)))];

export const opportunitiesCaseArb = (count: number): fc.Arbitrary<OpportunitiesCase> =>
  fc.tuple(fc.constantFrom(...AS_OF), pipelineRulesArb).chain(([asOf, rules]) => {
    const stages = rules?.stages;
    const stageKeys = stages ? stages.map((s) => s.key) : DEFAULT_STAGES;
    const fields = stages ? [...new Set(stages.flatMap((s) => s.requiredFields ?? []))] : DEFAULT_FIELDS;
    const types = stages ? [...new Set(stages.flatMap((s) => Object.keys(s.requiredActivities ?? {})))] : DEFAULT_TYPES;
    const keyMin = rules?.keyAccountMinAmount ?? 500000;
    return fc
      .tuple(
        ...Array.from({ length: count }, (_, i) =>
          opportunityArb(dayNumber(asOf), i, stageKeys, [...fields, 'extra'], [...types, 'call'], keyMin),
        ),
      )
      .map((opportunities) => ({ asOf, rules, opportunities: [...opportunities] }));
  });

/** A field value as the text a warehouse column would hold (the contract: text; an empty list is NULL). */
const fieldText = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'string'
      ? v
      : Array.isArray(v)
        ? v.length
          ? v.join(',')
          : null
        : typeof v === 'object'
          ? JSON.stringify(v)
          : (v as number | boolean).toString();

export function opportunityRows(
  o: Record<string, unknown>,
  fields: readonly string[],
): { row: Row; activities: Row[] } {
  const f = (o.fields ?? {}) as Record<string, unknown>;
  const row: Row = {
    id: o.id as string,
    amount: o.amount as number,
    stage: o.stage as string,
    stage_entered_at: utcDay(o.stageEnteredAt as string),
    expected_close_date: typeof o.expectedCloseDate === 'string' ? utcDay(o.expectedCloseDate) : null,
    key_account: (o.keyAccount as boolean | null | undefined) ?? null,
  };
  for (const k of fields) row[k] = Object.hasOwn(f, k) ? fieldText(f[k]) : null;
  const activities = ((o.activities ?? []) as { type: string; at: string }[]).map((a) => ({
    opportunity_id: o.id as string,
    type: a.type,
    at: utcDay(a.at),
  }));
  return { row, activities };
}
