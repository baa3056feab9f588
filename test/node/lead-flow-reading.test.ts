// The leads read ahead of the analysis (src/models/lead-flow-reading.ts): read slice by slice as a file's leads are
// mapped, the analysis after the last slice gives exactly what it gives reading them itself, and reads no lead;
// counted ahead too (`countLeadFlowAhead`), it counts none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeLeadFlow, countLeadFlowAhead, LeadReading, readLead } from '../../src/models/lead-flow.js';
import { emptyLeadRow } from '../../src/models/lead-flow-reading.js';
import { analyzeLeadOwners } from '../../src/models/lead-owners.js';
import { fixture } from './helpers.js';
import { countedIds, LAPSED_CRM, REACTIVATION_LEADS, TRANSFER_LEADS } from '../fixtures/lead-flow-extras.js';
import type { LeadFlowInput } from '../../src/schemas/lead-flow.js';

const FIXTURE = fixture<LeadFlowInput>('lead-flow.json');
const FIXTURE_LEADS = FIXTURE.leads as Record<string, unknown>[];

/** `leads` read in slices ending at `cuts` (sorted, any values), as a file's leads are read while mapped. */
function readInSlices(leads: unknown[], cuts: number[]): LeadReading {
  const grown: unknown[] = [];
  const reading = new LeadReading(grown);
  let at = 0;
  for (const cut of [...cuts.map((c) => Math.min(c, leads.length)), leads.length]) {
    while (at < cut) grown.push(leads[at++]);
    reading.read();
  }
  return reading;
}

const DAY = fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString());
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined | null> =>
  fc.oneof(fc.constant(undefined), fc.constant(null), a);
