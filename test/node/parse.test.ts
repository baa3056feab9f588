import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseHistory } from '../../src/parse/history.js';
import { importTable, readTextTable } from '../../src/import/index.js';
import { toCsv } from '../../src/parse/csv.js';
import { compileModel, tierLead } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { deepFreeze } from '../../src/models/freeze.js';
import { SEED_LEAD } from '../fixtures/seeds.js';

// A history as the tiering cards read it now: through the import pipeline (kind `history`).
const history = (text: string) => importTable(readTextTable(text), 'history', { factors: LEAD_PRESET.factors });

describe('history CSV as CRMs export it (the import pipeline, kind history)', () => {
  it('reads factor columns by kind, multi cells split on | or ;, numbers with separators', () => {
    const r = history(
      'id,channel,annualRevenue,interest,converted,amount\nA,seo,"1,200,000",pricing-page|trial-signup,yes,"¥80,000"\nB,referral,,,no,',
    );
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.rows, [
      {
        id: 'A',
        values: { channel: 'seo', annualRevenue: 1200000, interest: ['pricing-page', 'trial-signup'] },
        converted: true,
        amount: 80000,
      },
      { id: 'B', values: { channel: 'referral' }, converted: false },
    ]);
  });

  it('recognises the usual names of the converted, id and amount columns, in any case', () => {
    assert.deepEqual(history('Lead ID,channel,Converted,金额\nX,seo,TRUE,10').rows, [
      { id: 'X', values: { channel: 'seo' }, converted: true, amount: 10 },
    ]);
    assert.deepEqual(history('编号,channel,是否转化\nY,sem,是').rows, [
      { id: 'Y', values: { channel: 'sem' }, converted: true },
    ]);
  });

  it('a CSV without a converted column is refused, naming it; an unreadable converted value skips its row', () => {
    const none = history('id,channel\n1,seo');
    assert.deepEqual(none.issues[0]!.fields, ['converted']);
    const r = history('id,annualRevenue,converted\n1,lots,maybe');
    assert.deepEqual(r.rows, []);
    assert.deepEqual(
      r.skipped.map((s) => s.code),
      ['converted-unknown'],
    );
  });

  it('host rows: flat CRM rows wrapped as { values }, history rows kept', () => {
    assert.deepEqual(normaliseHistory([{ id: 1, channel: 'seo', converted: true, amount: 5 }]), [
      { id: 1, values: { channel: 'seo' }, converted: true, amount: 5 },
    ]);
    const kept = { values: { channel: 'sem' }, converted: false };
    assert.equal(normaliseHistory([kept])[0], kept);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas, but not plain numbers', () => {
    const text = toCsv(
      ['name', 'n', 'note'],
      [
        ['=HYPERLINK("http://x","y")', -12.5, 'a,b'],
        ["-2+3+cmd|' /C calc'!A0", 3, 'line\nbreak'],
        ['-42', null, '@SUM(A1)'],
        ['+1e3', undefined, 'say "hi"'],
      ],
    );
    assert.equal(
      text,
      [
        'name,n,note',
        `"'=HYPERLINK(""http://x"",""y"")",-12.5,"a,b"`,
        `'-2+3+cmd|' /C calc'!A0,3,"line\nbreak"`,
        `-42,,'@SUM(A1)`,
        `+1e3,,"say ""hi"""`,
      ].join('\n'),
    );
  });
});

describe('model caching is safe', () => {
  it('a model object changed between calls gives the new result (only deep-frozen models are cached)', () => {
    const m = structuredClone(LEAD_PRESET) as typeof LEAD_PRESET & { factors: { weight: number }[] };
    assert.equal(tierLead({ model: m, values: SEED_LEAD }).score, 68.5);
    m.factors[3]!.weight = 0.6; // contactRole
    assert.ok(Math.abs(tierLead({ model: m, values: SEED_LEAD }).score - (68.5 - 12 + 36) / 1.4) < 1e-9);
    m.factors[3]!.weight = -1;
    assert.throws(() => tierLead({ model: m, values: SEED_LEAD }), /weight/);
  });

  it('the presets are deep-frozen, so the library defaults cannot be changed by a caller', () => {
    assert.ok(Object.isFrozen(LEAD_PRESET));
    assert.ok(Object.isFrozen(LEAD_PRESET.factors[0]));
    assert.throws(() => {
      (LEAD_PRESET.factors[0] as { weight: number }).weight = 1;
    }, TypeError);
    const frozen = deepFreeze(structuredClone(LEAD_PRESET));
    assert.equal(compileModel(frozen), compileModel(frozen)); // cached by identity
  });
});
