// The alert models share, within one call, the signal objects that repeat across rows (frozen): what
// they keep per row is the row, its metrics and its own lists. These tests pin that sharing, that it
// never changes a row's output (each row as it comes out of a call of its own), and the objects a call
// keeps per row, counted in a heap snapshot (a count, not a time: 18.9 objects a row before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getHeapSnapshot } from 'node:v8';
import { Session } from 'node:inspector/promises';
import { assessOpportunities, type OpportunityRow } from '../../src/models/opportunities.js';
import { assessChurn } from '../../src/models/churn.js';

const BENCH_CASE = '../../bench/cases/opportunity-alert-panel.js';
const { generateAccounts, generateOpportunities } = (await import(BENCH_CASE)) as {
  generateAccounts: (n: number) => { asOf: string; accounts: Record<string, unknown>[] };
  generateOpportunities: (n: number) => { asOf: string; opportunities: Record<string, unknown>[] };
};

const SHARED_CODES = new Set(['stage-overdue', 'idle', 'close-date-passed', 'activity-shortfall']);

test('assessOpportunities: repeated signals are one frozen object per call; each row as if assessed alone', () => {
  const input = generateOpportunities(3000);
  const out = assessOpportunities(input);
  const byId = new Map(input.opportunities.map((o) => [o.id as string, o]));
  let signals = 0;
  const distinct = new Set<object>();
  const overdueByKey = new Map<string, object>();
  for (const row of out.rows)
    for (const s of row.signals) {
      if (!SHARED_CODES.has(s.code)) continue;
      signals++;
      distinct.add(s);
      assert.ok(Object.isFrozen(s) && Object.isFrozen(s.detail), `${s.code} of ${row.id} is frozen`);
      if (s.code === 'stage-overdue') {
        const key = `${String(byId.get(row.id)!.stage)}|${s.detail.daysInStage}`;
        const seen = overdueByKey.get(key);
        if (seen) assert.equal(s, seen, `rows of one stage with as many days share one signal (${key})`);
        else overdueByKey.set(key, s);
      }
    }
  // 3,000 rows raise 6,000-odd of these signals; the generator's days and dates repeat.
  assert.ok(signals > 5000, `signals: ${signals}`);
  assert.ok(distinct.size < signals / 5, `distinct: ${distinct.size} of ${signals}`);
  // Sharing changes no row: the first 300 rows each equal the row a call of their own makes.
  for (const row of out.rows.slice(0, 300)) {
    const alone = assessOpportunities({ asOf: input.asOf, opportunities: [byId.get(row.id)] });
    assert.equal(JSON.stringify(row), JSON.stringify(alone.rows[0]));
  }
});

test('assessOpportunities: one day written two ways, and keys too large to share, keep their own signals', () => {
  const base = { amount: 1000, stage: 'qualify', stageEnteredAt: '2026-03-01', fields: { need: 'x' } };
  const opportunities = [
    { ...base, id: 'a', expectedCloseDate: '2026-03-10', activities: [{ type: 'call', at: '2026-03-05' }] },
    {
      ...base,
      id: 'b',
      expectedCloseDate: '2026-03-10T08:00:00Z',
      activities: [{ type: 'call', at: '2026-03-05T09:30:00Z' }],
    },
    { ...base, id: 'c', expectedCloseDate: '2026-03-10', activities: [{ type: 'call', at: '2026-03-05' }] },
  ];
  // A stage requiring more activities than a shortfall key can number.
  const rules = {
    stages: [
      {
        key: 'qualify',
        standardDays: 7,
        maxIdleDays: 3,
        requiredActivities: { call: 2 ** 21, visit: 3 },
      },
    ],
  };
  const out = assessOpportunities({ asOf: '2026-03-31', rules, opportunities });
  const row = (id: string): OpportunityRow => out.rows.find((r) => r.id === id)!;
  const sig = (id: string, code: string) => row(id).signals.find((s) => s.code === code)!;
  for (const code of ['idle', 'close-date-passed', 'stage-overdue'])
    assert.equal(sig('a', code), sig('c', code), `a and c share ${code}`);
  assert.notEqual(sig('a', 'activity-shortfall'), sig('c', 'activity-shortfall'));
  assert.deepEqual(sig('a', 'activity-shortfall'), sig('c', 'activity-shortfall'));
  assert.notEqual(sig('a', 'idle'), sig('b', 'idle'));
  assert.notEqual(sig('a', 'close-date-passed'), sig('b', 'close-date-passed'));
  assert.deepEqual(sig('b', 'idle').detail, {
    daysIdle: 26,
    maxIdleDays: 3,
    criticalAfterDays: 6,
    lastActivityAt: '2026-03-05T09:30:00Z',
  });
  assert.deepEqual(sig('b', 'close-date-passed').detail, { expectedCloseDate: '2026-03-10T08:00:00Z', daysPast: 21 });
  assert.deepEqual(sig('a', 'activity-shortfall').detail, {
    shortfall: { call: 2 ** 21 - 1, visit: 3 },
    compliance: 1 / (2 ** 21 + 3),
    daysInStage: 30,
    standardDays: 7,
  });
  for (const r of out.rows)
    assert.equal(
      JSON.stringify(r),
      JSON.stringify(
        assessOpportunities({ asOf: '2026-03-31', rules, opportunities: [opportunities.find((o) => o.id === r.id)] })
          .rows[0],
      ),
    );
});

