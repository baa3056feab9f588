// The risk panels' list view as pure functions (src/views/risk-view.ts, virtual-window.ts,
// risk-input.ts): filter, sort, positions, state changes, the virtual window, the input's shape.
// Every expected value below is worked out by hand in the comment beside it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  csvTable,
  filterView,
  hasOwnFilters,
  identityOrder,
  isFiltered,
  levelWanted,
  nameOf,
  overallProgress,
  positionsOf,
  sameValues,
  searchTextOf,
  sortOrderSteps,
  withFilter,
  withGridCell,
  withPlanStep,
} from '../../src/views/risk-view.js';
import {
  keyTarget,
  listHeight,
  listWindow,
  openRowsOf,
  pageRows,
  positionAt,
  scrollToShow,
  slotKey,
  topOf,
} from '../../src/views/virtual-window.js';
import {
  aboutRules,
  editorRules,
  hostRulesOf,
  readEnvelope,
  readSaved,
  rowPath,
  savedOf,
} from '../../src/views/risk-input.js';
import { drainSteps } from '../../src/views/stepped-sort.js';
import { ModelInputError } from '../../src/schemas/issues.js';

const i32 = (xs: number[]) => Int32Array.from(xs);
const list = (a: ArrayLike<number>) => Array.from(a);

describe('risk view: which rows show, in which order', () => {
  test('the level filter as a level number', () => {
    assert.equal(levelWanted(''), null);
    assert.equal(levelWanted(undefined), null);
    assert.equal(levelWanted('risk'), -1);
    assert.equal(levelWanted('critical'), 2);
    assert.equal(levelWanted('warning'), 1);
    assert.equal(levelWanted('ok'), 0);
    assert.equal(levelWanted('bogus'), -2);
  });

  test('filterView: level, search hits and own filters, in the order given', () => {
    // Output rows 0..4 with levels critical, warning, ok, critical, ok.
    const levels = Uint8Array.from([2, 1, 0, 2, 0]);
    const id = identityOrder(5);
    assert.deepEqual(list(id), [0, 1, 2, 3, 4]);
    // Nothing filters: the order itself, not a copy.
    assert.equal(filterView(levels, id, {}), id);
    assert.equal(filterView(levels, id, { level: '', hits: null, match: null }), id);
    assert.deepEqual(list(filterView(levels, id, { level: 'risk' })), [0, 1, 3]); // warning or critical
    assert.deepEqual(list(filterView(levels, id, { level: 'ok' })), [2, 4]);
    assert.deepEqual(list(filterView(levels, id, { level: 'bogus' })), []);
    // Search hits on rows 0, 2, 3; with critical: 0 and 3.
    const hits = Uint8Array.from([1, 0, 1, 1, 0]);
    assert.deepEqual(list(filterView(levels, id, { level: 'critical', hits })), [0, 3]);
    // Own filter (odd rows) after the search: 3 only.
    assert.deepEqual(list(filterView(levels, id, { hits, match: (k) => k % 2 === 1 })), [3]);
    // A sorted order keeps its order: 4 3 2 1 0 → critical rows 3, 0.
    assert.deepEqual(list(filterView(levels, i32([4, 3, 2, 1, 0]), { level: 'critical' })), [3, 0]);
    // Every row passes: the rows of the order (a copy).
    const all = filterView(levels, id, { match: () => true });
    assert.deepEqual(list(all), [0, 1, 2, 3, 4]);
  });

  test('own filters and filters in force', () => {
    assert.equal(hasOwnFilters({}), false);
    assert.equal(hasOwnFilters({ level: 'ok' }), false);
    assert.equal(hasOwnFilters({ owner: '' }), false);
    assert.equal(hasOwnFilters({ level: 'ok', owner: 'Bob' }), true);
    assert.equal(isFiltered({}, ''), false);
    assert.equal(isFiltered({}, '   '), false); // blanks search nothing
    assert.equal(isFiltered({}, 'a'), true);
    assert.equal(isFiltered({ level: 'ok' }, ''), true);
  });

  test('sortOrderSteps: numbers either way with missing last and ties in risk order', () => {
    // Values by output row: 3, NaN, 5, 3, null.
    const v = [3, NaN, 5, 3, null];
    // Descending: 5 (row 2), 3 (rows 0, 3 in risk order), then the missing rows 1, 4 in risk order.
    assert.deepEqual(list(drainSteps(sortOrderSteps(5, (k) => v[k], -1, 'en'))), [2, 0, 3, 1, 4]);
    // Ascending: 3 (0, 3), 5 (2), missing 1, 4.
    assert.deepEqual(list(drainSteps(sortOrderSteps(5, (k) => v[k], 1, 'en'))), [0, 3, 2, 1, 4]);
  });

  test('sortOrderSteps: texts in the locale order, numbers inside compared as numbers, missing last', () => {
    // "b10", "B2", "a", none: a < B2 < b10 (2 < 10; case is only a tie-break), none last either way.
    const t = ['b10', 'B2', 'a', undefined];
    assert.deepEqual(list(drainSteps(sortOrderSteps(4, (k) => t[k], 1, 'en'))), [2, 1, 0, 3]);
    assert.deepEqual(list(drainSteps(sortOrderSteps(4, (k) => t[k], -1, 'en'))), [0, 1, 2, 3]);
  });

  test('sortOrderSteps reads the values in steps, from the first step on, not when it is called', () => {
    const n = 20_000;
    let read = 0;
    const it = sortOrderSteps(n, (k) => (read++, (k * 7919) % 1000), 1, 'en');
    assert.equal(read, 0, 'nothing read before the first step');
    it.next();
    // One step reads 8,192 values: a long list's values are read over several tasks.
    assert.equal(read, 8192);
    const order = list(drainSteps(it));
    assert.equal(read, n);
    for (let i = 1; i < n; i++) assert.ok((order[i - 1]! * 7919) % 1000 <= (order[i]! * 7919) % 1000);
  });

  test('positionsOf: display position per input row', () => {
    // Output rows 0, 1, 2 come from input rows 5, 3, 4; the view shows output rows 2 then 0.
    // Input 4 (output 2) is at position 0, input 5 (output 0) at 1; the others are not shown.
    assert.deepEqual(list(positionsOf(i32([2, 0]), i32([5, 3, 4]), 6)), [-1, -1, -1, -1, 0, 1]);
  });

  test('search text, name sort value', () => {
    assert.equal(searchTextOf({ id: 'o1', name: 'Acme' }, 'Alice'), 'Acme\u0001o1\u0001Alice');
    assert.equal(searchTextOf({ id: 'o1', name: null }, ''), '\u0001o1\u0001');
    assert.equal(nameOf({ id: 'o1', name: 'Acme' }), 'Acme');
    assert.equal(nameOf({ id: 'o1' }), 'o1');
  });
});

