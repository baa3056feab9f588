import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { learnFunnelRates } from '../../src/models/funnel-history.js';
import { fillFromHistory, historyMarks, historyRates, latestEventDay } from '../../src/history/fill.js';
import { FUNNEL_HISTORY_EXAMPLE } from '../fixtures/funnel-history.js';
import { stageHistoryFromTable } from '../../src/history/stage-table.js';
import { readTextTable } from '../../src/import/index.js';

const keys = FUNNEL_HISTORY_EXAMPLE.stages;
const learned = learnFunnelRates(structuredClone(FUNNEL_HISTORY_EXAMPLE));

describe('funnel-forecast from history (docs/models.md §3c, reading funnel-forecast)', () => {
  it('fills every stage with a usable rate, with its records and warning', () => {
    const f = fillFromHistory(keys, [0.2, 0.3, 0.4, 0.5], learned);
    assert.deepEqual(f.conversion, [0.8, 0.6, 1, 0.5]);
    assert.deepEqual(f.filled, keys);
    assert.deepEqual(f.kept, []);
    assert.deepEqual(historyRates(learned).highIntent, { rate: 1, records: 2, warning: true });
  });
  it('keeps the typed rate where history has no records or a rate of 0, and says why', () => {
    // March alone: lead 0 / 1 (H lost), intent no records, highIntent no records (D open), negotiation 0 / 1.
    const march = learnFunnelRates({ ...structuredClone(FUNNEL_HISTORY_EXAMPLE), windowMonths: 1 });
    const f = fillFromHistory(keys, [0.2, 0.3, 0.4, 0.5], march);
    assert.deepEqual(f.conversion, [0.2, 0.3, 0.4, 0.5]);
    assert.deepEqual(f.kept, [
      { key: 'lead', reason: 'zero' },
      { key: 'intent', reason: 'no-records' },
      { key: 'highIntent', reason: 'no-records' },
      { key: 'negotiation', reason: 'zero' },
    ]);
  });
  it('a stage the history does not know keeps its rate', () => {
    const f = fillFromHistory(['lead', 'demo'], [0.5, 0.5], learned);
    assert.deepEqual(f.conversion, [0.8, 0.5]);
    assert.deepEqual(f.kept, [{ key: 'demo', reason: 'no-records' }]);
  });
  it('marks: from history while equal, edited after a change, none where not filled', () => {
    const filled = new Set(['lead', 'intent', 'highIntent']);
    const m = historyMarks(keys, [0.8, 0.65, 1 + 1e-12, 0.5], learned, filled);
    assert.deepEqual(
      m.map((x) => x && [x.state, x.rate.records]),
      [['history', 5], ['edited', 5], ['history', 2], null],
    );
  });
  it('the latest event day is the default asOf', () => {
    assert.equal(latestEventDay(FUNNEL_HISTORY_EXAMPLE.opportunities), '2026-04-02');
    assert.equal(
      latestEventDay([{ events: [{ at: '2026-01-01T02:00:00+08:00' }] }, null, { events: 'x' }]),
      '2025-12-31',
    );
    assert.equal(latestEventDay([]), undefined);
  });
});

describe('a stage-change log from a CRM export', () => {
  const stages = [{ key: 'lead' }, { key: 'intent', label: '意向客户' }, { key: 'highIntent' }];
  it('reads id, stage and date columns into stage histories, won and lost by name', () => {
    const table = readTextTable(
      [
        '商机编号,阶段,变更时间',
        'A,lead,2026-01-05',
        'A,意向客户,2026/01/15',
        'B,Lead,2026-01-10 09:30:00',
        'A,赢单,2026-02-01',
        'B,Closed Lost,2026-02-05',
        'C,Qualify,2026-02-06',
        'C,lead,someday',
        ',lead,2026-02-07',
      ].join('\n'),
    );
    const r = stageHistoryFromTable(table, stages);
    assert.deepEqual(r.missing, []);
    assert.deepEqual(r.opportunities, [
      {
        id: 'A',
        events: [
          { stage: 'lead', at: '2026-01-05' },
          { stage: 'intent', at: '2026-01-15' },
          { stage: 'won', at: '2026-02-01' },
        ],
      },
      {
        id: 'B',
        events: [
          { stage: 'lead', at: '2026-01-10T09:30:00' },
          { stage: 'lost', at: '2026-02-05' },
        ],
      },
    ]);
    assert.deepEqual(
      r.skipped.map((s) => [s.line, s.reason, s.text]),
      [
        [7, 'stage', 'Qualify'],
        [8, 'date', 'someday'],
        [9, 'blank', undefined],
      ],
    );
    const learned = learnFunnelRates({
      stages: ['lead', 'intent', 'highIntent'],
      asOf: '2026-03-31',
      opportunities: r.opportunities,
    });
    assert.deepEqual(learned.conversion, [0.5, 1, 1]);
  });
  it('names the columns a file lacks', () => {
    const r = stageHistoryFromTable(readTextTable('Opportunity ID,Amount\nA,3'), stages);
    assert.deepEqual(r.missing, ['stage', 'at']);
    assert.deepEqual(r.opportunities, []);
  });
});
