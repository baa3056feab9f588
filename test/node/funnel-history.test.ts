import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  historyEncoder,
  learnFunnelRates,
  median,
  monthOfDay,
  monthText,
  rateLearner,
} from '../../src/models/funnel-history.js';
import { dayNumber } from '../../src/models/math.js';
import { hasIssue, issuesOf } from './helpers.js';
import { FUNNEL_HISTORY_EXAMPLE } from '../fixtures/funnel-history.js';

const example = () => structuredClone(FUNNEL_HISTORY_EXAMPLE);
const ev = (...pairs: [string, string][]) => pairs.map(([stage, at]) => ({ stage, at }));
/** Two stages a, b; asOf 2026-06-30; a six-month window; the given histories. */
const small = (...opportunities: unknown[]) => ({
  stages: ['a', 'b'],
  asOf: '2026-06-30',
  windowMonths: 6,
  opportunities,
});
const pick = (r: ReturnType<typeof learnFunnelRates>, k: string) => r.stages.find((s) => s.key === k)!;

describe('learnFunnelRates: docs/models.md §3c worked example', () => {
  const r = learnFunnelRates(example());
  it('reads the window and the threshold', () => {
    assert.deepEqual(r.window, { from: '2026-01', to: '2026-03', months: 3 });
    assert.equal(r.minRecords, 5);
    assert.equal(r.used, 8);
    assert.deepEqual(r.invalid, []);
  });
  it('gives each stage its rate, sample size, days and warning', () => {
    assert.deepEqual(r.stages, [
      {
        key: 'lead',
        records: 5,
        converted: 4,
        lost: 1,
        open: 2,
        rate: 0.8,
        medianDays: 12,
        daysRecords: 4,
        warning: false,
      },
      {
        key: 'intent',
        records: 5,
        converted: 3,
        lost: 2,
        open: 0,
        rate: 0.6,
        medianDays: 24,
        daysRecords: 2,
        warning: false,
      },
      {
        key: 'highIntent',
        records: 2,
        converted: 2,
        lost: 0,
        open: 1,
        rate: 1,
        medianDays: 19.5,
        daysRecords: 2,
        warning: true,
      },
      {
        key: 'negotiation',
        records: 2,
        converted: 1,
        lost: 1,
        open: 0,
        rate: 0.5,
        medianDays: 10,
        daysRecords: 1,
        warning: true,
      },
    ]);
    assert.deepEqual(r.conversion, [0.8, 0.6, 1, 0.5]);
  });
  it('splits the window by month', () => {
    const cell = (m: number, k: string) => {
      const s = r.months[m]!.stages.find((x) => x.key === k)!;
      return [s.converted, s.records, s.rate, s.medianDays, s.open];
    };
    assert.deepEqual(
      r.months.map((m) => m.month),
      ['2026-01', '2026-02', '2026-03'],
    );
    assert.deepEqual(cell(0, 'lead'), [3, 3, 1, 14, 0]);
    assert.deepEqual(cell(0, 'intent'), [2, 4, 0.5, 17, 0]);
    assert.deepEqual(cell(0, 'highIntent'), [1, 1, 1, 30, 0]);
    assert.deepEqual(cell(0, 'negotiation'), [0, 0, null, null, 0]);
    assert.deepEqual(cell(1, 'lead'), [1, 1, 1, 6, 1]);
    assert.deepEqual(cell(1, 'intent'), [1, 1, 1, 31, 0]);
    assert.deepEqual(cell(1, 'highIntent'), [1, 1, 1, 9, 0]);
    assert.deepEqual(cell(1, 'negotiation'), [1, 1, 1, 10, 0]);
    assert.deepEqual(cell(2, 'lead'), [0, 1, 0, null, 1]);
    assert.deepEqual(cell(2, 'intent'), [0, 0, null, null, 0]);
    assert.deepEqual(cell(2, 'highIntent'), [0, 0, null, null, 1]);
    assert.deepEqual(cell(2, 'negotiation'), [0, 1, 0, null, 0]);
  });
  it('the months add up to the window', () => {
    for (const [i, s] of r.stages.entries()) {
      const m = r.months.map((x) => x.stages[i]!);
      assert.equal(
        s.converted,
        m.reduce((a, x) => a + x.converted, 0),
      );
      assert.equal(
        s.lost,
        m.reduce((a, x) => a + x.lost, 0),
      );
      assert.equal(
        s.open,
        m.reduce((a, x) => a + x.open, 0),
      );
      assert.equal(
        s.daysRecords,
        m.reduce((a, x) => a + x.daysRecords, 0),
      );
    }
  });
  it('defaults: a twelve-month window and 30 records', () => {
    const { windowMonths: _w, minRecords: _m, ...rest } = example();
    const d = learnFunnelRates(rest);
    assert.deepEqual(d.window, { from: '2025-04', to: '2026-03', months: 12 });
    assert.equal(d.minRecords, 30);
    assert.ok(d.stages.every((s) => s.warning));
    // F's December lead is now in the window: lead has 6 records, 5 converted.
    assert.deepEqual([pick(d, 'lead').converted, pick(d, 'lead').records], [5, 6]);
  });
});