describe('risk view: state changes', () => {
  test('withFilter sets and clears one filter without touching the others', () => {
    const f = { level: 'ok' };
    assert.deepEqual(withFilter(f, 'owner', 'Bob'), { level: 'ok', owner: 'Bob' });
    assert.deepEqual(withFilter(f, 'level', ''), {});
    assert.deepEqual(f, { level: 'ok' });
  });

  test('withGridCell: a cell filters its tier and level; the cell in force clears both', () => {
    const f = { cause: 'value', level: 'ok' };
    assert.deepEqual(withGridCell(f, 'A', 'critical', false), { cause: 'value', level: 'critical', tier: 'A' });
    assert.deepEqual(withGridCell({ cause: 'value', tier: 'A', level: 'critical' }, 'A', 'critical', true), {
      cause: 'value',
    });
  });

  test('withPlanStep ticks and unticks; a row without ticks is dropped', () => {
    const p0 = { o1: ['idle:1'] };
    const p1 = withPlanStep(p0, 'o1', 'missing-fields:2', true);
    assert.deepEqual(p1, { o1: ['idle:1', 'missing-fields:2'] });
    assert.deepEqual(withPlanStep(p1, 'o1', 'idle:1', false), { o1: ['missing-fields:2'] });
    assert.deepEqual(withPlanStep(p0, 'o1', 'idle:1', false), {});
    assert.deepEqual(withPlanStep(p0, 'o2#4', 'idle:9', true), { o1: ['idle:1'], 'o2#4': ['idle:9'] });
    assert.deepEqual(p0, { o1: ['idle:1'] });
  });

  test('overall progress: sending 0–20 %, assessing 20–80 %, receiving 80–100 %', () => {
    assert.deepEqual(overallProgress('send', 50, 100), { share: 0.5, overall: 0.1 });
    assert.deepEqual(overallProgress('assess', 50, 100), { share: 0.5, overall: 0.5 });
    assert.deepEqual(overallProgress('receive', 100, 100), { share: 1, overall: 1 });
    assert.deepEqual(overallProgress('send', 0, 0), { share: 0, overall: 0 });
  });

  test('csvTable: headers, and one line of cells per row shown', () => {
    const t = csvTable(
      [
        { header: 'id', value: (r: { id: string }) => r.id },
        { header: 'owner', value: (_r: unknown, rec: { owner?: string }) => rec.owner },
      ],
      [
        { row: { id: 'o1' }, rec: { owner: 'Alice' } },
        { row: { id: 'o2' }, rec: {} },
      ],
    );
    assert.deepEqual(t, {
      header: ['id', 'owner'],
      cells: [
        ['o1', 'Alice'],
        ['o2', undefined],
      ],
    });
  });

  test('sameValues compares element by element by identity', () => {
    const o = {};
    assert.equal(sameValues([1, o, 'a'], [1, o, 'a']), true);
    assert.equal(sameValues([1, {}], [1, {}]), false);
    assert.equal(sameValues([1], [1, 2]), false);
  });
});

