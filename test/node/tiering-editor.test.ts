// The tiering model editor's pure operations (src/views/tiering-editor.ts): every edit, undo/redo,
// the JSON round trip, and where a validation issue is shown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyEdit,
  cellId,
  edit,
  editable,
  editorCells,
  freshKey,
  issuesByCell,
  moveItem,
  record,
  redo,
  startHistory,
  undo,
  UNDO_LIMIT,
  type EditModel,
} from '../../src/views/tiering-editor.js';
import { compileModel, tierLead } from '../../src/models/tiering.js';
import { readCardData } from '../../src/views/tiering-card-data.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { issuesOf } from './helpers.js';
import { SEED_LEAD } from '../fixtures/seeds.js';

const lead = (): EditModel => editable(structuredClone(LEAD_PRESET));

describe('editor: factors', () => {
  it('adds a factor of each kind with a fresh key, weight 0: every score unchanged', () => {
    let m = applyEdit(lead(), { op: 'add-factor', kind: 'options' });
    m = applyEdit(m, { op: 'add-factor', kind: 'bands' });
    m = applyEdit(m, { op: 'add-factor', kind: 'multi' });
    assert.deepEqual(m.factors.slice(7), [
      { key: 'factor-1', kind: 'options', weight: 0, options: [{ value: 'option-1', score: 0 }] },
      { key: 'factor-2', kind: 'bands', weight: 0, bands: [{ min: 0, score: 0 }] },
      { key: 'factor-3', kind: 'multi', weight: 0, options: [{ value: 'option-1', score: 0 }] },
    ]);
    assert.equal(tierLead({ model: m, values: SEED_LEAD }).score, 68.5);
  });

  it('renames, relabels, reweights; an emptied label or class is dropped, not left as ""', () => {
    let m = applyEdit(lead(), { op: 'set-factor', factor: 0, field: 'key', value: 'source' });
    m = applyEdit(m, { op: 'set-factor', factor: 0, field: 'class', value: 'fit' });
    m = applyEdit(m, { op: 'set-factor', factor: 0, field: 'weight', value: 0.3 });
    assert.equal(m.factors[0]!.key, 'source');
    assert.equal(m.factors[0]!.class, 'fit');
    assert.equal(m.factors[0]!.weight, 0.3);
    m = applyEdit(m, { op: 'set-factor', factor: 0, field: 'label', value: '' });
    m = applyEdit(m, { op: 'set-factor', factor: 0, field: 'class', value: '' });
    assert.equal('label' in m.factors[0]!, false);
    assert.equal('class' in m.factors[0]!, false);
  });

  it('sets and clears a half-life; sets a cap and a reference', () => {
    let m = applyEdit(lead(), { op: 'set-factor', factor: 6, field: 'halfLifeDays', value: 30 });
    assert.deepEqual(m.factors[6]!.decay, { halfLifeDays: 30 });
    m = applyEdit(m, { op: 'set-factor', factor: 6, field: 'halfLifeDays', value: null });
    assert.equal('decay' in m.factors[6]!, false);
    m = applyEdit(m, { op: 'set-factor', factor: 6, field: 'cap', value: 50 });
    m = applyEdit(m, { op: 'set-factor', factor: 2, field: 'reference', value: 1e8 });
    assert.equal(m.factors[6]!.cap, 50);
    assert.equal(m.factors[2]!.reference, 1e8);
  });

  it('removes and reorders factors (the score stays: it does not depend on order)', () => {
    let m = applyEdit(lead(), { op: 'move-factor', factor: 0, to: 6 });
    assert.deepEqual(
      m.factors.map((f) => f.key),
      ['form', 'annualRevenue', 'contactRole', 'demandClarity', 'demandMatch', 'interest', 'channel'],
    );
    assert.equal(tierLead({ model: m, values: SEED_LEAD }).score, 68.5);
    m = applyEdit(m, { op: 'remove-factor', factor: 6 });
    assert.equal(m.factors.length, 6);
    // without channel (8 points of weight 0.1): 60.5 / 0.9
    assert.equal(tierLead({ model: m, values: SEED_LEAD }).score.toFixed(6), (60.5 / 0.9).toFixed(6));
  });

  it('changes kind: options ↔ multi keep the options, bands start from one band at 0', () => {
    let m = applyEdit(lead(), { op: 'set-kind', factor: 0, kind: 'multi' });
    assert.equal(m.factors[0]!.kind, 'multi');
    assert.equal(m.factors[0]!.options!.length, 9);
    m = applyEdit(m, { op: 'set-kind', factor: 0, kind: 'bands' });
    assert.deepEqual(m.factors[0], {
      key: 'channel',
      label: '渠道',
      kind: 'bands',
      weight: 0.1,
      bands: [{ min: 0, score: 0 }],
    });
    m = applyEdit(m, { op: 'set-kind', factor: 2, kind: 'options' });
    assert.deepEqual(m.factors[2]!.options, [{ value: 'option-1', score: 0 }]);
    assert.equal('bands' in m.factors[2]!, false);
  });
});

