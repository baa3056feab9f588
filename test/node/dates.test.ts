// One date style for the suite (issue 12): every element writes a day through src/i18n/dates.ts (this.fmt.date).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatMonth, formatMonthName } from '../../src/i18n/dates.js';
import { formatter } from '../../src/i18n/format.js';
import { formatDay as riskDay, formatMonth as riskMonth } from '../../src/i18n/risk.js';
import { formatDay as leadFlowDay } from '../../src/i18n/lead-flow.js';
import { dayNumber } from '../../src/models/math.js';

describe('one date style', () => {
  it('a day in the locale’s medium style, the UTC calendar day the models read', () => {
    assert.equal(formatDate('2026-03-31', 'en'), 'Mar 31, 2026');
    assert.equal(formatDate('2026-03-31', 'zh-CN'), '2026年3月31日');
    // MODELS.md: 2026-03-05T01:00:00+08:00 is 4 March (UTC).
    assert.equal(formatDate('2026-03-05T01:00:00+08:00', 'en'), 'Mar 4, 2026');
    assert.equal(formatDate(dayNumber('2026-01-02'), 'en'), 'Jan 2, 2026');
  });

  it('no date is a dash; text that is no date stays as typed', () => {
    assert.equal(formatDate(null, 'en'), '—');
    assert.equal(formatDate('', 'zh-CN'), '—');
    assert.equal(formatDate(NaN, 'en'), '—');
    assert.equal(formatDate('next week', 'en'), 'next week');
  });

  it('months', () => {
    assert.equal(formatMonth('2026-03', 'en'), 'Mar 2026');
    assert.equal(formatMonth('2026-03', 'zh-CN'), '2026年3月');
    assert.equal(formatMonth('2026-13', 'en'), '2026-13');
    assert.equal(formatMonthName(12, 'en'), 'Dec');
    assert.equal(formatMonthName(12, 'zh-CN'), '12月');
  });

  it('every way in gives the same text: the formatter, the risk panels’ and the lead monitor’s helpers', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const iso = '2026-07-09';
      const want = formatDate(iso, locale);
      assert.equal(formatter(locale).date(iso), want);
      assert.equal(riskDay(iso, locale), want);
      assert.equal(leadFlowDay(locale, dayNumber(iso)), want);
      assert.equal(formatter(locale).month('2026-07'), riskMonth('2026-07', locale));
      assert.equal(formatter(locale).monthName(7), formatMonthName(7, locale));
    }
  });
});