describe('virtual window: geometry of rows, some open', () => {
  // Closed rows 40 px; the row at position 2 is open, 100 px taller.
  const open = [{ p: 2, extra: 100 }];

  test('heights and tops', () => {
    assert.equal(listHeight(10, 40, open), 500); // 10 × 40 + 100
    assert.equal(listHeight(10, 40, []), 400);
    assert.equal(topOf(0, 40, open), 0);
    assert.equal(topOf(2, 40, open), 80);
    assert.equal(topOf(3, 40, open), 220); // 3 × 40 + 100
  });

  test('the row at a height', () => {
    assert.equal(positionAt(0, 10, 40, open), 0);
    assert.equal(positionAt(79, 10, 40, open), 1);
    assert.equal(positionAt(80, 10, 40, open), 2);
    assert.equal(positionAt(219, 10, 40, open), 2); // the open row spans 80..220
    assert.equal(positionAt(220, 10, 40, open), 3);
    assert.equal(positionAt(499, 10, 40, open), 9); // (499 − 100) / 40 = 9.97
    assert.equal(positionAt(5000, 10, 40, open), 9); // clamped
  });

  test('open rows of the view, by position, unmeasured ones four rows tall', () => {
    // Input rows 7, 3, 9 are open; 7 shows at 5 (measured 200 px), 3 at 1 (not measured: 160 px), 9 is filtered out.
    const pos: Record<number, number> = { 7: 5, 3: 1, 9: -1 };
    const heights: Record<number, number> = { 7: 200 };
    assert.deepEqual(
      openRowsOf(
        [7, 3, 9],
        (i) => pos[i]!,
        (i) => heights[i],
        40,
      ),
      [
        { p: 1, extra: 120 },
        { p: 5, extra: 160 },
      ],
    );
  });

  test('the window: a band around the viewport, the active row kept, a pool of slots', () => {
    // 100 rows of 40 px, a 200 px viewport scrolled to 400: rows 10..15 in view, 4..21 with 6 rows of overscan.
    const w = listWindow({ n: 100, scrollY: 400, viewH: 200, rowH: 40, open: [], active: 0, pool: 0 });
    assert.equal(w.from, 4);
    assert.equal(w.to, 21);
    assert.deepEqual(w.slots, [0, ...Array.from({ length: 18 }, (_, i) => 4 + i)]); // the active row first
    // Pool: the larger of the band (18) and a viewport's rows + overscan both sides + 2 (5 + 12 + 2 = 19).
    assert.equal(w.pool, 19);
    assert.equal(w.height, 4000);
    assert.equal(slotKey(w, 4), 4);
    assert.equal(slotKey(w, 0), 19); // the active row outside the band: the spare key
    // A row keeps its key while it stays in the band: row 21 is 21 mod 19 = 2 here and after scrolling 40 px.
    const next = listWindow({ n: 100, scrollY: 440, viewH: 200, rowH: 40, open: [], active: 0, pool: w.pool });
    assert.equal(slotKey(next, 21), slotKey(w, 21));
    // The active row after the band comes last; the active position is clamped to the rows.
    const after = listWindow({ n: 100, scrollY: 0, viewH: 200, rowH: 40, open: [], active: 150, pool: 0 });
    assert.equal(after.active, 99);
    assert.equal(after.slots.at(-1), 99);
    assert.equal(after.slots[0], 0);
    // No rows: nothing to render.
    const none = listWindow({ n: 0, scrollY: 0, viewH: 200, rowH: 40, open: [], active: 0, pool: 0 });
    assert.deepEqual(none.slots, []);
  });

  test('scrolling a row into view, page size and keys', () => {
    assert.equal(scrollToShow(100, 140, 0, 120), 20); // below: its bottom at the viewport's bottom
    assert.equal(scrollToShow(100, 140, 120, 120), 100); // above: its top at the viewport's top
    assert.equal(scrollToShow(100, 140, 50, 120), 50); // already whole in view
    assert.equal(pageRows(200, 40), 4); // five rows in view, less one
    assert.equal(pageRows(30, 40), 1);
    assert.equal(keyTarget('ArrowDown', 3, 10, 4), 4);
    assert.equal(keyTarget('ArrowUp', 3, 10, 4), 2);
    assert.equal(keyTarget('Home', 3, 10, 4), 0);
    assert.equal(keyTarget('End', 3, 10, 4), 9);
    assert.equal(keyTarget('PageDown', 3, 10, 4), 7);
    assert.equal(keyTarget('PageUp', 3, 10, 4), -1); // clamped by the list
    assert.equal(keyTarget('Escape', 3, 10, 4), 'close');
    assert.equal(keyTarget('a', 3, 10, 4), null);
  });
});

