import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tierLead, tierCustomer, validateTiering, compileModel } from '../../src/models/tiering.js';
import { calibrateTiering } from '../../src/models/calibrate.js';
import { routeLead } from '../../src/models/routing.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import type { TieringModelInput } from '../../src/schemas/tiering.js';
import { near, issuesOf, hasIssue } from './helpers.js';
import { SEED_LEAD } from '../fixtures/seeds.js';

/** One options factor, tiers A 80 / B 60 / C 40 / D 0, focus A+B. */
const oneFactor = (extra: Partial<TieringModelInput> = {}): TieringModelInput => ({
  factors: [
    {
      key: 'q',
      kind: 'options',
      weight: 1,
      options: [
        { value: 'hi', score: 90 },
        { value: 'mid', score: 70 },
        { value: 'lo', score: 30 },
        { value: 'none', score: 10 },
      ],
    },
  ],
  tiers: [
    { key: 'A', minScore: 80 },
    { key: 'B', minScore: 60 },
    { key: 'C', minScore: 40 },
    { key: 'D', minScore: 0 },
  ],
  focusTiers: ['A', 'B'],
  ...extra,
});

describe('tierLead: the seed example', () => {
  it('scores 68.5 → B, focus, with the seed contributions', () => {
    const r = tierLead({ values: SEED_LEAD });
    near(r.score, 68.5);
    assert.equal(r.tier, 'B');
    assert.equal(r.focus, true);
    near(
      r.contributions.map((c) => c.points),
      [8, 8, 13.5, 12, 4.5, 13.5, 9],
    );
    near(
      r.contributions.map((c) => c.score),
      [80, 80, 90, 60, 30, 90, 60],
    );
    near(
      r.contributions.map((c) => c.weight),
      [0.1, 0.1, 0.15, 0.2, 0.15, 0.15, 0.15],
    );
    near(
      r.contributions.reduce((s, c) => s + c.points, 0),
      r.score,
    );
    assert.deepEqual(
      r.contributions.map((c) => c.key),
      LEAD_PRESET.factors.map((f) => f.key),
    );
    assert.deepEqual(r.contributions[6]!.value, SEED_LEAD.interest);
    assert.deepEqual(r.missing, []);
    assert.equal(r.missingWeightShare, 0);
  });

  it('routes the seed lead to telesales (no local or complex flag)', () => {
    const result = tierLead({ values: SEED_LEAD });
    assert.equal(routeLead({ result, values: SEED_LEAD }).route, 'telesales');
  });
});

describe('tierCustomer: the seed example', () => {
  it('scores 78.5 → B: 70·0.15 + 80·0.35 + 80·0.20 + 80·0.30', () => {
    const r = tierCustomer({ values: { tenureMonths: 11, cumulativePayment: 800000, users: 450, usageRate: 0.9 } });
    near(r.score, 78.5);
    assert.equal(r.tier, 'B');
    near(
      r.contributions.map((c) => c.score),
      [70, 80, 80, 80],
    );
  });

  it('divides by the reference first: 0.56 / 0.7 reaches the 0.8 band; 300000 / 600000 is 0.5', () => {
    const r = tierCustomer({ values: { tenureMonths: 0, cumulativePayment: 300000, users: 0, usageRate: 0.56 } });
    // tenure 30, payment 0.5 → 40, users 20, usage 0.8 → 60
    near(
      r.contributions.map((c) => c.score),
      [30, 40, 20, 60],
    );
    near(r.score, 30 * 0.15 + 40 * 0.35 + 20 * 0.2 + 60 * 0.3);
  });

  it('a reference in a custom model changes the band', () => {
    const model = structuredClone(compileModel(tierModel()).model);
    function tierModel() {
      return {
        factors: [
          {
            key: 'pay',
            kind: 'bands',
            weight: 1,
            reference: 1000,
            bands: [
              { min: 0, score: 10 },
              { min: 1, score: 50 },
              { min: 2, score: 100 },
            ],
          },
        ],
        tiers: [{ key: 'X', minScore: 0 }],
        focusTiers: [],
      };
    }
    near(tierCustomer({ model, values: { pay: 1999 } }).score, 50);
    near(tierCustomer({ model, values: { pay: 2000 } }).score, 100);
  });
});

