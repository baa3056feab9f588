// The command line runs the §7 extras (issue 14) as the model does: the worked example of docs/models.md.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeLeadFlow, type LeadFlowResult } from '../../src/models/lead-flow.js';
import type { LeadOwnersResult } from '../../src/models/lead-owners.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (input: unknown) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/revops.js'), 'analyze-lead-flow'], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    cwd: root,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const lead = (id: string, source: string, businessLine: string, createdAt: string, over = {}) => ({
  id,
  source,
  businessLine,
  pool: 'private',
  createdAt,
  poolEnteredAt: createdAt,
  ...over,
});
const INPUT = {
  asOf: '2026-04-02',
  period: 'week',
  leads: [
    lead('A1', 'web', 'SaaS', '2026-03-30', {
      assignedAt: '2026-03-30',
      firstFollowUpAt: '2026-03-30',
      convertedAt: '2026-03-31',
      revenue: 1000,
    }),
    lead('A2', 'web', 'ERP', '2026-04-01'),
    lead('A3', 'fair', 'SaaS', '2026-03-28', {
      firstFollowUpAt: '2026-03-28',
      convertedAt: '2026-03-29',
      revenue: 2400,
    }),
    lead('A4', 'seo', 'SaaS', '2026-03-27', { firstFollowUpAt: '2026-03-29' }),
    lead('A5', 'fair', 'ERP', '2026-01-15', { convertedAt: '2026-02-01', revenue: 5000 }),
  ],
  periodCosts: { web: { '2026-03': 3100, '2026-04': 3000 }, fair: { '2026-01': 6200, '2026-03': 1550 } },
  sourceGroups: { paid: ['web', 'fair'], organic: ['seo'] },
};

describe('revops analyze-lead-flow with monthly costs and groups', () => {
  before(() => assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first'));

  it('prints the worked example: week costs 700 and 300, company ROI 2.4, and the same JSON as the model', () => {
    const r = run(INPUT);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as LeadFlowResult;
    assert.deepEqual(
      out.bySource.map((s) => [s.source, s.cost]),
      [
        ['fair', 300],
        ['seo', null],
        ['web', 700],
      ],
    );
    assert.equal(out.total!.roi, 2.4);
    assert.deepEqual(out, JSON.parse(JSON.stringify(analyzeLeadFlow(INPUT))));
  });

  it('a quarter, and without the extras the contract keys only', () => {
    const q = JSON.parse(run({ ...INPUT, period: 'quarter' }).out) as LeadFlowResult;
    assert.equal(q.total!.cost, 10750);
    const { periodCosts: _c, sourceGroups: _g, ...plain } = INPUT;
    const p = JSON.parse(run(plain).out) as LeadFlowResult;
    assert.deepEqual(Object.keys(p), [
      'transitions',
      'bySource',
      'bySourceLine',
      'alerts',
      'reactivation',
      'pools',
      'invalid',
    ]);
  });
});

describe('revops analyze-lead-owners', () => {
  it('prints owners ranked within teams, as the model does', () => {
    const input = {
      asOf: '2026-03-31',
      leads: [
        {
          id: 'a',
          owner: 'Li',
          source: 'web',
          businessLine: 'S',
          pool: 'private',
          createdAt: '2026-03-20',
          poolEnteredAt: '2026-03-20',
          firstFollowUpAt: '2026-03-20',
        },
        {
          id: 'b',
          owner: 'Wang',
          source: 'web',
          businessLine: 'S',
          pool: 'private',
          createdAt: '2026-03-26',
          poolEnteredAt: '2026-03-26',
        },
      ],
      teams: { east: ['Li', 'Wang'] },
    };
    const r = spawnSync(process.execPath, [join(root, 'bin/revops.js'), 'analyze-lead-owners'], {
      input: JSON.stringify(input),
      encoding: 'utf8',
      cwd: root,
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as LeadOwnersResult;
    assert.deepEqual(
      out.owners.map((o) => [o.owner, o.rank]),
      [
        ['Li', 1],
        ['Wang', 2],
      ],
    );
    assert.equal(out.owners[1]!.transitionsCaused, 1);
  });
});