test('assessChurn: repeated signals are one frozen object per call; each row as if assessed alone', () => {
  const input = generateAccounts(3000);
  const out = assessChurn(input);
  const byId = new Map(input.accounts.map((a) => [a.id as string, a]));
  let shared = 0;
  const distinct = new Set<object>();
  for (const row of out.rows)
    for (const s of row.signals)
      if (Object.isFrozen(s)) {
        shared++;
        distinct.add(s);
        assert.ok(Object.isFrozen(s.detail));
      }
  assert.ok(shared > 1000, `shared signals: ${shared}`);
  assert.ok(distinct.size < shared / 10, `distinct: ${distinct.size} of ${shared}`);
  for (const row of out.rows.slice(0, 300)) {
    const alone = assessChurn({ asOf: input.asOf, accounts: [byId.get(row.id)] });
    assert.equal(JSON.stringify(row), JSON.stringify(alone.rows[0]));
  }
});

/** Objects in the heap (a snapshot collects garbage first). */
async function heapObjects(): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const c of getHeapSnapshot()) chunks.push(c as Buffer);
  const snap = JSON.parse(Buffer.concat(chunks).toString()) as {
    snapshot: { meta: { node_fields: string[] } };
    nodes: number[];
  };
  return snap.nodes.length / snap.snapshot.meta.node_fields.length;
}

test('assessOpportunities keeps under 11 objects a row (the row, its metrics, its lists)', async () => {
  const n = 10_000;
  const input = generateOpportunities(n);
  assessOpportunities(generateOpportunities(500)); // compiled, and the metrics' shape made
  const before = await heapObjects();
  const out = assessOpportunities(input);
  const after = await heapObjects();
  assert.equal(out.rows.length, n);
  const perRow = (after - before) / n;
  // 18.9 before the shared signals, 10.4 with them, 9.2 with whole metrics stored inline.
  assert.ok(perRow < 11, `objects a row: ${perRow.toFixed(2)}`);
});

