// Property-based suite of learnFunnelRates (docs/models.md §3c): robustness through property-harness.ts, then
// small generated histories checked against an independent re-computation written from the spec's rules, the
// sums the window keeps, row-order independence and the slice and encoded paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { historyEncoder, learnFunnelRates, rateLearner } from '../../src/models/funnel-history.js';
import { FUNNEL_HISTORY_EXAMPLE } from '../fixtures/funnel-history.js';
import { property } from './property-harness.js';
import { runs } from './property-options.js';

test('learnFunnelRates: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(learnFunnelRates, FUNNEL_HISTORY_EXAMPLE, 600);
});

// ---- small generated histories ----------------------------------------------------------------------------

const DAY = 86_400_000;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (t: string) => Date.UTC(+t.slice(0, 4), +t.slice(5, 7) - 1, +t.slice(8, 10)) / DAY;
const monthOf = (day: number) => {
  const d = new Date(day * DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const ASOF = '2026-06-15';
const ASOF_DAY = dayOf(ASOF);

interface Case {
  stages: string[];
  asOf: string;
  windowMonths: number;
  minRecords: number;
  opportunities: { id: string; events: { stage: string; at: string }[] }[];
}

/** 1–4 stages, up to 10 opportunities of 1–6 events dated in the 240 days before asOf or a little after it. */
const history = (span = 240): fc.Arbitrary<Case> =>
  fc.integer({ min: 1, max: 4 }).chain((n) => {
    const stages = ['s0', 's1', 's2', 's3'].slice(0, n);
    const event = fc.record({
      stage: fc.constantFrom(...stages, 'won', 'lost'),
      at: fc.integer({ min: -span, max: 20 }).map((d) => iso(ASOF_DAY + d)),
    });
    return fc.record({
      stages: fc.constant(stages),
      asOf: fc.constant(ASOF),
      windowMonths: fc.integer({ min: 1, max: 9 }),
      minRecords: fc.integer({ min: 1, max: 4 }),
      opportunities: fc
        .array(fc.array(event, { minLength: 1, maxLength: 6 }), { maxLength: 10 })
        .map((rows) => rows.map((events, i) => ({ id: `o${i}`, events }))),
    });
  });

interface Tally {
  converted: number;
  lost: number;
  open: number;
  days: number[];
}
const tally = (): Tally => ({ converted: 0, lost: 0, open: 0, days: [] });
const mid = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

/** §3c's rules, one opportunity at a time, as the spec words them (no shared code with the model). */
function reference(c: Case) {
  const n = c.stages.length;
  const asOf = dayOf(c.asOf);
  const to = monthOf(asOf);
  const from = to - c.windowMonths + 1;
  const total = c.stages.map(tally);
  const byMonth = Array.from({ length: c.windowMonths }, () => c.stages.map(tally));
  let used = 0;
  const indexOf = (s: string) => (s === 'won' ? n : s === 'lost' ? -1 : c.stages.indexOf(s));
  for (const o of c.opportunities) {
    // Events after asOf are ignored; the others sorted by date, ties in input order (a stable sort).
    const evs = o.events
      .map((e) => ({ i: indexOf(e.stage), d: dayOf(e.at) }))
      .filter((e) => e.d <= asOf)
      .sort((a, b) => a.d - b.d);
    const indexed = evs.filter((e) => e.i >= 0);
    if (!indexed.length) continue;
    const reach = Math.max(...indexed.map((e) => e.i));
    const lastLost = evs[evs.length - 1]!.i === -1;
    let counted = false;
    for (let i = 0; i <= Math.min(reach, n - 1); i++) {
      const entry = indexed.find((e) => e.i === i)?.d;
      const passed = indexed.find((e) => e.i > i)?.d;
      const month = monthOf(entry ?? passed!);
      if (month < from || month > to) continue;
      counted = true;
      const ts = [total[i]!, byMonth[month - from]![i]!];
      for (const t of ts) {
        if (reach > i) t.converted++;
        else if (lastLost) t.lost++;
        else t.open++;
      }
      if (reach > i && entry !== undefined) {
        const next = indexed.find((e) => e.i > i && e.d >= entry)?.d;
        if (next !== undefined) for (const t of ts) t.days.push(next - entry);
      }
    }
    if (counted) used++;
  }
  const rate = (key: string, t: Tally) => {
    const records = t.converted + t.lost;
    return {
      key,
      records,
      converted: t.converted,
      lost: t.lost,
      open: t.open,
      rate: records ? t.converted / records : null,
      medianDays: mid(t.days),
      daysRecords: t.days.length,
    };
  };
  const stages = c.stages.map((k, i) => ({
    ...rate(k, total[i]!),
    warning: rate(k, total[i]!).records < c.minRecords,
  }));
  return {
    stages,
    conversion: stages.map((s) => s.rate),
    months: byMonth.map((m, k) => {
      const mm = from + k;
      const month = `${Math.floor(mm / 12)}-${String((mm % 12) + 1).padStart(2, '0')}`;
      return { month, stages: c.stages.map((key, i) => rate(key, m[i]!)) };
    }),
    used,
  };
}

test('learnFunnelRates agrees with an independent re-computation of §3c on small histories', () => {
  fc.assert(
    fc.property(history(), (c) => {
      const r = learnFunnelRates(c);
      const ref = reference(c);
      assert.deepEqual(r.invalid, []);
      assert.equal(r.used, ref.used);
      assert.deepEqual(r.stages, ref.stages);
      assert.deepEqual(r.conversion, ref.conversion);
      assert.deepEqual(r.months, ref.months);
      assert.equal(r.window.months, c.windowMonths);
      assert.equal(r.window.to, ASOF.slice(0, 7));
    }),
    runs(400),
  );
});

test('learnFunnelRates: counts are whole, rates in [0, 1], the months add up to the window', () => {
  fc.assert(
    fc.property(history(400), (c) => {
      const r = learnFunnelRates(c);
      r.stages.forEach((s, i) => {
        for (const k of ['records', 'converted', 'lost', 'open', 'daysRecords'] as const)
          assert.ok(Number.isInteger(s[k]) && s[k] >= 0, `${s.key}.${k} = ${s[k]}`);
        assert.equal(s.records, s.converted + s.lost);
        assert.ok(s.daysRecords <= s.converted, 'a days sample without a conversion');
        if (s.rate !== null) assert.ok(s.rate >= 0 && s.rate <= 1, `rate ${s.rate}`);
        assert.equal(s.rate === null, s.records === 0);
        assert.equal(s.warning, s.records < c.minRecords);
        if (s.medianDays !== null) assert.ok(s.medianDays >= 0);
        // Every stage counted in the window is counted in exactly one of its months.
        for (const k of ['converted', 'lost', 'open', 'daysRecords'] as const)
          assert.equal(
            r.months.reduce((sum, m) => sum + m.stages[i]![k], 0),
            s[k],
            `months' ${k} at ${s.key}`,
          );
      });
      assert.equal(r.months.length, c.windowMonths);
      assert.ok(r.used <= c.opportunities.length);
    }),
    runs(300),
  );
});

test('learnFunnelRates: with every event inside the window, each stage converted is the next stage reached', () => {
  // Window of 9 months, events in the 200 days before asOf: a deal converted from stage i reaches i + 1, where it
  // is converted, lost or open again (the top stage converts to won, which is not a stage).
  fc.assert(
    fc.property(
      history(200).map((c) => ({ ...c, windowMonths: 9 })),
      (c) => {
        const r = learnFunnelRates(c);
        for (let i = 0; i + 1 < r.stages.length; i++) {
          const next = r.stages[i + 1]!;
          assert.equal(r.stages[i]!.converted, next.converted + next.lost + next.open, `stage ${i}`);
        }
      },
    ),
    runs(300),
  );
});

test('learnFunnelRates: the order of the rows does not matter; the result is the same on every call', () => {
  fc.assert(
    fc.property(
      history().chain((c) =>
        fc.shuffledSubarray(c.opportunities, { minLength: c.opportunities.length }).map((o) => [c, o] as const),
      ),
      ([c, shuffled]) => {
        const a = learnFunnelRates(c);
        assert.deepEqual(learnFunnelRates({ ...c, opportunities: shuffled }), a);
        assert.deepEqual(learnFunnelRates(c), a);
      },
    ),
    runs(200),
  );
});

test('learnFunnelRates: rows given in slices, or encoded for the worker, give the whole result', () => {
  fc.assert(
    fc.property(
      history(),
      fc.array(fc.nat(), { maxLength: 3 }),
      // Invalid rows among the valid ones, so `invalid` keeps its indexes across slices.
      fc.array(
        fc.constantFrom<unknown>(null, { id: 'x', events: [] }, { id: 'y', events: [{ stage: 'nope', at: ASOF }] }),
      ),
      (c, cuts, bad) => {
        const rows: unknown[] = [...c.opportunities];
        bad.forEach((b, k) => rows.splice((k * 7) % (rows.length + 1), 0, b));
        const whole = learnFunnelRates({ ...c, opportunities: rows });
        const { opportunities: _o, ...envelope } = c;
        const points = [...new Set([0, ...cuts.map((x) => x % (rows.length + 1)), rows.length])].sort((a, b) => a - b);
        const sliced = rateLearner(envelope);
        const encoded = rateLearner(envelope);
        const encode = historyEncoder(c.stages);
        for (let k = 0; k + 1 < points.length; k++) {
          const part = rows.slice(points[k], points[k + 1]);
          sliced.add(part, points[k]!);
          encoded.addEncoded(encode(part, points[k]!));
        }
        assert.deepEqual(sliced.result(), whole);
        assert.deepEqual(encoded.result(), whole);
        assert.equal(whole.invalid.length, bad.length);
      },
    ),
    runs(200),
  );
});
