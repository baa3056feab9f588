// The scored list of the tiering tables (src/views/tiering-table.ts): scoring and routing like the cards,
// bad rows kept apart, filter, stable sort, tier counts against the target, export rows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel, tierLead } from '../../src/models/tiering.js';
import { compileRouteRules, routeLead } from '../../src/models/routing.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import {
  filterTable,
  routesOf,
  scoreTable,
  sortTable,
  tableExport,
  tierCounts,
} from '../../src/views/tiering-table.js';
import { toCsv } from '../../src/parse/csv.js';
import { SEED_LEAD } from '../fixtures/seeds.js';

const cm = compileModel(LEAD_PRESET);
// Scores: seed 68.5 (B, telesales); local 68.5 (B, field-sales); "other" channel alone 4 (D, nurture);
// revenue 5e8 66.25 (B); a decision maker 76.5 (B); a bad channel (invalid); not an object (invalid).
const RECORDS: unknown[] = [
  { id: 'L1', name: 'Acme', values: SEED_LEAD },
  { id: 'L2', name: 'Beta', values: { ...SEED_LEAD, local: true } },
  { id: 'L3', name: 'Gamma', values: { channel: 'other' } },
  { id: 'L4', values: { ...SEED_LEAD, annualRevenue: 5e8 } },
  { id: 'L5', name: 'Delta', values: { ...SEED_LEAD, contactRole: 'decision-maker' } },
  { id: 'L6', name: 'Bad', values: { ...SEED_LEAD, channel: 'fax' } },
  'not a record',
];
const t = scoreTable(RECORDS, cm, { rules: compileRouteRules(undefined, cm) });

describe('scoreTable', () => {
  it('scores and routes each record as tierLead and routeLead do; bad rows go to invalid', () => {
    assert.equal(t.n, 5);
    assert.deepEqual([...t.index], [0, 1, 2, 3, 4]);
    assert.deepEqual([...t.score], [68.5, 68.5, 4, 66.25, 76.5]);
    assert.deepEqual(
      [...t.tier].map((i) => t.tiers[i]!.key),
      ['B', 'B', 'D', 'B', 'B'],
    );
    assert.deepEqual(t.route, ['telesales', 'field-sales', 'nurture', 'telesales', 'telesales']);
    assert.deepEqual(t.reason, ['default', 'local-demand', 'lowest-tier', 'default', 'default']);
    for (let r = 0; r < t.n; r++) {
      const values = (RECORDS[t.index[r]!] as { values: Record<string, unknown> }).values;
      const one = tierLead({ values });
      assert.equal(t.score[r], one.score);
      assert.deepEqual(
        [...t.points.subarray(r * 7, r * 7 + 7)],
        one.contributions.map((c) => c.points),
      );
      assert.equal(t.route[r], routeLead({ result: one, values }).route);
    }
    assert.deepEqual(
      t.invalid.map((r) => [r.index, r.id, r.issues[0]!.path]),
      [
        [5, 'L6', 'values.channel'],
        [6, undefined, ''],
      ],
    );
    assert.deepEqual(t.name, ['Acme', 'Beta', 'Gamma', null, 'Delta']);
  });
  it('routes by custom rules with fields; without rules (customers) the route is null', () => {
    const rules = compileRouteRules([{ when: { fields: { region: ['east'] } }, route: 'east-team' }], cm);
    const x = scoreTable(
      [
        { values: SEED_LEAD, fields: { region: 'east' } },
        { values: SEED_LEAD, fields: { region: 'west' } },
      ],
      cm,
      { rules },
    );
    assert.deepEqual(x.route, ['east-team', null]);
    assert.deepEqual(routesOf(x), ['east-team', '']);
    const c = scoreTable([{ values: SEED_LEAD }], cm, { rules: null });
    assert.deepEqual(c.route, [null]);
  });
  it('flat records (the values themselves) score too', () => {
    const x = scoreTable([SEED_LEAD], cm, { rules: null });
    assert.deepEqual([...x.score], [68.5]);
    assert.deepEqual(x.id, [null]);
  });
});

