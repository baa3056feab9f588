// The command line over the built models (npm test builds first), and the
// published `revops-elements/models` entry importing in Node with no DOM.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEED_LEAD } from '../fixtures/seeds.js';
import type {
  ActivityMixResult,
  CsCapacityResult,
  FunnelResult,
  Issue,
  SalesOrgResult,
  TierResult,
} from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/revops.js');

const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const SEED = { values: SEED_LEAD };

/** What the CLI prints for an input it cannot use. */
interface CliError {
  error: { issues: Issue[] };
}
/** The CLI's JSON output, read as the model's output type it prints. */
const json = <T>(text: string) => JSON.parse(text) as T;
/** A check of one model's output, typed as that output. */
const as =
  <T>(check: (o: T) => void) =>
  (o: unknown) =>
    check(o as T);

describe('revops CLI', () => {
  before(() => assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first'));

  it('tier-lead from stdin prints the model output', () => {
    const r = run(['tier-lead'], JSON.stringify(SEED));
    assert.equal(r.code, 0, r.err);
    const out = json<TierResult>(r.out);
    assert.equal(out.score, 68.5);
    assert.equal(out.tier, 'B');
    assert.equal(out.focus, true);
  });

  it('reads a file argument', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revops-cli-'));
    const file = join(dir, 'in.json');
    writeFileSync(
      file,
      JSON.stringify({ values: { tenureMonths: 11, cumulativePayment: 800000, users: 450, usageRate: 0.9 } }),
    );
    const r = run(['tier-customer', file]);
    assert.equal(r.code, 0, r.err);
    assert.equal(json<TierResult>(r.out).score, 78.5);
  });

  it('--jsonl: one output per line; an invalid line prints its issues, the rest go on, exit 2', () => {
    const lines = [
      JSON.stringify(SEED),
      '{"values":{"channel":"fax"}}',
      'not json',
      '',
      JSON.stringify({ values: {} }),
    ].join('\n');
    const r = run(['tier-lead', '--jsonl'], lines);
    assert.equal(r.code, 2);
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => json<Partial<TierResult & CliError>>(l));
    assert.equal(out.length, 4);
    assert.equal(out[0]!.score, 68.5);
    assert.equal(out[1]!.error!.issues[0]!.path, 'values.channel');
    assert.match(out[1]!.error!.issues[0]!.message, /values\.channel/);
    assert.equal(out[2]!.error!.issues[0]!.path, '');
    assert.equal(out[3]!.tier, 'D');
  });

  it('--jsonl with only valid lines exits 0', () => {
    const r = run(
      ['route-lead', '--jsonl'],
      JSON.stringify({ result: { tier: 'D', missingWeightShare: 0 }, values: {} }) + '\n',
    );
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), { route: 'nurture', reason: 'lowest-tier' });
  });

  it('an invalid single input prints {"error":{"issues":[...]}} and exits 2', () => {
    const r = run(['forecast-funnel'], '{"target": -1}');
    assert.equal(r.code, 2);
    const out = json<CliError>(r.out);
    assert.ok(out.error.issues.some((i) => i.path === 'target'));
  });

  it('runs every model of docs/models.md on its worked example', () => {
    const cases: [string, unknown, (o: unknown) => void][] = [
      [
        'forecast-funnel',
        {
          target: 1_000_000,
          achieved: 300_000,
          acv: 50_000,
          stages: [
            { key: 'lead', count: 200 },
            { key: 'intent', count: 30 },
            { key: 'highIntent', count: 10 },
            { key: 'negotiation', count: 4 },
          ],
          conversion: [0.2, 0.3, 0.4, 0.5],
          highIntentStage: 'highIntent',
          activities: [{ key: 'calls', stage: 'lead', yieldPerUnit: 0.1 }],
        },
        as<FunnelResult>((o) => {
          assert.ok(Math.abs(o.gap - 290_000) < 1e-6);
          assert.ok(Math.abs(o.expectedPipelineRevenue - 410_000) < 1e-6);
          assert.deepEqual(o.needed, { lead: 484, intent: 97, highIntent: 29 });
          assert.equal(o.activities[0]!.needed, 4834);
        }),
      ],
      [
        'design-sales-org',
        {
          newCustomersTarget: 600,
          avgContractValue: 12_000,
          customersPerRep: 30,
          repCost: 300_000,
          spans: [8, 5],
          managerCosts: [500_000, 800_000],
        },
        as<SalesOrgResult>((o) => {
          assert.equal(o.reps, 20);
          assert.deepEqual(o.managers, [3, 1]);
          assert.equal(o.margin, -1_100_000);
          assert.equal(o.healthy, false);
          assert.ok(Math.abs(o.breakEven.avgContractValue! - 13_833.333333) < 1e-3);
          assert.equal(o.breakEven.repCost, 245_000);
        }),
      ],
      [
        'plan-cs-capacity',
        {
          customers: 1200,
          monthlyNewCustomers: 40,
          horizonMonths: 12,
          serviceHoursPerCsm: 120,
          deepHoursPerCustomer: 6,
          deepHoursShare: 0.6,
          deepServiceMonths: 3,
          spans: [8, 4, 5],
        },
        as<CsCapacityResult>((o) => {
          assert.equal(o.base, 1680);
          assert.ok(Math.abs(o.deepCustomerShare - 1 / 14) < 1e-12);
          assert.equal(o.capacityPerCsm, 168);
          assert.equal(o.csms, 10);
          assert.deepEqual(o.managers, [2, 1]);
          assert.equal(o.totalHeadcount, 13);
        }),
      ],
      [
        'plan-activity-mix',
        {
          target: 1_000_000,
          achieved: 300_000,
          acv: 50_000,
          stages: [
            { key: 'lead', count: 200 },
            { key: 'intent', count: 30 },
            { key: 'highIntent', count: 10 },
            { key: 'negotiation', count: 4 },
          ],
          conversion: [0.2, 0.3, 0.4, 0.5],
          highIntentStage: 'highIntent',
          activities: [
            { key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 3000 },
            { key: 'visits', stage: 'intent', yieldPerUnit: 0.5, capacity: 100 },
            { key: 'events', stage: 'highIntent', yieldPerUnit: 2, capacity: 5 },
          ],
          mix: { shares: { calls: 0.2, visits: 0.2, events: 0.6 } },
        },
        as<ActivityMixResult>((o) => {
          assert.deepEqual(
            o.plan!.activities.map((a) => [a.units, a.over]),
            [
              [967, 0],
              [39, 0],
              [9, 4],
            ],
          );
          assert.ok(Math.abs(o.plan!.uncoveredGap - 74_000) < 1e-6);
          assert.deepEqual(
            o.suggested!.activities.map((a) => a.units),
            [3000, 74, 0],
          );
        }),
      ],
    ];
    for (const [model, input, check] of cases) {
      const r = run([model], JSON.stringify(input));
      assert.equal(r.code, 0, `${model}: ${r.out}${r.err}`);
      check(json<unknown>(r.out));
    }
  });

  it('accepts the function name as well as the kebab-case name, and -h', () => {
    const r = run(['tierLead'], JSON.stringify(SEED));
    assert.equal(r.code, 0, r.err);
    assert.equal(json<TierResult>(r.out).tier, 'B');
    const h = run(['-h']);
    assert.equal(h.code, 0);
    assert.match(h.out, /usage: revops/);
  });

  it('unknown model or option: usage on stderr, exit 1', () => {
    const a = run(['no-such-model'], '{}');
    assert.equal(a.code, 1);
    assert.match(a.err, /unknown model/);
    const b = run(['tier-lead', '--frobnicate'], '{}');
    assert.equal(b.code, 1);
    assert.match(run(['--list']).out, /assess-opportunities/);
  });

  it('the models entry imports in Node without a DOM', async () => {
    const m = (await import(pathToFileURL(join(root, 'dist/models.js')).href)) as typeof import('../../src/index.js');
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(m.tierLead(SEED).score, 68.5);
    assert.deepEqual(Object.keys(m.MODELS).sort(), [
      'analyze-lead-flow',
      'analyze-lead-owners',
      'assess-churn',
      'assess-opportunities',
      'calibrate-tiering',
      'churn-owners',
      'deep-share-from-tiers',
      'design-sales-org',
      'forecast-funnel',
      'learn-funnel-rates',
      'learn-headcount-inputs',
      'learn-hiring-funnel',
      'opportunity-owners',
      'plan-activity-mix',
      'plan-cs-capacity',
      'plan-cs-segments',
      'plan-headcount',
      'project-sales-org',
      'review-plans',
      'route-lead',
      'tier-customer',
      'tier-lead',
      'validate-tiering',
    ]);
  });
});