test('assessChurn: drops with the same figures share one frozen signal; another month, −0 or other figures do not', () => {
  const usage = (month: string, latest: number, users = 100) => [
    { month: '2025-12', usageRate: 0.8, activeUsers: users },
    { month: '2026-01', usageRate: 0.8, activeUsers: users },
    { month: '2026-02', usageRate: 0.8, activeUsers: users },
    { month, usageRate: latest, activeUsers: 60 },
  ];
  const accounts = [
    { id: 'a', usage: usage('2026-03', 0.4) },
    { id: 'b', usage: usage('2026-03', 0.4) },
    // The same figures in another month.
    { id: 'c', usage: usage('2026-04', 0.4) },
    // Another latest rate; then 0 and −0 (equal as numbers, not as the same figure).
    { id: 'd', usage: usage('2026-03', 0.41) },
    { id: 'e', usage: usage('2026-03', 0) },
    { id: 'f', usage: usage('2026-03', -0) },
    // Active users: the same figures as a's (60 against a baseline of 100 over 3 points) from other points.
    {
      id: 'g',
      usage: [
        { month: '2025-12', activeUsers: 90 },
        { month: '2026-01', activeUsers: 100 },
        { month: '2026-02', activeUsers: 110 },
        { month: '2026-03', activeUsers: 60 },
      ],
    },
  ];
  const out = assessChurn({ asOf: '2026-04-30', accounts });
  const sig = (id: string, code: string) =>
    out.rows.find((r) => r.id === id)!.signals.find((s) => s.code === code)! as {
      code: string;
      detail: Record<string, unknown>;
    };
  assert.equal(sig('a', 'usage-drop'), sig('b', 'usage-drop'));
  assert.ok(Object.isFrozen(sig('a', 'usage-drop')) && Object.isFrozen(sig('a', 'usage-drop').detail));
  assert.equal(sig('a', 'active-users-drop'), sig('b', 'active-users-drop'));
  assert.equal(sig('a', 'active-users-drop'), sig('d', 'active-users-drop'));
  assert.notEqual(sig('a', 'usage-drop'), sig('c', 'usage-drop'));
  assert.equal(sig('c', 'usage-drop').detail.latestMonth, '2026-04');
  assert.notEqual(sig('a', 'usage-drop'), sig('d', 'usage-drop'));
  assert.notEqual(sig('e', 'usage-drop'), sig('f', 'usage-drop'));
  assert.ok(Object.is(sig('f', 'usage-drop').detail.latest, -0));
  assert.ok(Object.is(sig('e', 'usage-drop').detail.latest, 0));
  assert.equal(sig('a', 'active-users-drop'), sig('g', 'active-users-drop'));
  // A drop no other row has stays the row's own (not frozen).
  assert.ok(!Object.isFrozen(sig('d', 'usage-drop')));
  assert.deepEqual(sig('g', 'active-users-drop').detail, {
    latest: 60,
    latestMonth: '2026-03',
    baseline: 100,
    baselinePoints: 3,
    drop: 0.4,
  });
  for (const r of out.rows)
    assert.equal(
      JSON.stringify(r),
      JSON.stringify(assessChurn({ asOf: '2026-04-30', accounts: [accounts.find((a) => a.id === r.id)] }).rows[0]),
    );
});

test('assessChurn keeps under 9 objects a row (the row, its lists, the drops of its own)', async () => {
  const n = 10_000;
  const input = generateAccounts(n);
  assessChurn(generateAccounts(500)); // compiled, and the drop details' shape made
  const before = await heapObjects();
  const out = assessChurn(input);
  const after = await heapObjects();
  assert.equal(out.rows.length, n);
  const perRow = (after - before) / n;
  // 10.3 by this count before the drops were shared (and whole figures stored inline), 8.1 after.
  assert.ok(perRow < 9, `objects a row: ${perRow.toFixed(2)}`);
});

/** Bytes a call allocates per row, collected or not (V8's sampling heap profiler, every 128 bytes on average). */
async function allocatedPerRow(call: () => unknown, n: number): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 128,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    call();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const walk = (node: { selfSize: number; children: unknown[] }) => {
      bytes += node.selfSize;
      for (const c of node.children) walk(c as typeof node);
    };
    walk(profile.head);
    return bytes / n;
  } finally {
    session.disconnect();
  }
}

test('assessChurn allocates under 470 bytes a row, what it keeps included (no heap number per fraction it computes)', async () => {
  const n = 20_000;
  const input = generateAccounts(n);
  for (let i = 0; i < 5; i++) assessChurn(generateAccounts(1000));
  const bytes = await allocatedPerRow(() => assessChurn(input), n);
  // 553 bytes a row before (64 of them the drop figures boxed in module variables and passed as arguments),
  // 416 after.
  assert.ok(bytes < 470, `bytes a row: ${bytes.toFixed(1)}`);
});
