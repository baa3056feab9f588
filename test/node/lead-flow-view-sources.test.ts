import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow, type LeadFlowResult, type SourceRow } from '../../src/models/lead-flow.js';
import {
  heatCells,
  heatScale,
  nextSort,
  roiBars,
  sortSources,
  sourceTable,
  type HeatCell,
} from '../../src/views/lead-flow-sources.js';
import { near, fixture } from './helpers.js';
import type { LeadFlowInput } from '../../src/schemas/lead-flow.js';

const DATA = fixture<LeadFlowInput>('lead-flow.json');

/*
 * The fixture as of 2026-03-31 (see test/browser/lead-flow-monitor.test.ts):
 *   event  0 leads, cost 500               → follow-up —, conversion —, cost per lead —, ROI −100 %
 *   sem    6 leads, 3 followed up, 1 converted, 5,000, cost 1,000 → 50 %, 16.7 %, 166.67 per lead, ROI 400 %
 *   seo    5 leads, 1 followed up, 1 converted, 3,000, cost 0     → 20 %, 20 %, 0 per lead, ROI —
 *   sem·A 4 (25 %, 0 %, 0), sem·B 2 (100 %, 50 %, 5,000), seo·A 3 (33.3 %, 33.3 %, 3,000), seo·B 2 (0 %, 0 %, 0)
 */
const RESULT: LeadFlowResult = analyzeLeadFlow(DATA);
const levels = (cells: Record<string, HeatCell>) =>
  Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.level]));

test('heat spans: amounts from 0 to the largest, rates from the smallest to the largest', () => {
  near(heatScale(RESULT.bySource), {
    supplied: { lo: 0, hi: 6 },
    followUpRate: { lo: 0.2, hi: 0.5 }, // event has no rate
    conversionRate: { lo: 1 / 6, hi: 0.2 },
    revenue: { lo: 0, hi: 5000 },
    costPerLead: { lo: 0, hi: 1000 / 6 },
    roi: { lo: 0, hi: 4 }, // |−1| and 4
  });
  near(heatScale(RESULT.bySourceLine), {
    supplied: { lo: 0, hi: 4 },
    followUpRate: { lo: 0, hi: 1 },
    conversionRate: { lo: 0, hi: 0.5 },
    revenue: { lo: 0, hi: 5000 },
    costPerLead: { lo: 0, hi: 0 },
    roi: { lo: 0, hi: 0 },
  });
  // No rows, or no rate at all: nothing to shade, and no infinite span.
  assert.deepEqual(heatScale([]).followUpRate, { lo: 0, hi: 0 });
  assert.deepEqual(heatScale([]).supplied, { lo: 0, hi: 0 });
});

test('heat levels of a source row against the sources, ROI with its sign', () => {
  const scale = heatScale(RESULT.bySource);
  const [event, sem, seo] = RESULT.bySource;
  near(levels(heatCells(sem!, scale)), {
    supplied: 1,
    followUpRate: 1, // (0.5 − 0.2) / 0.3
    conversionRate: 0, // the smallest rate
    revenue: 1,
    costPerLead: 1,
    roi: 1,
  });
  assert.equal(heatCells(sem!, scale).roi.tone, 'pos');
  near(levels(heatCells(seo!, scale)), {
    supplied: 5 / 6,
    followUpRate: 0,
    conversionRate: 1,
    revenue: 0.6,
    costPerLead: 0,
    roi: null,
  });
  assert.equal(heatCells(seo!, scale).roi.tone, null);
  near(levels(heatCells(event!, scale)), {
    supplied: 0,
    followUpRate: null,
    conversionRate: null,
    revenue: 0,
    costPerLead: null,
    roi: 0.25, // |−1| / 4
  });
  assert.equal(heatCells(event!, scale).roi.tone, 'neg');
});

test('the heat table: sources with their lines, lines scaled among lines, alerts marked', () => {
  const table = sourceTable(RESULT);
  assert.deepEqual(
    table.map((s) => [s.row.source, s.lines.map((l) => l.row.businessLine)]),
    [
      ['event', []],
      ['sem', ['A', 'B']],
      ['seo', ['A', 'B']],
    ],
  );
  const sem = table[1]!;
  // sem · A 4 is the largest line (not 4 / 6 of its source); sem · B 2 is half of it.
  assert.equal(sem.lines[0]!.heat.supplied.level, 1);
  assert.equal(sem.lines[1]!.heat.supplied.level, 0.5);
  near(table[2]!.heat.supplied.level, 5 / 6);
  assert.ok(table.every((s) => s.lines.every((l) => !l.alert))); // groups of 10: none
  const alerted = sourceTable(analyzeLeadFlow({ ...DATA, rules: { minGroupSize: 3 } }));
  assert.deepEqual(
    alerted.flatMap((s) => s.lines.filter((l) => l.alert).map((l) => `${l.row.source}/${l.row.businessLine}`)),
    ['sem/A', 'seo/A'],
  );
  assert.deepEqual(
    sourceTable(RESULT, { col: 'supplied', desc: true }).map((s) => s.row.source),
    ['sem', 'seo', 'event'],
  );
});

test('sorting the sources: numbers and names in order, a missing value below every number', () => {
  const by = (col: Parameters<typeof sortSources>[1]) => sortSources(RESULT.bySource, col).map((s) => s.source);
  assert.deepEqual(by(null), ['event', 'sem', 'seo']);
  assert.deepEqual(by({ col: 'roi', desc: true }), ['sem', 'event', 'seo']);
  assert.deepEqual(by({ col: 'roi', desc: false }), ['seo', 'event', 'sem']);
  assert.deepEqual(by({ col: 'source', desc: true }), ['seo', 'sem', 'event']);
  // No cost per lead (event) sorts below 0 (seo).
  assert.deepEqual(by({ col: 'costPerLead', desc: false }), ['event', 'seo', 'sem']);
  // Equal values keep the model's order, both ways.
  const rows = [
    { source: 'a', supplied: 2 },
    { source: 'b', supplied: 5 },
    { source: 'c', supplied: 2 },
  ] as unknown as SourceRow[];
  const ids = (desc: boolean) => sortSources(rows, { col: 'supplied', desc }).map((s) => s.source);
  assert.deepEqual(ids(true), ['b', 'a', 'c']);
  assert.deepEqual(ids(false), ['a', 'c', 'b']);
  assert.deepEqual(
    RESULT.bySource.map((s) => s.source),
    ['event', 'sem', 'seo'],
  ); // not sorted in place
});

test('a click on a header: another column starts descending (names ascending), then ascending, then no sort', () => {
  assert.deepEqual(nextSort(null, 'supplied'), { col: 'supplied', desc: true });
  assert.deepEqual(nextSort({ col: 'supplied', desc: true }, 'supplied'), { col: 'supplied', desc: false });
  assert.equal(nextSort({ col: 'supplied', desc: false }, 'supplied'), null);
  assert.deepEqual(nextSort({ col: 'supplied', desc: false }, 'roi'), { col: 'roi', desc: true });
  assert.deepEqual(nextSort(null, 'source'), { col: 'source', desc: false });
  assert.equal(nextSort({ col: 'source', desc: false }, 'source'), null);
});

test('ROI bars: sources with an ROI in the model’s order; the others are named apart', () => {
  assert.deepEqual(roiBars(RESULT.bySource), {
    bars: [
      { key: 'event', value: -1 },
      { key: 'sem', value: 4 },
    ],
    noCost: ['seo'],
  });
  assert.deepEqual(roiBars([]), { bars: [], noCost: [] });
});