describe('editor: options and bands', () => {
  it('adds, rescores, renames, reorders and removes options', () => {
    let m = applyEdit(lead(), { op: 'add-option', factor: 1 });
    assert.deepEqual(m.factors[1]!.options!.at(-1), { value: 'option-1', score: 0 });
    m = applyEdit(m, { op: 'set-option', factor: 1, option: 6, field: 'value', value: 'chat' });
    m = applyEdit(m, { op: 'set-option', factor: 1, option: 6, field: 'score', value: 70 });
    m = applyEdit(m, { op: 'set-option', factor: 1, option: 6, field: 'label', value: '在线咨询' });
    m = applyEdit(m, { op: 'move-option', factor: 1, option: 6, to: 0 });
    assert.deepEqual(m.factors[1]!.options![0], { value: 'chat', score: 70, label: '在线咨询' });
    // chat (70) instead of register-and-call (80): 68.5 − 0.1 × 10
    assert.equal(tierLead({ model: m, values: { ...SEED_LEAD, form: 'chat' } }).score, 67.5);
    m = applyEdit(m, { op: 'remove-option', factor: 1, option: 0 });
    assert.equal(
      m.factors[1]!.options!.some((o) => o.value === 'chat'),
      false,
    );
  });

  it('adds a band above the last (same score), edits and removes bands', () => {
    let m = applyEdit(lead(), { op: 'add-band', factor: 2 });
    assert.deepEqual(m.factors[2]!.bands!.at(-1), { min: 1e9 + 1, score: 90 });
    m = applyEdit(m, { op: 'set-band', factor: 2, band: 5, field: 'min', value: 5e9 });
    m = applyEdit(m, { op: 'set-band', factor: 2, band: 5, field: 'score', value: 100 });
    assert.equal(tierLead({ model: m, values: { ...SEED_LEAD, annualRevenue: 6e9 } }).score, 70);
    m = applyEdit(m, { op: 'remove-band', factor: 2, band: 5 });
    assert.equal(m.factors[2]!.bands!.length, 5);
  });

  it('an index that names nothing changes nothing', () => {
    const m = lead();
    assert.deepEqual(applyEdit(m, { op: 'set-option', factor: 1, option: 99, field: 'score', value: 1 }), m);
    assert.deepEqual(applyEdit(m, { op: 'set-band', factor: 0, band: 0, field: 'min', value: 1 }), m);
    assert.deepEqual(applyEdit(m, { op: 'remove-tier', tier: 9 }), m);
  });
});