describe('learnFunnelRates: hand-checked small histories', () => {
  it('a skipped stage counts as passed, dated when the deal passed it, without a days sample', () => {
    const r = learnFunnelRates(small({ id: 1, events: ev(['a', '2026-03-01'], ['won', '2026-05-10']) }));
    // b skipped: converted at b in May (the won date); a's days run to the won date: 70.
    assert.deepEqual([pick(r, 'a').converted, pick(r, 'a').medianDays], [1, 70]);
    assert.deepEqual([pick(r, 'b').converted, pick(r, 'b').records, pick(r, 'b').daysRecords], [1, 1, 0]);
    assert.equal(r.months.find((m) => m.month === '2026-05')!.stages[1]!.converted, 1);
  });
  it('a won deal with no stage events passed every stage', () => {
    const r = learnFunnelRates(small({ id: 1, events: ev(['won', '2026-04-02']) }));
    assert.deepEqual(r.conversion, [1, 1]);
    assert.deepEqual(
      r.stages.map((s) => s.daysRecords),
      [0, 0],
    );
  });
  it('a lost-only record counts nowhere', () => {
    const r = learnFunnelRates(small({ id: 1, events: ev(['lost', '2026-04-02']) }));
    assert.equal(r.used, 0);
    assert.deepEqual(r.conversion, [null, null]);
  });
  it('a reopened deal counts once: furthest stage, last state, first entries', () => {
    // Lost at a, reopened, lost again at b: converted at a (first entry 03-01 to b 04-20: 50 days), lost at b.
    const r = learnFunnelRates(
      small({
        id: 'x',
        events: ev(
          ['a', '2026-03-01'],
          ['lost', '2026-03-05'],
          ['a', '2026-04-01'],
          ['b', '2026-04-20'],
          ['lost', '2026-05-01'],
        ),
      }),
    );
    assert.deepEqual([pick(r, 'a').converted, pick(r, 'a').lost, pick(r, 'a').medianDays], [1, 0, 50]);
    assert.deepEqual([pick(r, 'b').converted, pick(r, 'b').lost], [0, 1]);
    assert.equal(r.used, 1);
    // Reopened after the loss and still open at b: open, not lost.
    const o = learnFunnelRates(
      small({
        id: 'y',
        events: ev(['a', '2026-03-01'], ['b', '2026-03-03'], ['lost', '2026-03-05'], ['b', '2026-04-01']),
      }),
    );
    assert.deepEqual([pick(o, 'b').open, pick(o, 'b').lost, pick(o, 'b').rate], [1, 0, null]);
  });
  it('a move back to a lower stage keeps the furthest stage', () => {
    const r = learnFunnelRates(
      small({ id: 1, events: ev(['a', '2026-02-01'], ['b', '2026-02-11'], ['a', '2026-03-01']) }),
    );
    assert.deepEqual([pick(r, 'a').converted, pick(r, 'a').medianDays, pick(r, 'b').open], [1, 10, 1]);
  });
  it('won counts as reached whatever comes after', () => {
    const r = learnFunnelRates(
      small({ id: 1, events: ev(['b', '2026-02-01'], ['won', '2026-02-05'], ['lost', '2026-02-09']) }),
    );
    assert.deepEqual(r.conversion, [1, 1]);
  });
  it('events after asOf are not known yet; the same day keeps input order for the last event', () => {
    const r = learnFunnelRates(small({ id: 1, events: ev(['a', '2026-06-01'], ['b', '2026-07-01']) }));
    assert.deepEqual([pick(r, 'a').open, pick(r, 'b').records], [1, 0]);
    const same = learnFunnelRates(
      small({ id: 1, events: ev(['a', '2026-06-01'], ['lost', '2026-06-02'], ['a', '2026-06-02']) }),
    );
    assert.deepEqual([pick(same, 'a').open, pick(same, 'a').lost], [1, 0]);
    const lostLast = learnFunnelRates(small({ id: 1, events: ev(['a', '2026-06-02'], ['lost', '2026-06-02']) }));
    assert.deepEqual([pick(lostLast, 'a').open, pick(lostLast, 'a').lost], [0, 1]);
  });
  it('dates read as their UTC day: an evening in Beijing on the 1st is the last day of the month before', () => {
    const r = learnFunnelRates(
      small({ id: 1, events: ev(['a', '2026-01-01T07:00:00+08:00'], ['lost', '2026-01-02']) }),
    );
    assert.deepEqual(r.window.from, '2026-01');
    assert.equal(pick(r, 'a').records, 0);
  });
  it('one year against two: the window decides which records count', () => {
    const hist = [
      { id: 1, events: ev(['a', '2024-09-10'], ['b', '2024-09-20'], ['won', '2024-10-01']) },
      { id: 2, events: ev(['a', '2024-10-10'], ['lost', '2024-10-11']) },
      { id: 3, events: ev(['a', '2025-09-10'], ['b', '2025-09-12'], ['lost', '2025-10-01']) },
    ];
    const one = learnFunnelRates({ stages: ['a', 'b'], asOf: '2025-12-31', windowMonths: 12, opportunities: hist });
    const two = learnFunnelRates({ stages: ['a', 'b'], asOf: '2025-12-31', windowMonths: 24, opportunities: hist });
    assert.deepEqual(one.conversion, [1, 0]);
    assert.deepEqual(two.conversion, [2 / 3, 0.5]);
    assert.deepEqual([two.stages[0]!.records, two.stages[0]!.medianDays], [3, 6]);
    assert.equal(two.months.length, 24);
  });
  it('warns below minRecords and not at it', () => {
    const rows = Array.from({ length: 3 }, (_, i) => ({
      id: i,
      events: ev(['a', '2026-05-01'], ['lost', '2026-05-02']),
    }));
    const r = learnFunnelRates({ ...small(...rows), minRecords: 3 });
    assert.equal(pick(r, 'a').warning, false);
    assert.equal(pick(r, 'b').warning, true);
    assert.equal(learnFunnelRates({ ...small(...rows), minRecords: 4 }).stages[0]!.warning, true);
  });
});

