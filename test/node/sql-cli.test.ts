// `revops sql …` (bin/sql.js through bin/revops.js, after `npm run build`):
// the SQL it prints runs in DuckDB with the model's results, options reach the
// compiler, and anything it cannot compile is a clear message on stderr, exit 2.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_LEAD } from '../fixtures/seeds.js';
import { duckdb, type Engine } from './sql-engines.js';
import { tieringRow } from './sql-cases.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/revops.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, 'sql', ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'revops-sql-cli-'));
const file = (name: string, json: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof json === 'string' ? json : JSON.stringify(json));
  return f;
};

describe('revops sql', () => {
  let db: Engine;
  before(async () => {
    assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first');
    db = await duckdb();
  });
  after(() => db.close());

  it('prints tier-lead as SQL that scores the seed lead 68.5, tier B, in DuckDB', async () => {
    const ddl = run('tier-lead', '--dialect', 'duckdb', '--ddl');
    assert.equal(ddl.code, 0, ddl.err);
    assert.match(ddl.out, /^CREATE TABLE "leads" \(\n  "id" VARCHAR,\n  "channel" VARCHAR,/);
    assert.match(ddl.out, /"interest" VARCHAR\[\]\n\);/);
    const r = run('tier-lead', '--dialect', 'duckdb');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    await db.load(
      'leads',
      [
        { name: 'id', type: 'id' },
        ...Object.keys(SEED_LEAD).map((name) => ({
          name,
          type:
            name === 'annualRevenue'
              ? ('double' as const)
              : name === 'interest'
                ? ('textList' as const)
                : ('text' as const),
        })),
      ],
      [tieringRow('seed', SEED_LEAD)],
    );
    const out = await db.query(r.out);
    assert.deepEqual(out.rows[0]!.slice(0, 4), ['seed', 68.5, 'B', true]);
  });

  it('takes a model file (or an element input holding one) and a schema-qualified table', () => {
    const model = {
      factors: [{ key: 'fit', kind: 'options', weight: 1, options: [{ value: 'good', score: 90 }] }],
      tiers: [
        { key: 'top', minScore: 50 },
        { key: 'rest', minScore: 0 },
      ],
      focusTiers: ['top'],
    };
    for (const f of [file('model.json', model), file('input.json', { model, values: {} })]) {
      const r = run('route-lead', '--dialect', 'postgres', '--model', f, '--table', 'crm.leads');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /FROM "crm"\."leads"\n/);
      assert.match(r.out, /"points_fit"/);
      assert.match(r.out, /WHEN \(tier IN \('rest'\)\) THEN 'nurture'/);
    }
  });

  it('analyze-lead-flow: rules, costs, as-of and period reach the three statements', () => {
    const r = run(
      'analyze-lead-flow',
      '--dialect=bigquery',
      '--rules',
      file('rules.json', { followUpSlaDays: 2 }),
      '--costs',
      file('costs.json', { web: 10000 }),
      '--as-of',
      '2026-03-31',
      '--period',
      'week',
    );
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.match(/^-- analyze-lead-flow (transitions|sources|reactivation) /gm)?.length, 3);
    assert.match(r.out, /DATE '2026-03-31' AS as_of/);
    assert.match(r.out, /SELECT 'web' AS source, CAST\(10000 AS FLOAT64\) AS cost/);
    assert.match(r.out, /DATE_DIFF\(as_of, created, DAY\) >= 2 AND DATE_DIFF\(as_of, created, DAY\) < 9/);
  });

  it('assess-opportunities: rules and the activities table', () => {
    const rules = file('pipeline.json', {
      stages: [{ key: 'only', standardDays: 10, maxIdleDays: 3, requiredFields: ['budget'] }],
    });
    const r = run('assess-opportunities', '--dialect', 'snowflake', '--rules', rules, '--activities-table', 'crm.acts');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /FROM "crm"\."acts"\n/);
    assert.match(r.out, /"budget" AS f0/);
    assert.match(r.out, /CAST\(CONVERT_TIMEZONE\('UTC', CURRENT_TIMESTAMP\(\)\) AS DATE\) AS as_of/);
  });

  it('an unsupported model, dialect or option, or a bad model file: a message on stderr naming it, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['assess-churn', '--dialect', 'duckdb'], /model "assess-churn" has no SQL form; models with one: tier-lead/],
      [['tier-lead', '--dialect', 'oracle'], /unsupported dialect "oracle"/],
      [['tier-lead'], /--dialect is required/],
      [[], /name a model/],
      [['tier-lead', '--dialect', 'duckdb', '--as-of', '2026-03-31'], /--as-of does not apply to tier-lead/],
      [['tier-lead', '--dialect', 'duckdb', '--colour', 'red'], /unknown option --colour/],
      [['analyze-lead-flow', '--dialect', 'duckdb', '--as-of', '31/03/2026'], /--as-of must be a day YYYY-MM-DD/],
      [['tier-lead', '--dialect', 'duckdb', '--model', file('bad.json', '{ nope')], /is not valid JSON/],
      [['tier-lead', '--dialect', 'duckdb', '--model', join(dir, 'missing.json')], /cannot read --model/],
      [
        ['tier-lead', '--dialect', 'duckdb', '--model', file('m.json', { factors: [], tiers: [], focusTiers: [] })],
        /model\.factors needs at least 1 item/,
      ],
      [
        ['analyze-lead-flow', '--dialect', 'duckdb', '--period', 'year'],
        /period must be one of "day", "week", "month"/,
      ],
      [['tier-lead', '--dialect', 'postgres', '--table', 'revops_input'], /must not start with "revops_"/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.out, '', args.join(' '));
      assert.match(r.err, message, args.join(' '));
      assert.match(r.err, /^revops sql: /);
    }
  });

  it('--help prints the usage, exit 0', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /^usage: revops sql <model> --dialect duckdb\|postgres\|spark\|bigquery\|snowflake/);
  });
});
