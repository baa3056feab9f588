// Bench case for the models as SQL (docs/warehouse.md): 10,000,000 generated
// leads scored by the tier-lead SQL in DuckDB (@duckdb/node-api, a dev
// dependency) into a table of a database file (every output column, as a
// nightly job writes them) and as scores and tiers only, next to tierLead in
// Node on 1,000,000 leads. Figures, not assertions.
//   node bench/run.js sql --no-sizes --no-render     (after npm run build)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLeads } from './lead-score-card.js';

const N_SQL = 10_000_000;
const N_NODE = 1_000_000;

/** A pick from a list by a hash of the row number and a salt, in SQL. */
const pick = (list, salt) =>
  `[${list.map((v) => `'${v}'`).join(', ')}][1 + CAST(hash(i, ${salt}) % ${list.length} AS BIGINT)]`;

/** The same kinds of values as generateLeads, made inside DuckDB. */
const GENERATE = `CREATE TABLE leads AS
SELECT
  CAST(i AS VARCHAR) AS id,
  ${pick(['website-direct', 'seo', 'sem', 'offline-event', 'online-event', 'referral', 'partner', 'purchased-list', 'other'], 1)} AS channel,
  ${pick(['demo-request', 'register-and-call', 'inbound-call', 'form-submit', 'register-only', 'content-download'], 2)} AS form,
  CAST(hash(i, 3) % 2000000000 AS DOUBLE) AS "annualRevenue",
  ${pick(['decision-maker', 'budget-owner', 'team-head-unclear-authority', 'influencer', 'end-user', 'unknown'], 4)} AS "contactRole",
  ${pick(['clear', 'partial', 'vague', 'none'], 5)} AS "demandClarity",
  ${pick(['standard-high', 'partial', 'custom-heavy', 'unknown'], 6)} AS "demandMatch",
  CASE WHEN hash(i, 7) % 2 = 0 THEN ['pricing-page', 'webinar-viewer'] ELSE CAST([] AS VARCHAR[]) END AS interest
FROM range(${N_SQL}) AS t(i)`;

export default {
  tag: 'sql',
  async node(models) {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const dir = mkdtempSync(join(tmpdir(), 'revops-sql-bench-'));
    const figures = {};
    try {
      // A database file, so DuckDB may spill to disk rather than hold 10M rows twice in memory.
      const db = await DuckDBInstance.create(join(dir, 'bench.duckdb'));
      const con = await db.connect();
      let t = performance.now();
      await con.run(GENERATE);
      figures.duckdbGenerate10MLeadsMs = Math.round(performance.now() - t);
      const sql = models.toSql('tier-lead', { dialect: 'duckdb' }).statements[0].sql.replace(/;\s*$/, '');
      t = performance.now();
      await con.run(`CREATE TABLE scores AS\n${sql}`);
      const ms = performance.now() - t;
      const check = await con.runAndReadAll('SELECT COUNT(*), COUNT(*) FILTER (WHERE tier IS NULL) FROM scores');
      const [count, untiered] = check.getRowsJS()[0].map(Number);
      if (count !== N_SQL || untiered !== 0) throw new Error(`scored ${count} rows, ${untiered} without a tier`);
      figures.duckdbTierLead10MLeadsMs = Math.round(ms);
      figures.duckdbTierLeadRowsPerSecond = Math.round(N_SQL / (ms / 1000));
      // Scores and tiers only, counted per tier without writing a table: the compute without the storage.
      t = performance.now();
      await con.run(`SELECT tier, COUNT(*), SUM(score) FROM (\n${sql}\n) AS s GROUP BY tier`);
      const scoreMs = performance.now() - t;
      figures.duckdbScoreAndTierOnly10MLeadsMs = Math.round(scoreMs);
      figures.duckdbScoreAndTierOnlyRowsPerSecond = Math.round(N_SQL / (scoreMs / 1000));
      const threads = await con.runAndReadAll("SELECT current_setting('threads')");
      figures.duckdbThreads = Number(threads.getRowsJS()[0][0]);
      con.closeSync();
      db.closeSync();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const inputs = generateLeads(N_NODE).map((values) => ({ values }));
    for (let i = 0; i < 50_000; i++) models.tierLead(inputs[i]); // warm up
    const t = performance.now();
    let sink = 0;
    for (let i = 0; i < N_NODE; i++) sink += models.tierLead(inputs[i]).score;
    const ms = performance.now() - t;
    if (!(sink > 0)) throw new Error('bench inputs were not valid');
    figures.nodeTierLead1MLeadsMs = Math.round(ms);
    figures.nodeTierLeadRowsPerSecond = Math.round(N_NODE / (ms / 1000));
    return figures;
  },
};
