// Field messages in the units typed, built from the issue codes of real model runs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fieldMessage, boundText } from '../../src/parse/number-messages.js';
import { planCsCapacity } from '../../src/models/cs-capacity.js';
import { forecastFunnel } from '../../src/models/funnel.js';
import { ModelInputError, type Issue } from '../../src/schemas/issues.js';
import { COMMON as EN } from '../../src/i18n/common/en.js';
import { COMMON as ZH } from '../../src/i18n/common/zh-CN.js';
import { CS_EXAMPLE, FUNNEL_EXAMPLE } from '../fixtures/seeds.js';

const issuesOf = (run: () => unknown): Issue[] => {
  try {
    run();
  } catch (e) {
    if (e instanceof ModelInputError) return e.issues;
    throw e;
  }
  assert.fail('expected a ModelInputError');
};
const en = (x: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 6 }).format(x);

describe('fieldMessage', () => {
  it('says a percentage bound in %, without the fraction typed', () => {
    // 150 % of hours on deep service: the model says "must be ≤ 1 (got 1.5)".
    const [i] = issuesOf(() => planCsCapacity({ ...CS_EXAMPLE, deepHoursShare: 1.5 }));
    assert.equal(i!.path, 'deepHoursShare');
    assert.match(i!.message, /≤ 1\b/);
    assert.equal(fieldMessage(i!, 'pct', EN.units, en), 'must be ≤ 100 %');
    assert.equal(fieldMessage(i!, 'pct', ZH.units, en), '必须 ≤ 100 %');
    // −5 % of the funnel's conversion.
    const [j] = issuesOf(() => forecastFunnel({ ...FUNNEL_EXAMPLE, conversion: [0.2, -0.05, 0.4, 0.5] }));
    assert.equal(j!.path, 'conversion.1');
    assert.equal(fieldMessage(j!, 'pct', EN.units, en), 'must be > 0 %');
  });

  it('keeps plain bounds plain and names text and fractions of people', () => {
    const [i] = issuesOf(() => planCsCapacity({ ...CS_EXAMPLE, customers: -3 }));
    assert.equal(fieldMessage(i!, 'int', EN.units, en), 'must be ≥ 0');
    const [t] = issuesOf(() => planCsCapacity({ ...CS_EXAMPLE, customers: '260万 people' }));
    assert.equal(fieldMessage(t!, 'int', EN.units, en), EN.units.notNumber);
    assert.equal(fieldMessage(t!, 'text', EN.units, en), undefined);
    assert.equal(
      fieldMessage(
        { code: 'type', params: { expected: ['int'], got: { kind: 'number', shown: '600.5' } } },
        'int',
        EN.units,
        en,
      ),
      'must be a whole number',
    );
    assert.equal(
      fieldMessage({ code: 'one_of', params: { values: [], got: { kind: 'text' } } }, 'num', EN.units, en),
      undefined,
    );
  });

  it('writes bounds in the field units', () => {
    assert.equal(boundText(0.155, 'pct', en), '15.5 %');
    assert.equal(boundText(1_000_000, 'money', en), '1,000,000');
  });
});