describe('filterTable and sortTable', () => {
  it('filters by tier and by route ("" keeps unrouted rows)', () => {
    assert.deepEqual([...filterTable(t, {})], [0, 1, 2, 3, 4]);
    assert.deepEqual([...filterTable(t, { tiers: new Set(['D']) })], [2]);
    assert.deepEqual([...filterTable(t, { routes: new Set(['telesales']) })], [0, 3, 4]);
    assert.deepEqual([...filterTable(t, { tiers: new Set(['B']), routes: new Set(['field-sales', 'nurture']) })], [1]);
    assert.deepEqual([...filterTable(t, { routes: new Set(['']) })], []);
  });
  it('sorts by score both ways, ties in input order', () => {
    const all = filterTable(t, {});
    assert.deepEqual([...sortTable(t, all, 'score', 'desc')], [4, 0, 1, 3, 2]);
    assert.deepEqual([...sortTable(t, all, 'score', 'asc')], [2, 3, 0, 1, 4]);
  });
  it('sorts by tier (then score), route, name (missing last) and a factor', () => {
    const all = filterTable(t, {});
    assert.deepEqual([...sortTable(t, all, 'tier', 'desc')], [4, 0, 1, 3, 2]);
    assert.deepEqual([...sortTable(t, all, 'route', 'asc')], [1, 2, 0, 3, 4]);
    assert.deepEqual([...sortTable(t, all, 'name', 'asc')], [0, 1, 4, 2, 3]);
    assert.deepEqual([...sortTable(t, all, 'name', 'desc')], [2, 4, 1, 0, 3]);
    // contactRole points: decision maker 20, the others 12 (L1, L2, L4) and 0 (L3, missing).
    assert.deepEqual([...sortTable(t, all, 'factor:contactRole', 'desc')], [4, 0, 1, 3, 2]);
    // annualRevenue points: 13.5 (L1, L2, L5), 11.25 (L4), 0 (L3).
    assert.deepEqual([...sortTable(t, all, 'factor:annualRevenue', 'asc')], [2, 3, 0, 1, 4]);
    // An unknown factor leaves the order.
    assert.deepEqual([...sortTable(t, all, 'factor:nope', 'asc')], [0, 1, 2, 3, 4]);
  });
});

describe('tierCounts', () => {
  it('counts and shares per tier; focus share 80 % against the 30 % target is not ok', () => {
    const c = tierCounts(t);
    assert.deepEqual(
      c.tiers.map((x) => [x.key, x.count, x.share, x.focus]),
      [
        ['A', 0, 0, true],
        ['B', 4, 0.8, true],
        ['C', 0, 0, false],
        ['D', 1, 0.2, false],
      ],
    );
    assert.equal(c.rows, 5);
    assert.equal(c.focusShare, 0.8);
    assert.equal(c.targetFocusShare, 0.3);
    assert.equal(c.shareOk, false);
  });
  it('of the filtered rows; null shares without rows', () => {
    const c = tierCounts(t, filterTable(t, { tiers: new Set(['D']) }));
    assert.equal(c.focusShare, 0);
    const none = tierCounts(t, new Int32Array(0));
    assert.equal(none.focusShare, null);
    assert.equal(none.shareOk, false);
    assert.equal(none.tiers[0]!.share, null);
  });
});

describe('tableExport', () => {
  it('id, name, score, tier, focus, route, reason and points in display order, as CSV', () => {
    const rows = sortTable(t, filterTable(t, { routes: new Set(['telesales', 'nurture']) }), 'score', 'desc');
    const e = tableExport(t, rows, true);
    assert.deepEqual(e.header.slice(0, 8), [
      'id',
      'name',
      'score',
      'tier',
      'focus',
      'route',
      'reason',
      'points_channel',
    ]);
    assert.equal(e.header.length, 7 + 7);
    assert.deepEqual(e.rows[0], ['L5', 'Delta', 76.5, 'B', true, 'telesales', 'default', 8, 8, 13.5, 20, 4.5, 13.5, 9]);
    assert.deepEqual(e.rows[2], ['L4', null, 66.25, 'B', true, 'telesales', 'default', 8, 8, 11.25, 12, 4.5, 13.5, 9]);
    const csv = toCsv(e.header, e.rows).split('\n');
    assert.equal(csv.length, 5);
    assert.equal(csv[4], 'L3,Gamma,4,D,false,nurture,lowest-tier,4,0,0,0,0,0,0');
    assert.equal(csv[2], 'L1,Acme,68.5,B,true,telesales,default,8,8,13.5,12,4.5,13.5,9');
  });
  it('without routing: no route columns; scores rounded to 2 decimals', () => {
    const x = scoreTable([{ id: 1, values: { ...SEED_LEAD, annualRevenue: 1e8, form: 'register-only' } }], cm, {
      rules: null,
    });
    const e = tableExport(x, filterTable(x, {}), false);
    assert.deepEqual(e.header.slice(0, 6), ['id', 'name', 'score', 'tier', 'focus', 'points_channel']);
    // 8 + 4 + 9 + 12 + 4.5 + 13.5 + 9 = 60 → B.
    assert.deepEqual(e.rows[0]!.slice(0, 5), ['1', null, 60, 'B', true]);
  });
});