describe('risk input: the shape of the data, whose rules, what is saved', () => {
  const isOpp = (v: Record<string, unknown>) => v.id !== undefined && v.stage !== undefined;

  test('a list, one record (its asOf and rules taken off), the model input, or nothing readable', () => {
    const rows = [{ id: 'o1' }];
    assert.deepEqual(readEnvelope(rows, 'opportunities', isOpp), { env: { opportunities: rows }, single: false });
    assert.deepEqual(readEnvelope({ asOf: '2026-03-31', id: 'o1', stage: 'qualify' }, 'opportunities', isOpp), {
      env: { asOf: '2026-03-31', rules: undefined, opportunities: [{ id: 'o1', stage: 'qualify' }] },
      single: true,
    });
    const env = { asOf: '2026-03-31', opportunities: rows, id: 'x', stage: 'y' };
    assert.deepEqual(readEnvelope(env, 'opportunities', isOpp), { env, single: false }); // has the list: not a record
    assert.deepEqual(readEnvelope({ asOf: '2026-03-31' }, 'opportunities', isOpp), {
      env: { asOf: '2026-03-31' },
      single: false,
    });
    assert.equal(readEnvelope(42, 'opportunities', isOpp), null);
    assert.equal(readEnvelope('x', 'accounts', isOpp), null);
  });

  test("the host's rules: model channel > data.rules > defaults", () => {
    const env = { rules: { keyAccountMinAmount: 1 } };
    assert.deepEqual(hostRulesOf(env, { ready: true, value: { rules: { keyAccountMinAmount: 2 } } }), {
      raw: { keyAccountMinAmount: 2 },
      source: 'model',
    });
    assert.deepEqual(hostRulesOf(env, { ready: true, value: { keyAccountMinAmount: 3 } }), {
      raw: { keyAccountMinAmount: 3 },
      source: 'model',
    });
    assert.deepEqual(hostRulesOf(env, { ready: false, value: { keyAccountMinAmount: 3 } }), {
      raw: { keyAccountMinAmount: 1 },
      source: 'data',
    });
    assert.deepEqual(hostRulesOf(env, { ready: true, value: null }), {
      raw: { keyAccountMinAmount: 1 },
      source: 'data',
    });
    assert.deepEqual(hostRulesOf({}, { ready: false }), { raw: undefined, source: 'defaults' });
  });

  test("the editor's rules: the user's changes shown even while invalid; other errors are not hidden", () => {
    interface Rules {
      a: number;
      b: number;
    }
    const host: Rules = { a: 1, b: 2 };
    const overlay = (h: Rules, o: unknown) => ({ rules: { ...h, ...(o as object) }, dropped: [] });
    const resolve = (raw: unknown): Rules => {
      const r = raw as Rules;
      if (!(r.a > 0)) throw new ModelInputError([{ path: 'rules.a', message: 'rules.a must be > 0' }]);
      return { ...r, b: r.b * 10 };
    };
    assert.deepEqual(editorRules(host, host, undefined, overlay, resolve), host); // no changes
    assert.deepEqual(editorRules(host, undefined, { a: 5 }, overlay, resolve), host); // no host rules yet
    assert.deepEqual(editorRules(host, host, { a: 5 }, overlay, resolve), { a: 5, b: 20 }); // resolved
    assert.deepEqual(editorRules(host, host, { a: -1 }, overlay, resolve), { a: -1, b: 2 }); // invalid: as merged
    const notObject = () => ({ rules: 7, dropped: [] });
    assert.deepEqual(
      editorRules(host, host, 7, notObject, () => {
        throw new ModelInputError([{ path: 'rules', message: 'rules must be an object' }]);
      }),
      host,
    );
    assert.throws(
      () =>
        editorRules(host, host, { a: 5 }, overlay, () => {
          throw new TypeError('a bug');
        }),
      TypeError,
    );
  });

  test('saved state: versions, filters kept only as text, v1 plan ticks not restored', () => {
    assert.equal(readSaved(undefined), null);
    assert.equal(readSaved({ v: 3, sort: 'name' }), null);
    assert.deepEqual(readSaved({ v: 2, rules: {}, filters: { owner: 'Bob', stage: '', dim: 4 }, sort: 'amount' }), {
      tuned: undefined,
      filters: { owner: 'Bob' },
      sort: 'amount',
    });
    assert.deepEqual(readSaved({ v: 1, rules: { keyAccountMinAmount: 1 }, plan: { o1: ['idle'] } }), {
      tuned: { keyAccountMinAmount: 1 },
    });
    assert.deepEqual(readSaved({ v: 2, plan: { o1: ['idle:1'] } }), { tuned: undefined, plan: { o1: ['idle:1'] } });
    assert.deepEqual(savedOf({ tuned: undefined, filters: { level: 'ok' }, sort: 'risk', plan: {} }), {
      v: 2,
      filters: { level: 'ok' },
      sort: 'risk',
      plan: {},
    });
    assert.deepEqual(savedOf({ tuned: { a: 1 }, filters: {}, sort: 'name', plan: { o1: ['x'] } }).rules, { a: 1 });
  });

  test('row paths and blame for the rules', () => {
    assert.equal(rowPath('opportunities', 3, 'amount'), 'opportunities.3.amount');
    assert.equal(rowPath('accounts', 4, ''), 'accounts.4');
    assert.equal(aboutRules([]), false);
    assert.equal(aboutRules([{ path: 'rules' }, { path: 'rules.stages.1.standardDays' }]), true);
    assert.equal(aboutRules([{ path: 'rules.a' }, { path: 'asOf' }]), false);
    assert.equal(aboutRules([{ path: 'rulesX' }]), false);
  });
});