describe('learnFunnelRates: invalid input', () => {
  it('a bad row goes to invalid with its path; the others are read', () => {
    const r = learnFunnelRates(
      small(
        { id: 'ok', events: ev(['a', '2026-05-01'], ['lost', '2026-05-02']) },
        { id: 'bad', events: ev(['a', '2026-05-01'], ['c', '2026-05-02']) },
        { id: 7, events: [{ stage: 'a', at: '2026-02-30' }] },
        { events: [] },
        null,
      ),
    );
    assert.equal(pick(r, 'a').lost, 1);
    assert.deepEqual(
      r.invalid.map((v) => [v.index, v.id, v.issues.map((i) => i.path)]),
      [
        [1, 'bad', ['events.1.stage']],
        [2, '7', ['events.0.at']],
        [3, undefined, ['id', 'events']],
        [4, undefined, ['']],
      ],
    );
    assert.match(
      r.invalid[0]!.issues[0]!.message,
      /events\.1\.stage names the stage "c", which is not among the stages/,
    );
  });
  it('the envelope: stages, asOf, window and threshold name their fields', () => {
    const bad = (patch: Record<string, unknown>, path: string) =>
      hasIssue(
        issuesOf(() => learnFunnelRates({ ...small(), ...patch })),
        path,
      );
    bad({ stages: [] }, 'stages');
    bad({ stages: ['a', 'won'] }, 'stages.1');
    bad({ stages: ['a', 'a'] }, 'stages.1');
    bad({ asOf: '2026-13-01' }, 'asOf');
    bad({ windowMonths: 0 }, 'windowMonths');
    bad({ windowMonths: 1.5 }, 'windowMonths');
    bad({ minRecords: 0 }, 'minRecords');
    bad({ opportunities: {} }, 'opportunities');
    const reserved = issuesOf(() => learnFunnelRates({ ...small(), stages: ['lost'] }))[0]!;
    assert.equal(reserved.code, 'reserved_stage');
  });
});

