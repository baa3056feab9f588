// The command line runs reactivation by product category and past orders (§7 extras, issue 14) as the model does.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeLeadFlow, type LeadFlowResult } from '../../src/models/lead-flow.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (args: string[], input?: unknown) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/revops.js'), ...args], {
    ...(input === undefined ? {} : { input: JSON.stringify(input) }),
    encoding: 'utf8',
    cwd: root,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const R1 = {
  id: 'R1',
  source: 'web',
  businessLine: 'SaaS',
  pool: 'company',
  createdAt: '2024-06-01',
  poolEnteredAt: '2026-03-30',
  productCategory: 'CRM',
  orders: 2,
  orderAmount: 30000,
  lastOrderAt: '2025-06-30',
};
const INPUT = {
  asOf: '2026-03-31',
  rules: { reactivation: { campaign: { productCategory: ['CRM'], lastOrderDays: { min: 180 } } } },
  leads: [R1, { ...R1, id: 'R2', lastOrderAt: '2026-01-31' }],
};

describe('revops analyze-lead-flow with product categories and past orders', () => {
  before(() => assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first'));

  it('prints the docs/cli.md example: the candidate and the table by category, as the model computes', () => {
    const r = cli(['analyze-lead-flow', '--compact'], INPUT);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as LeadFlowResult;
    assert.deepEqual(out.reactivation, [{ id: 'R1', pool: 'company', reasons: ['campaign'] }]);
    assert.deepEqual(out.reactivationByCategory, [
      { productCategory: 'CRM', pooled: 2, candidates: 1, withOrders: 1, orders: 2, orderAmount: 30000 },
    ]);
    assert.deepEqual(out, JSON.parse(JSON.stringify(analyzeLeadFlow(INPUT))));
  });

  it('reads the columns of a CRM export through --from leads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revops-orders-'));
    const file = join(dir, 'leads.csv');
    writeFileSync(
      file,
      '线索ID,来源,业务线,线索池,创建时间,入池时间,品类,订单数,累计订单金额,最近下单时间\n' +
        'Z1,官网,SaaS,大公海,2024-06-01,2026-03-01,CRM,2,"¥30,000",2025-06-30\n',
    );
    const r = cli(['analyze-lead-flow', '--from', 'leads', file, '--compact'], {
      asOf: '2026-03-31',
      rules: INPUT.rules,
    });
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as LeadFlowResult;
    assert.deepEqual(out.reactivation, [{ id: 'Z1', pool: 'company', reasons: ['campaign'] }]);
    assert.equal(out.reactivationByCategory?.[0]?.orderAmount, 30000);
  });

  it('counts transfers from the owner history (the docs/cli.md example), as the model does', () => {
    const input = {
      asOf: '2026-03-31',
      leads: [
        {
          ...R1,
          pool: 'private',
          owner: 'Wang',
          convertedAt: '2026-03-20',
          transfers: [
            { at: '2026-03-02', to: 'Li' },
            { at: '2026-03-10', from: 'Li', to: 'Wang' },
          ],
        },
      ],
    };
    const r = cli(['analyze-lead-flow', '--compact'], input);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as LeadFlowResult;
    assert.deepEqual(out.transfers?.byKind, { 'rep-to-rep': 1, 'pool-to-rep': 1, 'rep-to-pool': 0, 'pool-to-pool': 0 });
    assert.deepEqual(out.transfers?.byOwner[0], {
      owner: 'Li',
      received: 0,
      handedOver: 1,
      claimed: 1,
      released: 0,
      claimedConverted: 1,
      claimConversionRate: 1,
    });
    assert.deepEqual(out, JSON.parse(JSON.stringify(analyzeLeadFlow(input))));
  });

  it('names a min above max in the campaign', () => {
    const r = cli(['analyze-lead-flow'], {
      ...INPUT,
      rules: { reactivation: { campaign: { orders: { min: 2, max: 1 } } } },
    });
    assert.notEqual(r.code, 0);
    assert.deepEqual(
      (JSON.parse(r.out) as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path),
      ['rules.reactivation.campaign.orders.max'],
    );
  });
});