describe('editor: tiers and focus', () => {
  it('adds a tier, renames it (focus follows), sets its threshold, label and strategy', () => {
    let m = applyEdit(lead(), { op: 'add-tier' });
    assert.deepEqual(m.tiers.at(-1), { key: 'tier-1', minScore: 0 });
    m = applyEdit(m, { op: 'set-tier', tier: 4, field: 'minScore', value: 90 });
    m = applyEdit(m, { op: 'set-focus', tier: 4, on: true });
    m = applyEdit(m, { op: 'set-tier', tier: 4, field: 'key', value: 'S' });
    m = applyEdit(m, { op: 'set-tier', tier: 4, field: 'strategy', value: 'Call within the hour' });
    assert.deepEqual(m.focusTiers, ['A', 'B', 'S']);
    assert.deepEqual(m.tiers[4], { key: 'S', minScore: 90, strategy: 'Call within the hour' });
    const r = tierLead({ model: m, values: { ...SEED_LEAD, contactRole: 'decision-maker', demandClarity: 'clear' } });
    // 68.5 + 0.2 × 40 + 0.15 × 70 = 87 → A (S needs 90)
    assert.equal(r.score, 87);
    assert.equal(r.tier, 'A');
  });

  it('removing a tier drops it from focus; unticking drops focus', () => {
    let m = applyEdit(lead(), { op: 'remove-tier', tier: 0 });
    assert.deepEqual(m.focusTiers, ['B']);
    m = applyEdit(m, { op: 'set-focus', tier: 0, on: false });
    assert.deepEqual(m.focusTiers, []);
    assert.deepEqual(applyEdit(m, { op: 'set-focus', tier: 1, on: false }), m);
  });

  it('moves tiers; sets and clears the focus share target', () => {
    let m = applyEdit(lead(), { op: 'move-tier', tier: 3, to: 0 });
    assert.deepEqual(
      m.tiers.map((t) => t.key),
      ['D', 'A', 'B', 'C'],
    );
    m = applyEdit(m, { op: 'set-share', field: 'targetFocusShare', value: 0.4 });
    assert.equal(m.targetFocusShare, 0.4);
    m = applyEdit(m, { op: 'set-share', field: 'targetFocusShare', value: null });
    assert.equal('targetFocusShare' in m, false);
  });
});

describe('editor: undo and redo', () => {
  it('undoes and redoes each step; a new edit drops the redo list', () => {
    let h = startHistory(lead());
    h = edit(h, { op: 'set-factor', factor: 0, field: 'weight', value: 0.2 });
    h = edit(h, { op: 'add-tier' });
    assert.equal(h.past.length, 2);
    h = undo(h);
    assert.equal(h.present.tiers.length, 4);
    assert.equal(h.present.factors[0]!.weight, 0.2);
    h = undo(h);
    assert.deepEqual(h.present, lead());
    assert.equal(undo(h), h, 'nothing to undo: the same history');
    h = redo(h);
    assert.equal(h.present.factors[0]!.weight, 0.2);
    h = edit(h, { op: 'remove-factor', factor: 6 });
    assert.deepEqual(h.future, []);
    assert.equal(redo(h), h);
  });

  it('an edit that changes nothing is no step; undo keeps the last UNDO_LIMIT steps', () => {
    let h = startHistory(lead());
    assert.equal(edit(h, { op: 'set-factor', factor: 0, field: 'weight', value: 0.1 }), h);
    for (let i = 0; i < UNDO_LIMIT + 5; i++) h = record(h, { ...h.present, targetFocusShare: i / 1000 });
    assert.equal(h.past.length, UNDO_LIMIT);
  });
});

describe('editor: the JSON round trip', () => {
  it('an edited model exported and imported is the same JSON, and the elements accept it', () => {
    let m = lead();
    m = applyEdit(m, { op: 'add-factor', kind: 'bands' });
    m = applyEdit(m, { op: 'set-factor', factor: 7, field: 'weight', value: 0.1 });
    m = applyEdit(m, { op: 'set-factor', factor: 7, field: 'class', value: 'engagement' });
    m = applyEdit(m, { op: 'set-tier', tier: 0, field: 'label', value: '' });
    const text = JSON.stringify(m, null, 2);
    assert.deepEqual(JSON.parse(text), m);
    assert.equal(JSON.stringify(JSON.parse(text), null, 2), text);
    assert.doesNotThrow(() => compileModel(JSON.parse(text)));
    assert.equal('label' in m.tiers[0]!, false);
  });

  it('editable() reads a broken model with empty lists, keeping its other fields', () => {
    assert.deepEqual(editable({ factors: 3, targetFocusShare: 0.2 }), {
      factors: [],
      tiers: [],
      focusTiers: [],
      targetFocusShare: 0.2,
    });
    assert.deepEqual(editable(null), { factors: [], tiers: [], focusTiers: [] });
  });
});