describe('rateLearner: the same rates a slice at a time', () => {
  it('slices of any size give learnFunnelRates, invalid rows indexed in the whole list', () => {
    const { opportunities, ...rest } = example();
    const rows: unknown[] = [
      ...opportunities,
      { id: 'bad', events: [] },
      ...opportunities.map((o) => ({ ...o, id: `${o.id}2` })),
    ];
    const whole = learnFunnelRates({ ...rest, opportunities: rows });
    for (const size of [1, 3, 7, rows.length]) {
      const l = rateLearner(rest);
      for (let i = 0; i < rows.length; i += size) l.add(rows.slice(i, i + size), i);
      assert.deepEqual(l.result(), whole);
    }
    assert.deepEqual(
      whole.invalid.map((v) => v.index),
      [8],
    );
    assert.equal(whole.stages[0]!.records, 10);
  });
  it('checks the input without its rows at once', () => {
    hasIssue(
      issuesOf(() => rateLearner({ stages: ['a'], asOf: 'soon' })),
      'asOf',
    );
  });
});

describe('learnFunnelRates: helpers', () => {
  it('monthOfDay agrees with Date over 600 years', () => {
    for (let d = dayNumber('1800-01-01'); d < dayNumber('2400-01-01'); d += 13) {
      const t = new Date(d * 86_400_000);
      assert.equal(monthOfDay(d), t.getUTCFullYear() * 12 + t.getUTCMonth());
    }
    assert.equal(monthText(2026 * 12 + 2), '2026-03');
  });
  it('median: odd, even, empty', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([]), null);
  });
});

describe('learn-funnel-rates on the command line', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = (input: unknown) =>
    spawnSync(process.execPath, ['bin/revops.js', 'learn-funnel-rates', '--compact'], {
      input: JSON.stringify(input),
      encoding: 'utf8',
      cwd: root,
    });
  it('prints the worked example as the model returns it; exit 2 when every row is invalid', () => {
    assert.ok(existsSync(`${root}dist/models.js`), 'run `npm run build` first');
    const r = run(example());
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, JSON.stringify(learnFunnelRates(example())) + '\n');
    const bad = run({ ...example(), opportunities: [{ id: 1, events: [] }] });
    assert.equal(bad.status, 2);
    const out = JSON.parse(bad.stdout) as { invalid: { issues: { path: string }[] }[] };
    assert.equal(out.invalid[0]!.issues[0]!.path, 'events');
  });
});

describe('historyEncoder + addEncoded (the rates worker’s transfer)', () => {
  it('gives the same result as add, invalid rows included in index order', () => {
    const input = structuredClone(FUNNEL_HISTORY_EXAMPLE);
    const rows: unknown[] = [
      ...input.opportunities,
      { id: 'bad', events: [{ stage: 'nowhere', at: '2026-01-01' }] },
      7,
      { id: 9, events: [{ stage: 'lead', at: '2026-02-01T10:00:00+08:00' }] },
    ];
    const plain = learnFunnelRates({ ...input, opportunities: rows });
    const learner = rateLearner({
      stages: input.stages,
      asOf: input.asOf,
      windowMonths: input.windowMonths,
      minRecords: input.minRecords,
    });
    const encode = historyEncoder(input.stages);
    learner.addEncoded(encode(rows.slice(0, 5), 0));
    learner.addEncoded(encode(rows.slice(5), 5));
    assert.deepEqual(learner.result(), plain);
    const e = encode(rows, 0);
    assert.deepEqual(
      e.others.map((o) => o.index),
      [8, 9],
    );
    assert.equal(e.starts.length, rows.length - 2 + 1);
  });
});
