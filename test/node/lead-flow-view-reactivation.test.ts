import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel, type TierResult } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import type { ReactivationCandidate } from '../../src/models/lead-flow.js';
import {
  rankReactivation,
  ReactivationRanking,
  tierCandidates,
  tierTitle,
  type ScoringMemo,
} from '../../src/views/lead-flow-reactivation.js';
import {
  campaignChoices,
  campaignShown,
  indexLeads,
  leadField,
  toggleCampaign,
} from '../../src/views/lead-flow-leads.js';

/** One factor whose option score is the lead's score: A from 80, B from 60, D below. */
const MODEL = {
  factors: [
    {
      key: 'fit',
      kind: 'options',
      weight: 1,
      options: [
        { value: 'hi', score: 90 },
        { value: 'mid', score: 70 },
        { value: 'mid-low', score: 65 },
        { value: 'low', score: 20 },
      ],
    },
  ],
  tiers: [
    { key: 'D', minScore: 0 },
    { key: 'A', minScore: 80 },
    { key: 'B', minScore: 60 },
  ],
  focusTiers: ['A'],
};
const cm = compileModel(MODEL);
const candidate = (id: string): ReactivationCandidate => ({ id, pool: 'company', reasons: ['engaged'] });
const lead = (id: string, fit?: string) => ({ id, pool: 'company', ...(fit === undefined ? {} : { values: { fit } }) });

/**
 * In the model's order: u1 (no factor values), b1 (70 → B), a1 (90 → A), b2 (65 → B), b3 (70 → B),
 * x1 (an option the model does not know: unscored), b4 (65 → B), d1 (20 → D), g1 (no lead row).
 */
const IDS = ['u1', 'b1', 'a1', 'b2', 'b3', 'x1', 'b4', 'd1', 'g1'];
const LEADS = [
  lead('u1'),
  lead('b1', 'mid'),
  lead('a1', 'hi'),
  lead('b2', 'mid-low'),
  lead('b3', 'mid'),
  lead('x1', 'zzz'),
  lead('b4', 'mid-low'),
  lead('d1', 'low'),
];
const CANDIDATES = IDS.map(candidate);

test('candidates are tiered on the factor values their lead carries; values the model rejects are counted', () => {
  const { byId } = indexLeads(LEADS);
  const { tiers, unscored } = tierCandidates(CANDIDATES, byId, cm);
  const summary = Object.fromEntries(
    [...tiers].map(([id, tr]) => [id as string, tr ? `${tr.tier} ${tr.score}` : null] as const),
  );
  assert.deepEqual(summary, {
    u1: null,
    b1: 'B 70',
    a1: 'A 90',
    b2: 'B 65',
    b3: 'B 70',
    x1: null,
    b4: 'B 65',
    d1: 'D 20',
  });
  assert.equal(tiers.has('g1'), false); // no lead row
  assert.equal(unscored, 1); // x1
});

test('factor values as columns on the lead count too (a CSV export’s factor columns)', () => {
  const { byId } = indexLeads([{ id: 'c', pool: 'line', fit: 'hi' }]);
  assert.equal(tierCandidates([candidate('c')], byId, cm).tiers.get('c')!.tier, 'A');
});

test('a memo keeps scorings per lead object while the model stays the same', () => {
  const l = lead('m', 'low');
  const { byId } = indexLeads([l]);
  const memo: ScoringMemo = new WeakMap();
  assert.equal(tierCandidates([candidate('m')], byId, cm, memo).tiers.get('m')!.tier, 'D');
  (l.values as { fit: string }).fit = 'hi';
  // Same lead object, same memo: the first scoring stands (nothing is scored twice on a re-evaluation).
  assert.equal(tierCandidates([candidate('m')], byId, cm, memo).tiers.get('m')!.tier, 'D');
  // A fresh memo scores again.
  assert.equal(tierCandidates([candidate('m')], byId, cm).tiers.get('m')!.tier, 'A');
  // An unscored lead stays counted on the memo's second pass.
  const x = lead('x', 'zzz');
  const xs = indexLeads([x]).byId;
  const m2: ScoringMemo = new WeakMap();
  tierCandidates([candidate('x')], xs, cm, m2);
  assert.equal(tierCandidates([candidate('x')], xs, cm, m2).unscored, 1);
});

test('ranking: best tier first, then the higher score, then the model’s order; candidates without a tier last', () => {
  const { byId } = indexLeads(LEADS);
  const { tiers } = tierCandidates(CANDIDATES, byId, cm);
  const order = cm.tiers.map((t) => t.key);
  assert.deepEqual(order, ['A', 'B', 'D']); // by minScore, whatever order the model lists them in
  const ranked = rankReactivation(CANDIDATES, tiers, order).map((c) => c.id);
  // Within B: 70 before 65; equal scores keep the model's order (b1 before b3, b2 before b4).
  // Without a tier (no values u1, unscored x1, no lead row g1): the model's order.
  assert.deepEqual(ranked, ['a1', 'b1', 'b3', 'b2', 'b4', 'd1', 'u1', 'x1', 'g1']);
  // The list given is not reordered in place.
  assert.deepEqual(
    CANDIDATES.map((c) => c.id),
    IDS,
  );
});