/** Leads of every shape the analysis reads, some of them bad (zod names them). */
const lead = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.string({ minLength: 1, maxLength: 3 }), fc.integer(), fc.constant('')),
      source: fc.constantFrom('sem', 'seo', 'web', ''),
      businessLine: fc.constantFrom('A', 'B', 'SaaS'),
      pool: fc.constantFrom('private', 'line', 'company', 'blacklist', 'nowhere'),
      owner: maybe(fc.constantFrom('Li', 'Wang')),
      createdAt: DAY,
      poolEnteredAt: DAY,
      assignedAt: maybe(DAY),
      firstFollowUpAt: maybe(DAY),
      lastFollowUpAt: maybe(fc.oneof(DAY, fc.constant('not a date'))),
      convertedAt: maybe(DAY),
      revenue: maybe(fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constant(-1))),
      lastEngagementAt: maybe(DAY),
      industry: maybe(fc.constantFrom('saas', 'retail')),
      region: maybe(fc.constantFrom('east', 'west')),
      productCategory: maybe(fc.constantFrom('CRM', 'ERP')),
      orders: maybe(fc.integer({ min: 0, max: 4 })),
      orderAmount: maybe(fc.integer({ min: 0, max: 50_000 })),
      lastOrderAt: maybe(DAY),
      transfers: maybe(
        fc.array(
          fc.record({ at: DAY, from: maybe(fc.constantFrom('Li', 'Wang', '')), to: maybe(fc.constantFrom('Li', '')) }),
          { maxLength: 3 },
        ),
      ),
    },
    { requiredKeys: ['id', 'source', 'businessLine', 'pool', 'createdAt', 'poolEnteredAt'] },
  ),
  fc.constantFrom(...FIXTURE_LEADS, ...REACTIVATION_LEADS, ...TRANSFER_LEADS),
  fc.constantFrom(null, 7, 'x', [], { id: 'bare' }),
);
const envelope = fc.record(
  {
    period: fc.constantFrom('day', 'week', 'month'),
    rules: fc.record(
      {
        followUpSlaDays: fc.constantFrom(0, 1, 1.5, 3),
        minGroupSize: fc.constantFrom(1, 10),
        reactivation: fc.record(
          { engagedWithinDays: fc.constantFrom(7, 30), campaign: fc.constant({ industry: ['saas'], ...LAPSED_CRM }) },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    channelCosts: fc.constant({ sem: 1000, web: null }),
    periodCosts: fc.constant({ seo: { '2026-03': 3100 } }),
    sourceGroups: fc.constant({ paid: ['sem'], organic: ['seo', 'web'] }),
  },
  { requiredKeys: [] },
);

const sameJson = (a: unknown, b: unknown): void => assert.equal(JSON.stringify(a), JSON.stringify(b));

test('read in any slicing, the analysis after the last slice is the analysis of all the leads (JSON)', () => {
  fc.assert(
    fc.property(fc.array(lead, { maxLength: 60 }), fc.array(fc.nat(70)), envelope, (leads, cuts, env) => {
      const input = { asOf: '2026-03-31', ...env, leads };
      let whole: unknown;
      try {
        whole = analyzeLeadFlow(input);
      } catch (e) {
        assert.throws(
          () =>
            analyzeLeadFlow(
              input,
              readInSlices(
                leads,
                cuts.sort((a, b) => a - b),
              ),
            ),
          {
            message: (e as Error).message,
          },
        );
        return;
      }
      const reading = readInSlices(
        leads,
        cuts.sort((a, b) => a - b),
      );
      sameJson(analyzeLeadFlow({ ...input, leads: reading.leads }, reading), whole);
      // The same reading again (a period switch) gives the same, and each lead reads as readLead reads it.
      sameJson(analyzeLeadFlow({ ...input, leads: reading.leads }, reading), whole);
      // The owners' pass reads the same reading (no pass of its own over the leads).
      const teams = { east: ['Li'] };
      sameJson(
        analyzeLeadOwners({ ...input, teams, leads: reading.leads }, reading),
        analyzeLeadOwners({ ...input, teams, leads }),
      );
      const invalid: never[] = [];
      const rows = leads.map((l, i) => readLead(l, i, invalid)).filter((r) => r !== null);
      assert.equal(reading.size, rows.length);
      rows.forEach((r, k) => assert.deepEqual(reading.rowAt(k, emptyLeadRow()), r));
    }),
    { numRuns: 400 },
  );
});

test('the fixtures, read one lead a slice and all at once, analyse as before', () => {
  const cases: LeadFlowInput[] = [
    FIXTURE,
    { ...FIXTURE, period: 'week' },
    { asOf: '2026-03-31', leads: REACTIVATION_LEADS, rules: { reactivation: { campaign: LAPSED_CRM } } },
    { asOf: '2026-03-31', leads: TRANSFER_LEADS },
  ];
  for (const input of cases) {
    const leads = [...(input.leads as unknown[])];
    const whole = analyzeLeadFlow(input);
    const one = readInSlices(
      leads,
      leads.map((_, i) => i),
    );
    sameJson(analyzeLeadFlow({ ...input, leads: one.leads }, one), whole);
    const all = new LeadReading(leads).read();
    sameJson(analyzeLeadFlow({ ...input, leads }, all), whole);
  }
});

test('a reading of other leads (or of part of them) is not trusted: the rest read, or all read again', () => {
  const leads = [...FIXTURE_LEADS];
  const whole = analyzeLeadFlow(FIXTURE);
  const part = new LeadReading(leads).read(3);
  sameJson(analyzeLeadFlow({ ...FIXTURE, leads }, part), whole);
  assert.equal(part.count, leads.length);
  const other = new LeadReading([...leads]).read();
  sameJson(analyzeLeadFlow({ ...FIXTURE, leads }, other), whole);
});

test('after the last slice is read the analysis reads no lead; without the reading it reads each once', () => {
  const { leads, reads } = countedIds(FIXTURE_LEADS);
  const reading = readInSlices(leads, [2, 5, 9]);
  const before = reads();
  assert.equal(before, leads.length, 'each lead read once, as its slice came');
  analyzeLeadFlow({ ...FIXTURE, leads: reading.leads }, reading);
  assert.equal(reads() - before, 0, 'nothing left to read');
  analyzeLeadFlow({ ...FIXTURE, leads: reading.leads });
  assert.equal(reads() - before, leads.length);
  // The owners' pass too.
  const again = reads();
  analyzeLeadOwners({ ...FIXTURE, leads: reading.leads }, reading);
  assert.equal(reads() - again, 0, 'the owners read no lead');
  analyzeLeadOwners({ ...FIXTURE, leads: reading.leads });
  assert.equal(reads() - again, leads.length);
});

test('a table mapped in steps hands out its growing rows: read after each step, the analysis reads what is left', async () => {
  const { readTextTable, importTable, importTableInSteps } = await import('../../src/import/index.js');
  const lines = ['线索ID,来源,业务线,线索池,负责人,创建时间,入池时间,首次跟进时间,转化时间,收入'];
  for (let i = 0; i < 57; i++) {
    const day = `2026/3/${1 + (i % 28)} 9:0${i % 10}`;
    const pool = ['个人私海', 'line', 'company', 'nowhere'][i % 4];
    lines.push(
      [`L${i}`, i % 3 ? 'sem' : 'seo', 'A', pool, i % 2 ? '王' : '', day, day, i % 5 ? day : '', '', ''].join(','),
    );
  }
  const table = readTextTable(lines.join('\n'), { kind: 'leads' });
  let given: readonly unknown[] | undefined;
  const steps = importTableInSteps(table, 'leads', {}, 10, (rows) => (given = rows));
  let reading: LeadReading | undefined;
  let s = steps.next();
  for (; !s.done; s = steps.next()) {
    assert.ok(given, 'the rows given at the first step');
    reading ??= new LeadReading(given);
    assert.equal(reading.read().count, given.length, 'the rows mapped so far');
  }
  const result = s.value;
  assert.equal(given, result.rows, "the rows given are the result's");
  assert.ok(reading!.count > 20 && result.rows.length - reading!.count < 10, 'all but the last step read ahead');
  sameJson(result, importTable(table, 'leads'));
  const input = { asOf: '2026-03-31', leads: result.rows };
  sameJson(analyzeLeadFlow(input, reading), analyzeLeadFlow(input));
});

/** `reading` with its `rowAt` calls counted (each is one lead counted by an analysis). */
function countRows(reading: LeadReading): () => number {
  let n = 0;
  const rowAt = reading.rowAt.bind(reading);
  reading.rowAt = (k, out) => (n++, rowAt(k, out));
  return () => n;
}

test('counted ahead in any slicing, under these settings or others, the analysis is the analysis of all the leads', () => {
  fc.assert(
    fc.property(
      fc.array(lead, { maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(70), fc.boolean())),
      envelope,
      envelope,
      (leads, cuts, env, other) => {
        const input = { asOf: '2026-03-31', ...env, leads };
        const otherInput = { asOf: '2026-03-31', ...other, leads };
        let whole: unknown;
        let otherWhole: unknown;
        try {
          whole = analyzeLeadFlow(input);
          otherWhole = analyzeLeadFlow(otherInput);
        } catch {
          return; // bad leads: the reading's test above
        }
        const grown: unknown[] = [];
        const reading = new LeadReading(grown);
        let at = 0;
        for (const [cut, same] of cuts.sort((a, b) => a[0] - b[0])) {
          while (at < Math.min(cut, leads.length)) grown.push(leads[at++]);
          countLeadFlowAhead(same ? input : otherInput, reading.read());
        }
        while (at < leads.length) grown.push(leads[at++]);
        const first = analyzeLeadFlow({ ...input, leads: grown }, reading);
        sameJson(first, whole);
        const firstJson = JSON.stringify(first);
        // Another analysis (a period switch, a rule edit) and back: each its own, and the first left as it was.
        sameJson(analyzeLeadFlow({ ...otherInput, leads: grown }, reading), otherWhole);
        sameJson(analyzeLeadFlow({ ...input, leads: grown }, reading), whole);
        sameJson(analyzeLeadFlow({ ...input, leads: grown }, reading), whole);
        assert.equal(JSON.stringify(first), firstJson);
      },
    ),
    { numRuns: 300 },
  );
});

test('counted ahead after each slice, the analysis counts no lead; other settings count them all, once', () => {
  const leads: unknown[] = [];
  const reading = new LeadReading(leads);
  const counted = countRows(reading);
  const input = { ...FIXTURE, leads };
  for (const l of FIXTURE_LEADS) {
    leads.push(l);
    countLeadFlowAhead(input, reading.read());
  }
  const ahead = counted();
  assert.equal(ahead, reading.size, 'each valid lead counted once, as its slice came');
  sameJson(analyzeLeadFlow(input, reading), analyzeLeadFlow(FIXTURE));
  assert.equal(counted() - ahead, 0, 'nothing left to count');
  // Costs are no part of the count: a cost edit counts nothing again.
  analyzeLeadFlow({ ...input, channelCosts: { sem: 1 } }, reading);
  assert.equal(counted() - ahead, 0);
  analyzeLeadFlow({ ...input, period: 'week' }, reading);
  assert.equal(counted() - ahead, reading.size, 'another period: every lead counted again');
  analyzeLeadFlow({ ...input, period: 'week' }, reading);
  assert.equal(counted() - ahead, reading.size, 'and kept');
  assert.throws(() => countLeadFlowAhead({ ...input, rules: { followUpSlaDays: -1 } }, reading), /followUpSlaDays/);
});

test('without a reading the leads are read a block at a time: lists over a block give what a kept reading gives', () => {
  // 9,000 leads (over two blocks of 4,096): the fixtures' leads with new ids, every 7th one bad.
  const leads = Array.from({ length: 9000 }, (_, i) =>
    i % 7 === 3 ? { id: `bad-${i}`, pool: 'nowhere' } : { ...FIXTURE_LEADS[i % FIXTURE_LEADS.length], id: `L${i}` },
  );
  for (const extra of [{}, { period: 'week' }, { teams: { east: ['Li', 'Wang'] } }]) {
    const input = { ...FIXTURE, ...extra, leads };
    const kept = new LeadReading(leads).read();
    const flow = analyzeLeadFlow(input);
    assert.ok(flow.invalid.length > 1000);
    sameJson(flow, analyzeLeadFlow(input, kept));
    sameJson(analyzeLeadOwners(input), analyzeLeadOwners(input, kept));
  }
});
