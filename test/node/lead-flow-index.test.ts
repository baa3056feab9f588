// The leads' index built in steps (src/views/lead-flow-leads.ts `LeadIndexer`): the monitor builds it a number of
// leads a task after a large import, so no task indexes hundreds of thousands of leads; any stepping gives the index
// built at once, and a read before the last step finishes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { indexLeads, LeadIndexer, type LeadIndex } from '../../src/views/lead-flow-leads.js';

const lead = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 5 })),
      pool: fc.constantFrom('private', 'line', 'company', 'blacklist'),
      industry: fc.option(fc.constantFrom('saas', 'retail', '', 'mfg'), { nil: undefined }),
      region: fc.option(fc.constantFrom('east', 'west'), { nil: undefined }),
      productCategory: fc.option(fc.constantFrom('CRM', 'ERP'), { nil: undefined }),
      orders: fc.option(fc.nat(3), { nil: undefined }),
      lastOrderAt: fc.option(fc.constant('2026-01-02'), { nil: null }),
    },
    { requiredKeys: ['id'] },
  ),
  fc.constantFrom(null, 3, 'x', []),
);

/** The index as plain data (the map's entries in insertion order, with the very lead objects). */
const plain = (i: LeadIndex) => ({ byId: [...i.byId], facets: i.facets, ordered: i.ordered });

test('built in any steps, the index is the index built at once', () => {
  fc.assert(
    fc.property(
      fc.array(lead, { maxLength: 80 }),
      fc.array(fc.integer({ min: 1, max: 30 })),
      fc.nat(4),
      (leads, steps, limit) => {
        const whole = indexLeads(leads, limit + 1);
        const b = new LeadIndexer(leads, limit + 1);
        let done = b.done;
        for (const n of steps) done = b.step(n);
        assert.equal(done, b.done);
        assert.equal(b.done, steps.reduce((a, n) => a + n, 0) >= leads.length);
        // A read before the last step finishes it.
        const got = b.result();
        assert.ok(b.done);
        assert.deepEqual(plain(got), plain(whole));
        for (const [id, l] of got.byId) assert.equal(l, whole.byId.get(id), 'the very lead objects');
        assert.equal(b.result(), got, 'made once');
      },
    ),
    { numRuns: 300 },
  );
});

test('a step indexes as many leads as it is given, in order: the first lead with an id wins', () => {
  const leads = [
    { id: 'a', pool: 'line', industry: 'saas' },
    { id: 'a', pool: 'company', industry: 'retail' },
    { id: 'b', pool: 'private', orders: 2 },
  ];
  const b = new LeadIndexer(leads);
  assert.equal(b.step(1), false);
  assert.equal(b.step(1), false);
  assert.equal(b.step(5), true);
  const idx = b.result();
  assert.equal(idx.byId.get('a'), leads[0]);
  assert.deepEqual(idx.facets.industry, ['retail', 'saas']);
  assert.equal(idx.ordered, true);
  assert.equal(new LeadIndexer([]).done, true);
});
