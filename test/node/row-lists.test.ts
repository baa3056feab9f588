// The alert models build each row's lists (signals, causes, suggestions, missing fields) in one
// reused buffer and copy them out at their exact length (RowList, src/models/signals.ts). These
// tests pin what that must never change: every row gets lists of its own, nothing of one row leaks
// into the next (a row that fails half-way included), and the lists hold what the row's signals say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RowList } from '../../src/models/signals.js';
import { assessChurn, ACTION_FOR_CAUSE } from '../../src/models/churn.js';
import { assessOpportunities } from '../../src/models/opportunities.js';

// The bench's deterministic generators (plain JS): realistic rows with every kind of signal.
const BENCH_CASE = '../../bench/cases/opportunity-alert-panel.js';
const { generateAccounts, generateOpportunities } = (await import(BENCH_CASE)) as {
  generateAccounts: (n: number) => unknown;
  generateOpportunities: (n: number) => unknown;
};

test('RowList: take() copies the items at their exact number; clear() starts a new list', () => {
  const l = new RowList<string>();
  assert.deepEqual(l.take(), []);
  l.push('a');
  l.push('b');
  const first = l.take();
  assert.deepEqual(first, ['a', 'b']);
  l.clear();
  l.push('c');
  assert.deepEqual(l.take(), ['c']);
  // The copy is the caller's: the buffer's next use does not touch it.
  assert.deepEqual(first, ['a', 'b']);
  assert.notEqual(l.take(), l.take());
});

test('assessChurn: every row has its own signals, causes and actions lists', () => {
  const out = assessChurn(generateAccounts(2000));
  const seen = new Set<unknown>();
  for (const row of out.rows)
    for (const list of [row.signals, row.causes, row.actions]) {
      assert.ok(!seen.has(list), `a list shared between rows (${row.id})`);
      seen.add(list);
    }
  for (const row of out.rows) {
    // Causes: distinct, critical ones first, each group in the order the signals first name them.
    const critical = new Set(row.signals.filter((s) => s.level === 'critical').map((s) => s.cause));
    const order = [...new Set(row.signals.map((s) => s.cause))];
    assert.deepEqual(row.causes, [...order.filter((c) => critical.has(c)), ...order.filter((c) => !critical.has(c))]);
    assert.deepEqual(
      row.actions,
      row.causes.map((c) => ACTION_FOR_CAUSE[c]),
    );
  }
  // Changing one row's lists leaves the others as they were.
  const before = JSON.stringify(out.rows.slice(1));
  out.rows[0]!.signals.length = 0;
  out.rows[0]!.causes.push('price');
  assert.equal(JSON.stringify(out.rows.slice(1)), before);
});

test('assessChurn: a row that fails half-way leaves nothing in the next row', () => {
  const asOf = '2026-03-31';
  const accounts = [
    // A usage drop found, then tickets whose ratio is not finite: the row is invalid.
    {
      id: 'bad',
      usage: [
        { month: '2026-02', usageRate: 0.8 },
        { month: '2026-03', usageRate: 0.1 },
      ],
      tickets: { last30d: 1e308, baseline30d: 1e-308 },
    },
    { id: 'ok', nps: 9 },
    { id: 'one', nps: 3 },
  ];
  const out = assessChurn({ asOf, accounts });
  assert.deepEqual(
    out.invalid.map((b) => b.id),
    ['bad'],
  );
  const byId = Object.fromEntries(out.rows.map((r) => [r.id, r]));
  assert.deepEqual(byId.ok!.signals, []);
  assert.deepEqual(
    byId.one!.signals.map((s) => s.code),
    ['detractor'],
  );
  assert.deepEqual(byId.one!.causes, ['satisfaction']);
});

test('assessOpportunities: every row has its own signals, suggestions and missing-field lists', () => {
  const out = assessOpportunities(generateOpportunities(2000));
  const seen = new Set<unknown>();
  let missingLists = 0;
  for (const row of out.rows) {
    const lists: unknown[] = [row.signals, row.suggestions];
    for (const s of row.signals)
      if (s.code === 'missing-fields') {
        lists.push(s.detail.missing);
        missingLists++;
        assert.ok(s.detail.missing.length > 0);
        assert.equal(s.detail.completeness, (s.detail.required - s.detail.missing.length) / s.detail.required);
      }
    for (const list of lists) {
      assert.ok(!seen.has(list), `a list shared between rows (${row.id})`);
      seen.add(list);
    }
    // One suggestion per signal, plus the key-account plan for a key account with signals.
    const extra = row.keyAccount && row.signals.length ? 1 : 0;
    assert.equal(row.suggestions.length, row.signals.length + extra);
    if (extra) assert.equal(row.suggestions.at(-1), 'key-account-response-plan');
  }
  assert.ok(missingLists > 0, 'the generated rows include key accounts with missing fields');
});