describe('tiering edge cases', () => {
  it('a score exactly on a threshold reaches it; equal thresholds keep input order', () => {
    const m = oneFactor({
      factors: [
        {
          key: 'q',
          kind: 'options',
          weight: 1,
          options: [
            { value: 'sixty', score: 60 },
            { value: 'eighty', score: 80 },
          ],
        },
      ],
    });
    assert.equal(tierLead({ model: m, values: { q: 'sixty' } }).tier, 'B');
    assert.equal(tierLead({ model: m, values: { q: 'eighty' } }).tier, 'A');
    const tied = {
      ...m,
      tiers: [
        { key: 'D', minScore: 0 },
        { key: 'B2', minScore: 60 },
        { key: 'B1', minScore: 60 },
      ],
      focusTiers: ['B2'],
    };
    assert.equal(tierLead({ model: tied, values: { q: 'sixty' } }).tier, 'B2');
  });

  it('a score a hair below a threshold (float error) still reaches it', () => {
    // (0.1·0.3 + 0.2·0.3) / (0.1 + 0.2) is 0.29999999999999993 in floating point.
    const m: TieringModelInput = {
      factors: [
        { key: 'a', kind: 'options', weight: 0.1, options: [{ value: 'x', score: 0.3 }] },
        { key: 'b', kind: 'options', weight: 0.2, options: [{ value: 'x', score: 0.3 }] },
      ],
      tiers: [
        { key: 'hi', minScore: 0.3 },
        { key: 'lo', minScore: 0 },
      ],
      focusTiers: ['hi'],
    };
    const r = tierLead({ model: m, values: { a: 'x', b: 'x' } });
    assert.ok(r.score < 0.3, `float error expected, got ${r.score}`);
    assert.equal(r.tier, 'hi');
  });

  it('missing factors score 0, are listed, and weigh in missingWeightShare', () => {
    const { contactRole: _c, interest: _i, ...rest } = SEED_LEAD;
    const r = tierLead({ values: { ...rest, interest: null } });
    near(r.score, 68.5 - 12 - 9);
    assert.equal(r.tier, 'C');
    assert.deepEqual(r.missing, ['contactRole', 'interest']);
    near(r.missingWeightShare, 0.35);
    assert.equal(r.contributions[3]!.value, null);
    assert.equal(r.contributions[3]!.score, 0);
  });

  it('an unknown option is invalid input naming the factor', () => {
    const issues = issuesOf(() => tierLead({ values: { ...SEED_LEAD, channel: 'carrier-pigeon' } }));
    const i = hasIssue(issues, 'values.channel');
    assert.match(i.message, /carrier-pigeon/);
    assert.match(i.message, /website-direct/);
  });

  it('reports every bad factor value at once, with element paths for multi', () => {
    const issues = issuesOf(() =>
      tierLead({ values: { ...SEED_LEAD, form: 3, interest: ['pricing-page', 'nope'], annualRevenue: 'big' } }),
    );
    hasIssue(issues, 'values.form');
    hasIssue(issues, 'values.interest.1');
    hasIssue(issues, 'values.annualRevenue');
    assert.equal(issues.length, 3);
  });

  it('values below the first band score 0', () => {
    const m: TieringModelInput = {
      factors: [
        {
          key: 'n',
          kind: 'bands',
          weight: 1,
          bands: [
            { min: 10, score: 50 },
            { min: 20, score: 100 },
          ],
        },
      ],
      tiers: [{ key: 'T', minScore: 0 }],
      focusTiers: [],
    };
    assert.equal(tierLead({ model: m, values: { n: 9.99 } }).score, 0);
    assert.equal(tierLead({ model: m, values: { n: 10 } }).score, 50);
    assert.equal(tierLead({ values: { ...SEED_LEAD, annualRevenue: -5 } }).contributions[2]!.score, 0);
  });

  it('multi: distinct options summed, capped at cap (default 100); [] scores 0 and is not missing; a bare string is invalid', () => {
    const all = [
      'follows-account',
      'frequent-reader',
      'webinar-viewer',
      'pricing-page',
      'trial-signup',
      'event-attendee',
    ];
    assert.equal(tierLead({ values: { interest: all } }).contributions[6]!.score, 100); // 140 capped
    assert.equal(tierLead({ values: { interest: ['pricing-page', 'pricing-page'] } }).contributions[6]!.score, 25);
    const empty = tierLead({ values: { interest: [] } });
    assert.equal(empty.contributions[6]!.score, 0);
    assert.ok(!empty.missing.includes('interest'));
    hasIssue(
      issuesOf(() => tierLead({ values: { interest: 'pricing-page' } })),
      'values.interest',
    );
    const capped = structuredClone(LEAD_PRESET) as TieringModelInput;
    (capped.factors[6] as { cap?: number }).cap = 50;
    assert.equal(
      tierLead({ model: capped, values: { interest: ['trial-signup', 'pricing-page'] } }).contributions[6]!.score,
      50,
    );
  });

  it('a score below every tier falls to the lowest tier', () => {
    const m = oneFactor({
      tiers: [
        { key: 'top', minScore: 50 },
        { key: 'bottom', minScore: 20 },
      ],
      focusTiers: ['top'],
    });
    assert.equal(tierLead({ model: m, values: { q: 'none' } }).tier, 'bottom');
  });

  it('ignores value keys that are no factor (routing flags)', () => {
    near(tierLead({ values: { ...SEED_LEAD, local: true, note: { any: 1 } } }).score, 68.5);
  });

  it('rejects zero-sum weights, duplicate keys, duplicate options, descending bands, unknown focus tiers, scores out of range', () => {
    const zero = structuredClone(LEAD_PRESET) as TieringModelInput;
    zero.factors.forEach((f) => (f.weight = 0));
    hasIssue(
      issuesOf(() => tierLead({ model: zero, values: {} })),
      'model.factors',
    );
    const dup = oneFactor();
    dup.factors.push({ ...dup.factors[0]! });
    hasIssue(
      issuesOf(() => tierLead({ model: dup, values: {} })),
      'model.factors.1.key',
    );
    const dupOpt = oneFactor({
      factors: [
        {
          key: 'q',
          kind: 'options',
          weight: 1,
          options: [
            { value: 'a', score: 1 },
            { value: 'a', score: 2 },
          ],
        },
      ],
    });
    hasIssue(
      issuesOf(() => tierLead({ model: dupOpt, values: {} })),
      'model.factors.0.options.1.value',
    );
    const desc = oneFactor({
      factors: [
        {
          key: 'n',
          kind: 'bands',
          weight: 1,
          bands: [
            { min: 5, score: 1 },
            { min: 1, score: 2 },
          ],
        },
      ],
    });
    hasIssue(
      issuesOf(() => tierLead({ model: desc, values: {} })),
      'model.factors.0.bands.1.min',
    );
    hasIssue(
      issuesOf(() => tierLead({ model: oneFactor({ focusTiers: ['Z'] }), values: {} })),
      'model.focusTiers.0',
    );
    const hi = oneFactor({
      factors: [{ key: 'q', kind: 'options', weight: 1, options: [{ value: 'a', score: 101 }] }],
    });
    hasIssue(
      issuesOf(() => tierLead({ model: hi, values: {} })),
      'model.factors.0.options.0.score',
    );
    const neg = oneFactor();
    neg.factors[0]!.weight = -1;
    hasIssue(
      issuesOf(() => tierLead({ model: neg, values: {} })),
      'model.factors.0.weight',
    );
    hasIssue(
      issuesOf(() => tierLead({ values: 'x' })),
      'values',
    );
  });

  it('a null model or null value counts as absent', () => {
    near(tierLead({ model: null, values: SEED_LEAD }).score, 68.5);
    assert.deepEqual(tierLead({ values: { channel: null } }).missing.includes('channel'), true);
  });
});