describe('editor: helpers and where issues go', () => {
  it('freshKey and moveItem', () => {
    assert.equal(freshKey('factor', ['factor-1', 'factor-3']), 'factor-2');
    assert.deepEqual(moveItem([1, 2, 3], 2, 0), [3, 1, 2]);
    assert.deepEqual(moveItem([1, 2, 3], 0, 9), [2, 3, 1]);
    assert.deepEqual(moveItem([1, 2, 3], 0, -1), [1, 2, 3]);
  });

  it('each issue of an invalid edit goes to its cell, or the nearest enclosing one', () => {
    let m = lead();
    m = applyEdit(m, { op: 'set-option', factor: 1, option: 2, field: 'score', value: 120 });
    m = applyEdit(m, { op: 'set-band', factor: 2, band: 1, field: 'min', value: -5 });
    m = applyEdit(m, { op: 'set-factor', factor: 3, field: 'key', value: 'channel' });
    m = applyEdit(m, { op: 'set-factor', factor: 6, field: 'halfLifeDays', value: 0 });
    const issues = issuesOf(() => compileModel(m));
    const byCell = issuesByCell(issues, editorCells(m));
    assert.deepEqual([...byCell.keys()].sort(), [
      'factors.1.options.2.score',
      'factors.2.bands.1.min',
      'factors.3.key',
      'factors.6.decay.halfLifeDays',
    ]);
    assert.equal(byCell.get('factors.2.bands.1.min')![0]!.code, 'bands_order');
  });

  it('a path with no cell walks up; weights all 0 go to the factor list; cell ids have no dots', () => {
    const m = { ...lead(), factors: lead().factors.map((f) => ({ ...f, weight: 0 })) };
    const byCell = issuesByCell(
      issuesOf(() => compileModel(m)),
      editorCells(m),
    );
    assert.deepEqual([...byCell.keys()], ['factors']);
    const far = issuesByCell([{ path: 'model.factors.0.options.0.extra.deep', message: 'x' }], editorCells(m));
    assert.deepEqual([...far.keys()], ['factors.0.options.0']);
    assert.deepEqual([...issuesByCell([{ path: 'model', message: 'x' }], []).keys()], ['']);
    assert.equal(cellId('factors.1.options.2.score'), 'ed-factors-1-options-2-score');
    assert.equal(cellId(''), 'ed-model');
  });
});

describe('a tiering card reads its data (readCardData)', () => {
  it('values, fields, asOf, name and the record key', () => {
    assert.deepEqual(
      readCardData({
        id: 7,
        name: 'Acme',
        values: { channel: 'seo' },
        fields: { region: 'north' },
        asOf: '2026-01-01',
      }),
      { values: { channel: 'seo' }, fields: { region: 'north' }, asOf: '2026-01-01', name: 'Acme', key: 'id:7' },
    );
  });
  it('flat values without an id: keyed by the values; the id names it when there is no name', () => {
    assert.deepEqual(readCardData({ channel: 'seo' }), {
      values: { channel: 'seo' },
      fields: {},
      key: 'values:{"channel":"seo"}',
    });
    assert.equal(readCardData({ id: 'L1', values: {} }).name, 'L1');
    assert.deepEqual(readCardData(undefined), { values: {}, fields: {}, key: 'values:{}' });
  });
  it('bad data names its path', () => {
    assert.equal(issuesOf(() => readCardData([1]))[0]!.path, 'data');
    assert.equal(issuesOf(() => readCardData({ values: 3 }))[0]!.path, 'data.values');
  });
});
