// Scenario comparison in plain words: labels and units, keyed rows added and removed, lists of values.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pathWords, scenarioDiff, valueText } from '../../src/views/scenario-diff.js';
import { formatter } from '../../src/i18n/format.js';

const f = formatter('en', 'CNY');
const KINDS: Record<string, 'pct' | 'money' | 'int'> = {
  target: 'money',
  'conversion.0': 'pct',
  'conversion.1': 'pct',
  'stages.0.count': 'int',
};
const LABELS: Record<string, string> = {
  target: 'Target',
  'conversion.0': 'Conversion · Leads',
  'conversion.1': 'Conversion · Intent',
  stages: 'Stage',
  hires: 'Hires',
};
const opts = {
  label: (p: string) => LABELS[p],
  value: (p: string, v: unknown) => valueText(v, KINDS[p] ?? (p.startsWith('conversion.') ? 'pct' : undefined), f),
};
const A = {
  target: 1_000_000,
  stages: [
    { key: 'lead', count: 300 },
    { key: 'intent', count: 60 },
  ],
  conversion: [0.15, 0.3],
  hires: [1, 0, 2],
};

describe('scenarioDiff', () => {
  it('says each changed field with its label and unit', () => {
    const B = { ...A, target: 2_600_000, conversion: [0.25, 0.3] };
    const rows = scenarioDiff(A, B, opts).map((r) => `${r.label}: ${r.from} → ${r.to}`);
    assert.deepEqual(rows, ['Target: CN¥1,000,000 → CN¥2,600,000', 'Conversion · Leads: 15 % → 25 %']);
  });

  it('matches rows of keyed lists by key: an added stage is one row, the others compare with their own', () => {
    const B = {
      ...A,
      stages: [
        { key: 'lead', count: 300 },
        { key: 'demo', label: 'Demo', count: 20 },
        { key: 'intent', count: 70 },
      ],
      conversion: [0.15, 0.3, 0.4],
    };
    const rows = scenarioDiff(A, B, opts);
    assert.deepEqual(
      rows.map((r) => [r.change, r.label, r.from, r.to]),
      [
        ['added', 'Stage', '', 'Demo'],
        ['changed', 'Stage “intent” · count', '60', '70'],
        ['changed', 'conversion', '15 %, 30 %', '15 %, 30 %, 40 %'],
      ],
    );
    // With conversion aligned to the stages, the rates compare stage by stage: intent's rate moved to index 2.
    const aligned = scenarioDiff(
      A,
      { ...B, conversion: [0.15, 0.5, 0.35] },
      { ...opts, aligned: { conversion: 'stages' } },
    );
    assert.deepEqual(
      aligned.map((r) => [r.change, r.path, r.from, r.to]),
      [
        ['added', 'stages.1', '', 'Demo'],
        ['changed', 'stages.2.count', '60', '70'],
        ['changed', 'conversion.2', '30 %', '35 %'],
      ],
    );
    const back = scenarioDiff(B, A, opts);
    assert.deepEqual(back[0], { path: 'stages.1', change: 'removed', label: 'Stage', from: 'Demo', to: '' });
  });

  it('has no row for equal inputs, null and absent being the same', () => {
    assert.deepEqual(scenarioDiff(A, structuredClone(A), opts), []);
    assert.deepEqual(scenarioDiff({ ...A, max: null }, A, opts), []);
  });

  it('compares lists of values of the same length item by item', () => {
    const rows = scenarioDiff(A, { ...A, hires: [1, 3, 2] }, opts);
    assert.deepEqual(
      rows.map((r) => [r.path, r.from, r.to]),
      [['hires.1', '0', '3']],
    );
  });

  it('puts unlabelled paths in words', () => {
    assert.equal(pathWords('reps.1.maxNewHighIntent'), 'reps · 1 · max new high intent');
    assert.equal(valueText(null, 'pct', f), '—');
    assert.equal(valueText(0.125, 'pct', f), '12.5 %');
  });

  it("names keyed rows through the element's namer (the host's label for a code), its own label first", () => {
    const HOST: Record<string, string> = { intent: 'Qualified', demo: 'Product demo', calls: 'Phone calls' };
    const seen: string[] = [];
    const rowName = (list: string, row: Record<string, unknown>) => {
      seen.push(list);
      if (list !== 'stages' && list !== 'activities') return undefined;
      return typeof row.label === 'string' ? row.label : HOST[String(row.key)];
    };
    const B = {
      ...A,
      stages: [
        { key: 'lead', count: 300 },
        { key: 'demo', count: 20 },
        { key: 'intent', count: 70 },
      ],
    };
    assert.deepEqual(
      scenarioDiff(A, B, { ...opts, rowName }).map((r) => [r.change, r.label, r.from, r.to]),
      [
        ['added', 'Stage', '', 'Product demo'],
        ['changed', 'Stage “Qualified” · count', '60', '70'],
      ],
    );
    // Removed, in a team's funnel (the list is named by its field), and a row's own label wins.
    const team = (stages: unknown[]) => ({ reps: [{ id: 'li', name: 'Li', stages }] });
    const back = scenarioDiff(team([{ key: 'demo', label: 'Demo day' }, { key: 'lead' }]), team([{ key: 'lead' }]), {
      ...opts,
      rowName,
    });
    assert.deepEqual(
      back.map((r) => [r.change, r.path, r.from]),
      [['removed', 'reps.0.stages.0', 'Demo day']],
    );
    assert.ok(seen.includes('stages') && seen.includes('reps'));
    // A namer with no word for a row (another list, or no label given) leaves its label or key.
    const other = scenarioDiff({ hires: [{ id: 1 }] }, { hires: [{ id: 1 }, { id: 2 }] }, { ...opts, rowName });
    assert.deepEqual(other[0]!.to, '2');
    const bare = scenarioDiff(A, { ...A, stages: [...A.stages, { key: 'won' }] }, { ...opts, rowName });
    assert.deepEqual(bare[0]!.to, 'won');
  });
});