describe('validateTiering on a hand-computed history', () => {
  // Scores: hi 90 (A), mid 70 (B), lo 30 (D… no: C is ≥ 40, so lo 30 is D), none 10 (D).
  const history = [
    { id: 'r1', values: { q: 'hi' }, converted: true, amount: 100 },
    { id: 'r2', values: { q: 'hi' }, converted: false },
    { id: 'r3', values: { q: 'mid' }, converted: true, amount: 50 },
    { id: 'r4', values: { q: 'mid' }, converted: false, amount: 999 },
    { id: 'r5', values: { q: 'mid' }, converted: false },
    { id: 'r6', values: { q: 'lo' }, converted: true, amount: 10 },
    { id: 'r7', values: { q: 'lo' }, converted: false },
    { id: 'r8', values: { q: 'none' }, converted: false },
    { id: 'bad', values: { q: 'bogus' }, converted: true },
    { values: { q: 'hi' }, converted: 'yes' },
  ];

  it('gives the per-tier table, focus share, monotonicity and AUC computed by hand', () => {
    const v = validateTiering({ model: oneFactor(), history });
    // N = 8 valid rows. A: r1 r2; B: r3 r4 r5; C: none; D: r6 r7 r8.
    near(
      v.tiers.map((t) => [t.key, t.count, t.share, t.converted, t.conversionRate, t.amount]),
      [
        ['A', 2, 2 / 8, 1, 1 / 2, 100],
        ['B', 3, 3 / 8, 1, 1 / 3, 50],
        ['C', 0, 0, 0, null, 0],
        ['D', 3, 3 / 8, 1, 1 / 3, 10],
      ],
    );
    near(v.focusShare, 5 / 8);
    assert.equal(v.shareOk, false); // |0.625 − 0.30| > 0.05
    // Rates over tiers with rows: 0.5, 0.333…, 0.333… never increase (C is skipped).
    assert.equal(v.monotonic, true);
    assert.equal(v.passed, false);
    // Positives 90, 70, 30; negatives 90, 70, 70, 30, 10 → (4.5 + 3 + 1.5) / 15 = 0.6.
    near(v.auc, 0.6);
    assert.deepEqual(
      v.invalid.map((r) => [r.index, r.id, r.issues[0]!.path]),
      [
        [8, 'bad', 'values.q'],
        [9, undefined, 'converted'],
      ],
    );
  });

  it('is not monotonic when a lower tier converts better', () => {
    const flipped = history.slice(0, 8).map((r) => (r.id === 'r7' ? { ...r, converted: true } : r));
    const v = validateTiering({ model: oneFactor(), history: flipped });
    // D: 2 of 3 convert (0.667) > B's 0.333.
    assert.equal(v.monotonic, false);
  });

  it('passes when the focus share is within tolerance and rates fall', () => {
    const rows = [
      ...Array.from({ length: 3 }, (_, i) => ({ values: { q: 'hi' }, converted: i < 2 })),
      ...Array.from({ length: 7 }, (_, i) => ({ values: { q: 'lo' }, converted: i < 1 })),
    ];
    const v = validateTiering({ model: oneFactor(), history: rows });
    near(v.focusShare, 0.3);
    assert.equal(v.shareOk, true);
    assert.equal(v.passed, true);
  });

  it('N = 0: shares null, shareOk false, AUC null', () => {
    const v = validateTiering({ model: oneFactor(), history: [] });
    assert.equal(v.focusShare, null);
    assert.equal(v.shareOk, false);
    assert.equal(v.auc, null);
    assert.ok(v.tiers.every((t) => t.share === null && t.conversionRate === null));
  });

  it('AUC is null without negatives', () => {
    assert.equal(
      validateTiering({ model: oneFactor(), history: [{ values: { q: 'hi' }, converted: true }] }).auc,
      null,
    );
  });
});

