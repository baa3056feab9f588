// The one quoting helper (src/sql/dialect.ts) and hostile names: every
// dialect's literals and identifiers read back as the exact name, the SQL of a
// model with hostile names has the same structure as with plain names (a
// lexer per dialect), template openers never reach the text, and the two
// engines run such SQL with the model's results and nothing else.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SQL_DIALECTS, sqlIdentifier, sqlString, toSql } from '../../src/sql/index.js';
import { checkColumns, DIALECTS, JS_WHITESPACE } from '../../src/sql/dialect.js';
import { tierLead } from '../../src/models/tiering.js';
import { routeLead } from '../../src/models/routing.js';
import { isModelInputError } from '../../src/schemas/issues.js';
import type { TieringModelInput } from '../../src/schemas/tiering.js';
import { HOSTILE } from './sql-cases.js';
import { duckdb, postgres, type Engine } from './sql-engines.js';
import { lex } from './sql-lex.js';

/** Names without template openers (those split a literal, so the structure differs on purpose). */
const NAMES = HOSTILE.filter((n) => !/[{$][{%#]/.test(n));
const plain = (i: number) => `n${i}`;

/** The same model with hostile or with plain names. */
function hostileModel(name: (i: number) => string): { model: TieringModelInput; rules: unknown } {
  const model: TieringModelInput = {
    factors: [
      {
        key: name(0),
        kind: 'options',
        weight: 0.4,
        options: NAMES.map((_, j) => ({ value: name(j), score: j * 5 })),
      },
      {
        key: name(1),
        kind: 'multi',
        weight: 0.3,
        options: [
          { value: name(2), score: 40 },
          { value: name(3), score: 70 },
        ],
      },
      {
        key: name(4),
        kind: 'bands',
        weight: 0.3,
        reference: 2,
        bands: [
          { min: 0, score: 10 },
          { min: 5, score: 90 },
        ],
      },
    ],
    tiers: [
      { key: name(5), minScore: 50 },
      { key: name(6), minScore: 0 },
    ],
    focusTiers: [name(5)],
  };
  const rules = [
    { when: { tiers: [name(6)] }, route: name(7), reason: name(8) },
    { when: { flags: [name(9), name(0)] }, route: name(10), reason: name(11) },
    { when: {}, route: name(12) },
  ];
  return { model, rules };
}

describe('quoting (one helper for every dialect)', () => {
  it('identifiers: doubled quotes (DuckDB, Postgres, Snowflake), doubled backticks (Spark), backslash escapes (BigQuery)', () => {
    assert.equal(sqlIdentifier('duckdb', 'a"b'), '"a""b"');
    assert.equal(sqlIdentifier('postgres', '"; drop table x; --'), '"""; drop table x; --"');
    assert.equal(sqlIdentifier('snowflake', 'select'), '"select"');
    assert.equal(sqlIdentifier('spark', 'a`b'), '`a``b`');
    assert.equal(sqlIdentifier('bigquery', 'a`b\\c\nd'), '`a\\`b\\\\c\\nd`');
    assert.equal(sqlIdentifier('duckdb', '中文 因素'), '"中文 因素"');
  });

  it('strings: doubled quotes; E-strings in Postgres when a backslash is in the text; backslash escapes in Spark, BigQuery and Snowflake', () => {
    assert.equal(sqlString('duckdb', "it's \\ ok"), "'it''s \\ ok'");
    assert.equal(sqlString('postgres', "it's"), "'it''s'");
    assert.equal(sqlString('postgres', "it's \\ ok"), "E'it''s \\\\ ok'");
    assert.equal(sqlString('spark', "it's \\ ok\n"), "'it\\'s \\\\ ok\\n'");
    assert.equal(sqlString('bigquery', "it's\t"), "'it\\'s\\t'");
    assert.equal(sqlString('snowflake', "it's \\ ok\u0001"), "'it''s \\\\ ok\\u0001'");
  });

  it('every hostile name reads back exactly through each dialect’s lexer', () => {
    for (const d of SQL_DIALECTS)
      for (const name of [...HOSTILE, JS_WHITESPACE, '\u007f\u0001', '{{ x }}', '${env:HOME}']) {
        const s = lex(d, sqlString(d, name));
        assert.deepEqual(
          s
            .filter((t) => t.kind === 'str')
            .map((t) => t.text)
            .join(''),
          name,
          `${d} string ${JSON.stringify(name)}`,
        );
        assert.ok(
          s.every(
            (t) => t.kind === 'str' || t.text === '(' || t.text === '||' || t.text === ')' || /^[()|\s]+$/.test(t.text),
          ),
          `${d}: only literals`,
        );
        if (/[{$][{%#]/.test(name)) continue;
        assert.deepEqual(
          lex(d, sqlIdentifier(d, name)),
          [{ kind: 'ident', text: name }],
          `${d} identifier ${JSON.stringify(name)}`,
        );
      }
  });

  it('refuses what no engine can hold: NUL, lone surrogates, empty identifiers, template openers in identifiers', () => {
    const issue = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        assert.ok(isModelInputError(e), String(e));
        return e.issues[0]!.message;
      }
      assert.fail('expected a ModelInputError');
    };
    for (const d of SQL_DIALECTS) {
      assert.match(
        issue(() => sqlString(d, 'a\u0000b')),
        /NUL/,
      );
      assert.match(
        issue(() => sqlIdentifier(d, 'a\ud800')),
        /surrogate/,
      );
      assert.match(
        issue(() => sqlIdentifier(d, '')),
        /empty/,
      );
      assert.match(
        issue(() => sqlIdentifier(d, 'a{{b}}')),
        /template/,
      );
      assert.match(
        issue(() => sqlIdentifier(d, '${x}')),
        /template/,
      );
    }
    assert.match(
      issue(() => sqlIdentifier('postgres', 'é'.repeat(32))),
      /63 bytes/,
    );
    assert.equal(sqlIdentifier('duckdb', 'é'.repeat(32)), `"${'é'.repeat(32)}"`);
  });

  it('literals with template openers are split so dbt (Jinja) and Spark substitution never see one', () => {
    for (const d of SQL_DIALECTS) {
      const program = toSql('route-lead', {
        dialect: d,
        model: {
          factors: [
            {
              key: 'k',
              kind: 'options',
              weight: 1,
              options: [
                { value: '{{ run_query("drop") }}', score: 1 },
                { value: '{%raw%}${x}{#', score: 2 },
              ],
            },
          ],
          tiers: [{ key: '{{t}}', minScore: 0 }],
          focusTiers: [],
        },
        rules: [{ when: {}, route: '${env:HOME}', reason: '{# c #}' }],
      });
      assert.doesNotMatch(program.statements[0]!.sql, /[{$][{%#]/, d);
    }
  });

  it('column names that one engine cannot tell apart are refused there with the field named', () => {
    const model = {
      factors: [
        { key: 'Channel', kind: 'options', weight: 1, options: [{ value: 'a', score: 1 }] },
        { key: 'channel', kind: 'options', weight: 1, options: [{ value: 'a', score: 1 }] },
      ],
      tiers: [{ key: 'A', minScore: 0 }],
      focusTiers: [],
    };
    for (const d of ['duckdb', 'spark', 'bigquery'] as const) {
      try {
        toSql('tier-lead', { dialect: d, model });
        assert.fail(`${d} should refuse`);
      } catch (e) {
        assert.ok(isModelInputError(e));
        assert.equal(e.issues[0]!.path, 'model.factors.1.key');
        assert.match(e.issues[0]!.message, /ignore case/);
      }
    }
    for (const d of ['postgres', 'snowflake'] as const) assert.ok(toSql('tier-lead', { dialect: d, model }));
    assert.throws(
      () =>
        checkColumns(DIALECTS.postgres, [
          ['id', 'id'],
          ['id', 'model.factors.0.key'],
        ]),
      /id/,
    );
  });

  it('a table name is split on dots and each part quoted; names of the generated steps are refused', () => {
    const sql = toSql('tier-lead', { dialect: 'postgres', table: ['my schema', 'le"ads'] }).statements[0]!.sql;
    assert.match(sql, /FROM "my schema"\."le""ads"\n/);
    assert.match(
      toSql('tier-lead', { dialect: 'bigquery', table: 'proj.ds.leads' }).statements[0]!.sql,
      /FROM `proj`\.`ds`\.`leads`\n/,
    );
    assert.throws(() => toSql('tier-lead', { dialect: 'duckdb', table: 'revops_scores' }), /revops_/);
  });
});

describe('hostile names in every model and dialect: the structure of the SQL is that of plain names', () => {
  for (const d of SQL_DIALECTS) {
    it(d, () => {
      const map = new Map<string, string>(NAMES.map((n, i) => [n, plain(i)]));
      const mapText = (t: string): string => {
        if (map.has(t)) return map.get(t)!;
        if (t.startsWith('points_') && map.has(t.slice(7))) return `points_${map.get(t.slice(7))}`;
        const json = /^,(".*"):$/.exec(t);
        if (json && map.has(JSON.parse(json[1]!) as string))
          return `,${JSON.stringify(map.get(JSON.parse(json[1]!) as string))}:`;
        return t;
      };
      const compare = (hostile: string, benign: string, what: string) => {
        const h = lex(d, hostile).map((t) => (t.kind === 'code' ? t : { ...t, text: mapText(t.text) }));
        assert.deepEqual(h, lex(d, benign), `${d} ${what}`);
      };
      const h = hostileModel((i) => NAMES[i % NAMES.length]!);
      const b = hostileModel(plain);
      compare(
        toSql('route-lead', { dialect: d, model: h.model, rules: h.rules, table: NAMES[0] }).statements[0]!.sql,
        toSql('route-lead', { dialect: d, model: b.model, rules: b.rules, table: plain(0) }).statements[0]!.sql,
        'route-lead',
      );
      const flow = (name: (i: number) => string) =>
        toSql('analyze-lead-flow', {
          dialect: d,
          asOf: '2026-03-31',
          channelCosts: { [name(1)]: 100, [name(2)]: null },
          rules: { reactivation: { campaign: { industry: [name(3), name(4)], region: [name(5)] } } },
          table: name(6),
        })
          .statements.map((s) => s.sql)
          .join('\n');
      compare(
        flow((i) => NAMES[i]!),
        flow(plain),
        'analyze-lead-flow',
      );
      const opp = (name: (i: number) => string) =>
        toSql('assess-opportunities', {
          dialect: d,
          asOf: '2026-03-31',
          rules: {
            stages: [
              {
                key: name(0),
                standardDays: 7,
                maxIdleDays: 3,
                requiredFields: [name(1), name(2)],
                requiredActivities: { [name(3)]: 2 },
              },
              {
                key: name(4),
                standardDays: 14,
                maxIdleDays: 5,
                requiredFields: [name(5)],
                requiredActivities: { [name(6)]: 1, [name(3)]: 1 },
              },
            ],
          },
          table: name(7),
          activitiesTable: name(8),
        }).statements[0]!.sql;
      compare(
        opp((i) => NAMES[i]!),
        opp(plain),
        'assess-opportunities',
      );
    });
  }
});

describe('hostile names run in DuckDB and Postgres with the model’s results and nothing else', () => {
  const engines: Engine[] = [];
  before(async () => {
    engines.push(await duckdb(), await postgres());
  });
  after(async () => {
    for (const e of engines) await e.close();
  });

  it('a model and table named to inject: scores and routes equal the model, and the table x survives', async () => {
    const { model, rules } = hostileModel((i) => NAMES[i % NAMES.length]!);
    const flag = NAMES[9]!;
    const values = [
      { [NAMES[0]!]: NAMES[3], [NAMES[1]!]: [NAMES[2], NAMES[3], NAMES[2]], [NAMES[4]!]: 10.000000001, [flag]: true },
      { [NAMES[0]!]: NAMES[12], [NAMES[1]!]: [], [flag]: false },
      { [NAMES[0]!]: 'no such option', [NAMES[4]!]: 1 },
      {},
    ];
    for (const e of engines) {
      await e.load('x', [{ name: 'keep', type: 'text' }], [{ keep: 'me' }]);
      const program = toSql('route-lead', { dialect: e.name, model, rules, table: '"; drop table x; --' });
      await e.load(
        '"; drop table x; --',
        program.inputs[0]!.columns,
        values.map((v, i) => ({ id: `r${i}`, ...v })),
      );
      const r = await e.query(program.statements[0]!.sql);
      assert.equal(r.rows.length, values.length);
      const col = (name: string) => r.columns.indexOf(name);
      values.forEach((v, i) => {
        const row = r.rows.find((x) => x[0] === `r${i}`)!;
        let expected;
        try {
          expected = tierLead({ model, values: v });
        } catch {
          assert.deepEqual(row[col('invalid')], [NAMES[0]]);
          return;
        }
        assert.equal(row[col('score')], expected.score, `${e.name} r${i}`);
        assert.equal(row[col('tier')], expected.tier);
        assert.equal(row[col(`points_${NAMES[0]}`)], expected.contributions[0]!.points);
        const route = routeLead({ result: expected, values: v, model, rules });
        assert.equal(row[col('route')], route.route);
        assert.equal(row[col('reason')], route.reason);
      });
      assert.deepEqual((await e.query('SELECT keep FROM x')).rows, [['me']], `${e.name}: table x is still there`);
    }
  });
});
