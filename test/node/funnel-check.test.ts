// The funnel element runs the model without zod on input its hand check vouches for
// (src/models/funnel-check.ts). The check must accept only what the schema accepts as it is:
// on random input, near-valid and not, its result is forecastFunnel's or it declines (undefined).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { forecastFunnel } from '../../src/models/funnel.js';
import { forecastChecked } from '../../src/models/funnel-check.js';
import { isModelInputError } from '../../src/schemas/issues.js';

type Obj = Record<string, unknown>;
const DEMO = JSON.parse(readFileSync(new URL('../../demo/data/funnel-forecast.json', import.meta.url), 'utf8')) as Obj;

/** What forecastFunnel gives: its result, or its issues. */
const model = (input: unknown) => {
  try {
    return { result: forecastFunnel(input) };
  } catch (e) {
    if (!isModelInputError(e)) throw e;
    return { issues: e.issues.map((i) => [i.path, i.message]) };
  }
};
const checked = (input: unknown) => {
  try {
    const r = forecastChecked(input);
    return r === undefined ? undefined : { result: r };
  } catch (e) {
    if (!isModelInputError(e)) throw e;
    return { issues: e.issues.map((i) => [i.path, i.message]) };
  }
};

// Values near each field's edges, valid or not.
const value = fc.oneof(
  fc.constantFrom(0, -0, 1, 0.5, 1.5, -1, 1e308, -1e308, 1e-300, Infinity, NaN, null, undefined, '', 'x', 'lead'),
  fc.constantFrom(true, [], {}, [0.5], 2, 3, 40, 'highIntent', 'intent', 'negotiation'),
  fc.double({ min: -10, max: 1e6, noNaN: true }),
);
const stage = fc.record(
  {
    key: fc.oneof(fc.constantFrom('lead', 'intent', 'highIntent', 'negotiation', ''), value),
    label: value,
    count: value,
  },
  { requiredKeys: [] },
);
const activity = fc.record(
  {
    key: fc.oneof(fc.constantFrom('calls', 'visits', 'calls'), value),
    label: value,
    stage: fc.oneof(fc.constantFrom('lead', 'intent', 'highIntent', 'negotiation'), value),
    yieldPerUnit: value,
    capacity: value,
  },
  { requiredKeys: [] },
);
const funnel = fc.record(
  {
    target: value,
    achieved: value,
    acv: value,
    stages: fc.oneof(fc.array(stage, { maxLength: 5 }), value),
    conversion: fc.oneof(
      fc.array(fc.oneof(fc.double({ min: 0, max: 1.2, noNaN: true }), value), { maxLength: 5 }),
      value,
    ),
    highIntentStage: fc.oneof(fc.constantFrom('lead', 'intent', 'highIntent', 'negotiation'), value),
    activities: fc.oneof(fc.array(activity, { maxLength: 3 }), value),
    maxNewHighIntent: value,
    extra: value,
  },
  { requiredKeys: [] },
);
/** The demo funnel with one field replaced (or removed). */
const mutated = fc
  .tuple(
    fc.constantFrom(...Object.keys(DEMO), 'stages.1.count', 'conversion.2', 'activities.0.stage', 'stages.0.key'),
    value,
  )
  .map(([path, v]) => {
    const f = structuredClone(DEMO);
    const parts = path.split('.');
    let o = f;
    for (const p of parts.slice(0, -1)) o = o[p] as Obj;
    if (v === undefined) delete o[parts.at(-1)!];
    else o[parts.at(-1)!] = v;
    return f;
  });

const agrees = (input: unknown) => {
  const fast = checked(input);
  if (fast !== undefined) assert.deepEqual(fast, model(input));
};

describe('the funnel hand check', () => {
  it('vouches for the demo funnel and a team of valid reps, with the model’s result', () => {
    assert.deepEqual(checked(DEMO), model(DEMO));
    assert.ok(checked(DEMO)?.result);
    const team = {
      reps: [
        { ...DEMO, id: 'r1', name: 'Li' },
        { ...DEMO, id: 2, name: 'Wang', target: 10 },
      ],
    };
    assert.ok(checked(team)?.result);
    assert.deepEqual(checked(team), model(team));
  });

  it('declines input the schema refuses (so the validating model words it)', () => {
    assert.equal(forecastChecked({ ...DEMO, conversion: [0.15, 1.5, 0.45, 0.55] }), undefined);
    assert.equal(forecastChecked({ ...DEMO, highIntentStage: 'closing' }), undefined);
    assert.equal(forecastChecked({ reps: [{ ...DEMO, id: 'r1' }] }), undefined, 'a rep without a name');
  });

  it('agrees with forecastFunnel on random funnels', () => {
    fc.assert(fc.property(funnel, agrees), { numRuns: 3000 });
  });

  it('agrees with forecastFunnel on the demo funnel with one field changed', () => {
    fc.assert(fc.property(mutated, agrees), { numRuns: 3000 });
  });

  it('agrees with forecastFunnel on random teams', () => {
    const rep = fc.tuple(mutated, fc.oneof(fc.constantFrom('r1', 7, ''), value), fc.oneof(fc.constant('Li'), value));
    fc.assert(
      fc.property(fc.array(rep, { maxLength: 3 }), (reps) =>
        agrees({ reps: reps.map(([f, id, name]) => ({ ...f, id, name })) }),
      ),
      { numRuns: 1500 },
    );
  });
});