describe('calibrateTiering', () => {
  // Deterministic generator: contactRole drives conversion, everything else is noise.
  function synthetic(n: number, seed = 7) {
    let s = seed;
    const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const roles = [
      'decision-maker',
      'budget-owner',
      'team-head-unclear-authority',
      'influencer',
      'end-user',
      'unknown',
    ];
    const pConv: Record<string, number> = {
      'decision-maker': 0.7,
      'budget-owner': 0.5,
      'team-head-unclear-authority': 0.25,
      influencer: 0.1,
      'end-user': 0.05,
      unknown: 0.02,
    };
    return Array.from({ length: n }, (_, i) => {
      const role = pick(roles);
      return {
        id: `s${i}`,
        values: {
          channel: pick(['website-direct', 'seo', 'sem', 'referral', 'purchased-list']),
          form: pick(['demo-request', 'form-submit', 'content-download']),
          annualRevenue: Math.floor(rnd() * 2e9),
          contactRole: role,
          demandClarity: pick(['clear', 'partial', 'vague', 'none']),
          demandMatch: pick(['standard-high', 'partial', 'custom-heavy']),
          interest: rnd() < 0.5 ? ['pricing-page'] : [],
        },
        converted: rnd() < pConv[role]!,
      };
    });
  }

  it('raises the weight of the factor that drives conversion, never lowers AUC, and meets the focus share', () => {
    const history = synthetic(3000);
    const c = calibrateTiering({ history });
    const w = Object.fromEntries(c.model.factors.map((f) => [f.key, f.weight]));
    assert.ok(w.contactRole! > 0.2, `contactRole weight ${w.contactRole}`);
    assert.ok(c.after.auc! >= c.before.auc! - 1e-12);
    assert.ok(c.after.auc! > c.before.auc!, 'this history leaves room to improve');
    assert.ok(Math.abs(c.after.focusShare! - 0.3) <= 0.05, `focus share ${c.after.focusShare}`);
    near(
      c.model.factors.reduce((s, f) => s + f.weight, 0),
      1,
      1e-9,
    );
    assert.ok(c.model.factors.every((f) => f.weight >= 0));
    const mins = c.model.tiers.map((t) => t.minScore);
    for (let i = 1; i < mins.length; i++)
      assert.ok(mins[i]! <= mins[i - 1]!, `thresholds descending: ${mins.join(',')}`);
    // Same factors, options and scores.
    assert.deepEqual(
      c.model.factors.map((f) => (f.kind === 'bands' ? f.bands : f.options)),
      LEAD_PRESET.factors.map((f) => ('bands' in f ? f.bands : f.options)),
    );
    // The tuned model really validates as reported.
    near(validateTiering({ model: c.model, history }).auc, c.after.auc);
  });

  it('keeps the structure of a user model and reports before = validateTiering of the old model', () => {
    const history = synthetic(500, 3);
    const c = calibrateTiering({ history });
    near(c.before.auc, validateTiering({ history }).auc);
    assert.deepEqual(
      c.model.tiers.map((t) => t.key),
      ['A', 'B', 'C', 'D'],
    );
    assert.equal(c.model.tiers[3]!.minScore, 0);
  });

  it('never lowers AUC and keeps thresholds in order on random histories (property)', () => {
    const row = fc.record({
      values: fc.record({ q: fc.constantFrom('hi', 'mid', 'lo', 'none'), r: fc.constantFrom('x', 'y') }),
      converted: fc.boolean(),
    });
    const model: TieringModelInput = {
      factors: [
        {
          key: 'q',
          kind: 'options',
          weight: 0.5,
          options: [
            { value: 'hi', score: 90 },
            { value: 'mid', score: 70 },
            { value: 'lo', score: 30 },
            { value: 'none', score: 10 },
          ],
        },
        {
          key: 'r',
          kind: 'options',
          weight: 0.5,
          options: [
            { value: 'x', score: 100 },
            { value: 'y', score: 0 },
          ],
        },
      ],
      tiers: [
        { key: 'A', minScore: 80 },
        { key: 'B', minScore: 60 },
        { key: 'C', minScore: 40 },
        { key: 'D', minScore: 0 },
      ],
      focusTiers: ['A', 'B'],
    };
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (history) => {
        const c = calibrateTiering({ model, history });
        if (c.before.auc !== null) assert.ok(c.after.auc! >= c.before.auc - 1e-12);
        const mins = c.model.tiers.map((t) => t.minScore);
        for (let i = 1; i < mins.length; i++) assert.ok(mins[i]! <= mins[i - 1]!);
        near(
          c.model.factors.reduce((s, f) => s + f.weight, 0),
          1,
          1e-9,
        );
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('brings the focus share within tolerance whenever score ties allow it', () => {
    // 10 distinct scores, one row each: a cut can take exactly 3 of 10.
    const model: TieringModelInput = {
      factors: [
        {
          key: 'n',
          kind: 'bands',
          weight: 1,
          bands: Array.from({ length: 10 }, (_, i) => ({ min: i, score: i * 10 + 5 })),
        },
      ],
      tiers: [
        { key: 'A', minScore: 80 },
        { key: 'B', minScore: 60 },
        { key: 'C', minScore: 40 },
        { key: 'D', minScore: 0 },
      ],
      focusTiers: ['A', 'B'],
    };
    const history = Array.from({ length: 10 }, (_, i) => ({ values: { n: i }, converted: i >= 5 }));
    const before = validateTiering({ model, history });
    near(before.focusShare, 0.4); // scores 65, 75, 85, 95
    const c = calibrateTiering({ model, history });
    near(c.after.focusShare, 0.3);
    assert.equal(c.after.shareOk, true);
    const b = c.model.tiers.find((t) => t.key === 'B')!.minScore;
    assert.ok(b > 65 && b <= 75, `B threshold ${b}`);
  });
});

describe('routeLead', () => {
  const route = (values: Record<string, unknown>, rules?: unknown) =>
    routeLead({ result: tierLead({ values }), values, rules });
  it('follows the default rules in order', () => {
    // Lowest tier D → nurture (even when much is missing).
    assert.deepEqual(route({ channel: 'other' }), { route: 'nurture', reason: 'lowest-tier' });
    // 47.5 (C) with 35 % missing → sdr, uncertain.
    const { contactRole: _c, interest: _i, ...rest } = SEED_LEAD;
    assert.deepEqual(route(rest), { route: 'sdr', reason: 'uncertain' });
    // Second-lowest tier C, nothing missing → sdr, low quality.
    assert.deepEqual(route({ ...SEED_LEAD, contactRole: 'unknown', demandMatch: 'custom-heavy' }), {
      route: 'sdr',
      reason: 'low-quality',
    });
    assert.deepEqual(route({ ...SEED_LEAD, local: true }), { route: 'field-sales', reason: 'local-demand' });
    assert.deepEqual(route({ ...SEED_LEAD, complexDemand: 1 }), { route: 'field-sales', reason: 'complex-demand' });
    assert.deepEqual(route({ ...SEED_LEAD, local: 0, complexDemand: '' }), { route: 'telesales', reason: 'default' });
  });
  it('uses custom rules: first match wins, ANDed conditions, null when none matches', () => {
    const rules = [
      { when: { tiers: ['A', 'B'], flags: ['vip'] }, route: 'key-account', reason: 'vip' },
      { when: { tiers: ['B'] }, route: 'inside-sales' },
    ];
    assert.deepEqual(route({ ...SEED_LEAD, vip: true }, rules), { route: 'key-account', reason: 'vip' });
    assert.deepEqual(route(SEED_LEAD, rules), { route: 'inside-sales', reason: null });
    assert.deepEqual(route({ channel: 'other' }, rules), { route: null, reason: null });
  });
  it('takes lowest and second-lowest tiers from the given model', () => {
    const model = oneFactor({
      tiers: [
        { key: 'top', minScore: 50 },
        { key: 'mid', minScore: 20 },
        { key: 'low', minScore: 0 },
      ],
      focusTiers: ['top'],
    });
    const result = tierLead({ model, values: { q: 'lo' } }); // 30 → mid
    assert.equal(routeLead({ result, values: {}, model }).route, 'sdr');
  });
  it('validates its input', () => {
    hasIssue(
      issuesOf(() => routeLead({ result: { tier: 'A' }, values: {} })),
      'result.missingWeightShare',
    );
  });
});
