// The command line runs the issue 14 roll-ups and plans as the models do: the worked examples of docs/models.md.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { churnOwners, opportunityOwners } from '../../src/models/risk-owners.js';
import { reviewPlans } from '../../src/models/plans.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (args: string[], input?: unknown) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/revops.js'), ...args], {
    input: input === undefined ? '' : JSON.stringify(input),
    encoding: 'utf8',
    cwd: root,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const opp = (id: string, owner: string | null, amount: number, lastCall: string) => ({
  id,
  ...(owner === null ? {} : { owner }),
  amount,
  stage: 'qualify',
  stageEnteredAt: '2026-03-28',
  activities: [{ type: 'call', at: lastCall }],
});
const OPPS = {
  asOf: '2026-03-31',
  opportunities: [
    opp('o1', 'Li', 100000, '2026-03-15'),
    opp('o2', 'Li', 50000, '2026-03-21'),
    opp('o3', 'Li', 20000, '2026-03-30'),
    opp('o4', 'Wang', 120000, '2026-03-10'),
    opp('o5', 'Wang', 30000, '2026-03-22'),
    opp('o6', 'Zhao', 80000, '2026-03-25'),
    opp('o7', null, 40000, '2026-03-20'),
  ],
};
const ACCOUNTS = {
  asOf: '2026-05-15',
  accounts: [
    { id: 'a1', owner: 'Chen', arr: 100000, contactChanged: true },
    { id: 'a2', owner: 'Chen', arr: 50000, overdueDays: 61, renewalDate: '2026-06-14' },
    { id: 'a3', owner: 'Zhou', arr: 200000, overdueDays: 45 },
    { id: 'a4', owner: 'Zhou', arr: 10000 },
    { id: 'a5', arr: 30000, contactChanged: true },
  ],
};

describe('revops opportunity-owners, churn-owners, review-plans', () => {
  before(() => assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first'));

  it('opportunity-owners: Li and Wang share rank 1, Zhao 3, the no-owner row last', () => {
    const r = run(['opportunity-owners'], OPPS);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as ReturnType<typeof opportunityOwners>;
    assert.deepEqual(
      out.owners.map((o) => [o.owner, o.rank, o.amountAtRisk, o.staleDaysMedian]),
      [
        ['Li', 1, 150000, 10],
        ['Wang', 1, 150000, 15],
        ['Zhao', 3, 0, 6],
        [null, null, 40000, 11],
      ],
    );
    assert.deepEqual(out, JSON.parse(JSON.stringify(opportunityOwners(OPPS))));
  });

  it('churn-owners: the CSM roll-up; every account invalid exits 2', () => {
    const r = run(['churnOwners'], ACCOUNTS);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as ReturnType<typeof churnOwners>;
    assert.deepEqual(
      out.owners.map((o) => [o.owner, o.rank, o.arrAtRisk, o.renewingAtRisk]),
      [
        ['Chen', 1, 150000, 1],
        ['Zhou', 2, 200000, 0],
        [null, null, 30000, 0],
      ],
    );
    assert.deepEqual(out, JSON.parse(JSON.stringify(churnOwners(ACCOUNTS))));
    assert.equal(run(['churn-owners'], { asOf: '2026-05-15', accounts: [{ id: 'x', owner: 1 }] }).code, 2);
  });

  it('churn-owners --from accounts: the owner column of a CRM export is the CSM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revops-owners-'));
    const csv = join(dir, 'accounts.csv');
    writeFileSync(csv, 'id,name,arr,owner,contactChanged\nA,Acme,1000,Chen,yes\nB,Beta,500,Zhou,no\n');
    const r = run(['churn-owners', '--from', 'accounts', csv, '--preset', 'generic-en', '--as-of', '2026-05-15']);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as ReturnType<typeof churnOwners>;
    assert.deepEqual(
      out.owners.map((o) => [o.owner, o.accounts, o.warning, o.arrAtRisk]),
      [
        ['Chen', 1, 1, 1000],
        ['Zhou', 1, 0, 0],
      ],
    );
  });

  it('review-plans: overdue by days, the summary; a bad plan is an invalid row', () => {
    const input = {
      asOf: '2026-04-10',
      plans: [
        {
          record: 'o1',
          playbook: 'key-account-response-plan',
          owner: 'Li',
          due: '2026-04-07',
          status: 'open',
          steps: [{ key: 's1', text: 'Call', status: 'done' }],
          openedAt: '2026-04-01',
        },
        { record: 'o2', playbook: 'x', status: 'late', steps: [], openedAt: '2026-04-01' },
      ],
    };
    const r = run(['review-plans'], input);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as ReturnType<typeof reviewPlans>;
    assert.deepEqual(out.summary, { open: 1, closed: 0, overdue: 1 });
    assert.equal(out.plans[0]!.daysOverdue, 3);
    assert.deepEqual(
      out.invalid.map((x) => x.index),
      [1],
    );
    assert.deepEqual(out, JSON.parse(JSON.stringify(reviewPlans(input))));
  });
});