test('ranking inside one tier depends on the score and then on the model’s order, not on the order given back', () => {
  const tr = (tier: string, score: number) => ({ tier, score }) as TierResult;
  const tiers = new Map<unknown, TierResult | null>([
    ['p', tr('B', 61)],
    ['q', tr('B', 79)],
    ['r', tr('B', 61)],
    ['s', tr('B', 70)],
  ]);
  const rank = (ids: string[]) => rankReactivation(ids.map(candidate), tiers, ['A', 'B']).map((c) => c.id);
  assert.deepEqual(rank(['p', 'q', 'r', 's']), ['q', 's', 'p', 'r']);
  // The model's order decides between p and r (61 each).
  assert.deepEqual(rank(['r', 'q', 'p', 's']), ['q', 's', 'r', 'p']);
});

test('a tier the order does not list comes after every listed tier and before candidates without a tier', () => {
  const tr = (tier: string, score: number) => ({ tier, score }) as TierResult;
  const tiers = new Map<unknown, TierResult | null>([
    ['z', tr('Z', 99)],
    ['b', tr('B', 10)],
    ['n', null],
  ]);
  assert.deepEqual(
    rankReactivation(['n', 'z', 'b'].map(candidate), tiers, ['A', 'B']).map((c) => c.id),
    ['b', 'z', 'n'],
  );
});

test('the ranking of each analysis keeps its scorings while the tiering model stays the same object', () => {
  const l = lead('m', 'low');
  const { byId } = indexLeads([lead('a', 'hi'), l, lead('x', 'zzz')]);
  const list = ['x', 'm', 'a'].map(candidate);
  const ranking = new ReactivationRanking();
  ranking.update(list, byId, MODEL, cm);
  assert.deepEqual(
    ranking.rows.map((c) => c.id),
    ['a', 'm', 'x'],
  );
  assert.equal(ranking.tiers.get('m')!.tier, 'D');
  assert.equal(ranking.unscored, 1);
  (l.values as { fit: string }).fit = 'mid';
  ranking.update(list, byId, MODEL, cm);
  assert.equal(ranking.tiers.get('m')!.tier, 'D'); // the same model object: scored once
  ranking.update(list, byId, { ...MODEL }, cm);
  assert.equal(ranking.tiers.get('m')!.tier, 'B'); // another model object: scored again
});

test('a tier is named in the UI language when the model kept its default label', () => {
  const names = { A: 'High value', B: 'Mid-high value' };
  assert.equal(tierTitle({ tier: 'B', tierLabel: '中高价值' }, names, LEAD_PRESET.tiers), 'B · Mid-high value');
  assert.equal(tierTitle({ tier: 'B', tierLabel: 'B' }, names, LEAD_PRESET.tiers), 'B · Mid-high value');
  assert.equal(tierTitle({ tier: 'B', tierLabel: 'Warm' }, names, LEAD_PRESET.tiers), 'B · Warm');
  // The preset's label of another tier is not a default for this one.
  assert.equal(tierTitle({ tier: 'B', tierLabel: '高价值' }, names, LEAD_PRESET.tiers), 'B · 高价值');
  assert.equal(tierTitle({ tier: 'Z', tierLabel: 'Z' }, names, LEAD_PRESET.tiers), 'Z · Z');
});

test('leads by id (the first wins) and the campaign facets of the public pools', () => {
  const leads = [
    { id: 'a', pool: 'line', industry: 'retail', region: 'east' },
    { id: 'a', pool: 'company', industry: 'saas' },
    { id: 'b', pool: 'private', industry: 'saas', region: 'west' },
    'not a lead',
    null,
    { id: 'c', pool: 'company', industry: 'saas', region: '' },
    { id: 'd', pool: 'line', industry: 'finance', region: 7 },
  ];
  const { byId, facets } = indexLeads(leads);
  assert.deepEqual([...byId.keys()], ['a', 'b', 'c', 'd']);
  assert.equal(byId.get('a')!.pool, 'line');
  // saas 2 (a's second row, c), then finance 1 and retail 1 in code-unit order; b is private; empty and non-text values are skipped.
  assert.deepEqual(facets, { industry: ['saas', 'finance', 'retail'], region: ['east'], productCategory: [] });
  assert.deepEqual(indexLeads(leads, 2).facets.industry, ['saas', 'finance']);
  assert.equal(leadField(byId, 'a', 'industry'), 'retail');
  assert.equal(leadField(byId, 'd', 'region'), 7);
  assert.equal(leadField(byId, 'c', 'owner'), null);
  assert.equal(leadField(byId, 'zz', 'industry'), null);
  assert.equal(leadField(indexLeads([{ id: 1, x: { y: 1 } }]).byId, 1, 'x'), null);
});

test('the campaign checkboxes: what is shown, what a tick or an untick makes', () => {
  assert.deepEqual(campaignShown(undefined, { industry: ['saas'] }), { industry: ['saas'] });
  assert.equal(campaignShown(null, { industry: ['saas'] }), null);
  assert.deepEqual(campaignShown({ region: ['east'] }, { industry: ['saas'] }), { region: ['east'] });
  // A chosen value the facet list no longer offers stays shown, after the offered ones.
  assert.deepEqual(campaignChoices(['saas', 'retail'], ['finance', 'saas']), ['saas', 'retail', 'finance']);
  assert.deepEqual(toggleCampaign(undefined, 'industry', 'saas', true), { industry: ['saas'] });
  const c = { industry: ['saas', 'retail'], region: ['east'] };
  assert.deepEqual(toggleCampaign(c, 'industry', 'saas', true), { industry: ['retail', 'saas'], region: ['east'] });
  assert.deepEqual(toggleCampaign(c, 'region', 'east', false), { industry: ['saas', 'retail'] });
  assert.equal(toggleCampaign({ region: ['east'] }, 'region', 'east', false), null);
  assert.deepEqual(c, { industry: ['saas', 'retail'], region: ['east'] }); // not changed in place
});
