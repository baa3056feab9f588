// revops sql: print a model as SQL for a warehouse (docs/warehouse.md), from the
// same model JSON the elements use. Called by bin/revops.js for `revops sql …`.
// Exit 0 with the SQL on stdout; 2 with a message on stderr for anything it
// cannot compile (an unsupported model, dialect or option, a bad model file).
import { readFile } from 'node:fs/promises';

const USAGE = `usage: revops sql <model> --dialect duckdb|postgres|spark|bigquery|snowflake [options]
Prints the model as SQL that the warehouse runs over its own tables; the
results equal the model's (docs/warehouse.md lists the column contract).
<model>: tier-lead, tier-customer, route-lead, analyze-lead-flow, assess-opportunities
  --model FILE             tiering model JSON (tier-lead, tier-customer, route-lead; default: the preset)
  --rules FILE             route rules (route-lead), lead-flow rules (analyze-lead-flow)
                           or pipeline rules (assess-opportunities); default: the model's defaults
  --costs FILE             cost per source, {"web": 10000, ...} (analyze-lead-flow)
  --table NAME             input table, schema.table allowed (default leads, customers or opportunities)
  --activities-table NAME  activities of the opportunities (default opportunity_activities)
  --as-of YYYY-MM-DD       day of the analysis (analyze-lead-flow, assess-opportunities; default: today in UTC)
  --period day|week|month  limit the source statistics to a window (analyze-lead-flow)
  --ddl                    print CREATE TABLE for the input tables instead of the query`;

/** Which options each model takes. */
const APPLIES = {
  'tier-lead': ['--model', '--table'],
  'tier-customer': ['--model', '--table'],
  'route-lead': ['--model', '--rules', '--table'],
  'analyze-lead-flow': ['--rules', '--costs', '--table', '--as-of', '--period'],
  'assess-opportunities': ['--rules', '--table', '--activities-table', '--as-of'],
};
const VALUED = ['--dialect', '--model', '--rules', '--costs', '--table', '--activities-table', '--as-of', '--period'];

class UsageError extends Error {}

function parseArgs(args) {
  const opts = {};
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') opts['--help'] = true;
    else if (a === '--ddl') opts['--ddl'] = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!VALUED.includes(name)) throw new UsageError(`unknown option ${name}`);
      const value = eq < 0 ? args[++i] : a.slice(eq + 1);
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      if (name in opts) throw new UsageError(`${name} is given twice`);
      opts[name] = value;
    } else rest.push(a);
  }
  return { opts, rest };
}

async function readJson(option, file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${option} ${file}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${option} ${file} is not valid JSON: ${e.message}`);
  }
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Write and wait until the text is handed to the OS, so exiting does not cut it. */
const write = (stream, text) => new Promise((resolve) => stream.write(text, () => resolve()));

export async function main(args) {
  let lib;
  try {
    lib = await import('../dist/models.js');
  } catch (e) {
    await write(process.stderr, `revops sql: cannot load dist/models.js (run \`npm run build\` first): ${e.message}\n`);
    return 1;
  }
  const { toSql, createTableSql, SQL_MODELS, SQL_DIALECTS, isModelInputError } = lib;
  try {
    const { opts, rest } = parseArgs(args);
    if (opts['--help']) {
      await write(process.stdout, USAGE + '\n');
      return 0;
    }
    const [model, ...extra] = rest;
    if (!model) throw new UsageError('name a model');
    if (extra.length) throw new UsageError(`unexpected argument ${extra.join(' ')}`);
    if (!SQL_MODELS.includes(model))
      throw new UsageError(`model "${model}" has no SQL form; models with one: ${SQL_MODELS.join(', ')}`);
    const dialect = opts['--dialect'];
    if (dialect === undefined) throw new UsageError(`--dialect is required (${SQL_DIALECTS.join(', ')})`);
    if (!SQL_DIALECTS.includes(dialect))
      throw new UsageError(`unsupported dialect "${dialect}"; dialects: ${SQL_DIALECTS.join(', ')}`);
    for (const name of Object.keys(opts))
      if (name !== '--dialect' && name !== '--ddl' && !APPLIES[model].includes(name))
        throw new UsageError(`${name} does not apply to ${model} (it takes ${APPLIES[model].join(', ')})`);
    if (opts['--as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts['--as-of']))
      throw new UsageError(`--as-of must be a day YYYY-MM-DD (got ${opts['--as-of']})`);
    const options = { dialect };
    if (opts['--model'] !== undefined) {
      const m = await readJson('--model', opts['--model']);
      // A file may hold the model itself or an element's input { model, … }.
      options.model = isObject(m) && !('factors' in m) && 'model' in m ? m.model : m;
    }
    if (opts['--rules'] !== undefined) {
      const r = await readJson('--rules', opts['--rules']);
      options.rules = model === 'route-lead' && isObject(r) && Array.isArray(r.rules) ? r.rules : r;
    }
    if (opts['--costs'] !== undefined) options.channelCosts = await readJson('--costs', opts['--costs']);
    if (opts['--table'] !== undefined) options.table = opts['--table'];
    if (opts['--activities-table'] !== undefined) options.activitiesTable = opts['--activities-table'];
    if (opts['--as-of'] !== undefined) options.asOf = opts['--as-of'];
    if (opts['--period'] !== undefined) options.period = opts['--period'];
    const program = toSql(model, options);
    const text = opts['--ddl']
      ? program.inputs.map((input) => createTableSql(dialect, input)).join('\n')
      : program.statements.map((s) => s.sql).join('\n');
    await write(process.stdout, text);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      await write(process.stderr, `revops sql: ${e.message}\n(revops sql --help lists the models and options)\n`);
      return 2;
    }
    if (isModelInputError(e)) {
      await write(process.stderr, e.issues.map((i) => `revops sql: ${i.message}\n`).join(''));
      return 2;
    }
    await write(process.stderr, `revops sql: ${e?.stack ?? e}\n`);
    return 1;
  }
}
