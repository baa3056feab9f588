#!/usr/bin/env node
// revops: run a revops-elements model on JSON input, or import a CRM export (after `npm run build`).
//   revops <model> [file]                     one JSON input from file or stdin, JSON output
//   revops <model> --jsonl [file]             one input per line, one output per line
//   revops <model> --from <kind> <export>     import the export as the model's list, then run
//   revops import <kind> <export>             the import alone: rows, skipped rows, summary
//   revops project-sales-org --scenario <file> the plan from a planner's scenario file, the costs from the JSON input
// Exit 0 when every input was valid, 2 when any was invalid (or every row of a list was), 1 on usage or internal errors.
import { readFile } from 'node:fs/promises';

const USAGE = `usage: revops <model> [--jsonl] [--compact] [file]
       revops <model> --from <kind> <export> [--preset P] [--map mapping.json] [--date-order O] [--as-of YYYY-MM-DD] [file]
       revops import <kind> <export> [--preset P] [--map mapping.json] [--date-order O] [--sheet S] [--usage usage-file]
                                            [--history owner-history-file]
       revops project-sales-org --scenario <scenario.json> [--compact] [file]
Reads JSON input from file (or stdin) and prints the model's JSON output.
<model> is the kebab-case name (tier-lead) or the function name (tierLead).
  --jsonl       one input per line; one output per line; an invalid line prints
                {"error":{"issues":[...]}} and the rest go on (exit 2 if any was invalid)
  --compact     print single-line JSON (always so with --jsonl)
  --list        list the models
  --scenario    project-sales-org: the plan from a sales-target-planner scenario file (its "Export the plan",
                or its JSON export); the costs (repCost, spans, managerCosts, …) from the JSON file or stdin
Import (a CRM export: CSV, TSV or ;-separated in UTF-8, UTF-16 or GB18030, or .xlsx):
  <kind>        leads | history | opportunities | accounts
  --preset      auto (default) | salesforce-api | salesforce-report | hubspot | xiaoshouyi | fxiaoke | generic-zh | generic-en
  --map         a mapping JSON file: { "fields": { "id": "Lead ID", ... }, "values": {...}, "dateOrder": "dmy" }
  --date-order  auto (default) | mdy | dmy | ymd: how 3/5/2026 is read
  --sheet       .xlsx: the sheet name or number (default the first)
  --usage       accounts: a usage-by-month file joined by account id
  --history     leads: an owner-history file (Salesforce LeadHistory, HubSpot owner history, a 负责人变更 log)
                joined by lead id into the leads' transfers
  --from        run a model on an export: the imported rows become the input's list
                (leads, history, opportunities or accounts); other fields come from the JSON file or stdin
  --as-of       with --from: the date of the analysis (asOf)
Exit status: 0 ok; 2 invalid input, every row invalid, or no row imported; 1 usage or internal error.`;

const fail = (msg) => {
  process.stderr.write(`revops: ${msg}\n${USAGE}\n`);
  process.exit(1);
};

// `revops sql …` compiles a model to SQL instead of running it (bin/sql.js).
if (process.argv[2] === 'sql') process.exit(await (await import('./sql.js')).main(process.argv.slice(3)));

let lib;
try {
  lib = await import('../dist/models.js');
} catch (e) {
  process.stderr.write(`revops: cannot load dist/models.js (run \`npm run build\` first): ${e.message}\n`);
  process.exit(1);
}
const { MODELS, isModelInputError, LEAD_PRESET, CUSTOMER_PRESET } = lib;

// ---- arguments ------------------------------------------------------------------------------

const VALUED = new Set([
  '--preset',
  '--map',
  '--date-order',
  '--as-of',
  '--sheet',
  '--usage',
  '--history',
  '--scenario',
]);
const FLAGS = new Set(['--jsonl', '--compact', '--help', '--list']);
const args = process.argv.slice(2);
const opts = {};
const flags = new Set();
const bad = [];
const rest = [];
let from;
for (let i = 0; i < args.length; i++) {
  let a = args[i];
  if (a === '-h') a = '--help';
  let value;
  const eq = a.startsWith('--') ? a.indexOf('=') : -1;
  if (eq > 0) {
    value = a.slice(eq + 1);
    a = a.slice(0, eq);
  }
  if (a === '--from') {
    const kind = value ?? args[++i];
    const file = args[++i];
    if (!kind || !file) fail('--from needs a kind and a file: --from leads leads.csv');
    from = { kind, file };
  } else if (VALUED.has(a)) {
    value ??= args[++i];
    if (value === undefined) fail(`${a} needs a value`);
    opts[a.slice(2)] = value;
  } else if (FLAGS.has(a)) flags.add(a);
  else if (a.startsWith('--')) bad.push(a);
  else rest.push(a);
}
if (flags.has('--help')) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
if (flags.has('--list')) {
  process.stdout.write(Object.keys(MODELS).join('\n') + '\n');
  process.exit(0);
}
if (bad.length) fail(`unknown option ${bad.join(', ')}`);

let importLib;
async function loadImport() {
  try {
    importLib ??= await import('../dist/import.js');
  } catch (e) {
    process.stderr.write(`revops: cannot load dist/import.js (run \`npm run build\` first): ${e.message}\n`);
    process.exit(1);
  }
  return importLib;
}

const DATE_ORDERS = ['auto', 'mdy', 'dmy', 'ymd'];
const importing = rest[0] === 'import';
// The kinds and presets are the import library's own lists.
const { IMPORT_KINDS: KINDS, PRESET_NAMES } =
  importing || from ? await loadImport() : { IMPORT_KINDS: [], PRESET_NAMES: [] };
const PRESETS = ['auto', ...PRESET_NAMES];
if (!importing && !from) {
  const stray = ['preset', 'map', 'date-order', 'as-of', 'sheet', 'usage', 'history'].filter((k) => k in opts);
  if (stray.length) fail(`--${stray[0]} is for import and --from`);
}
if (opts.preset !== undefined && !PRESETS.includes(opts.preset))
  fail(`unknown preset "${opts.preset}"; presets: ${PRESETS.join(', ')}`);
if (opts['date-order'] !== undefined && !DATE_ORDERS.includes(opts['date-order']))
  fail(`--date-order must be one of ${DATE_ORDERS.join(', ')}`);
if (opts['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(opts['as-of']))
  fail('--as-of must be a date such as 2026-03-31');

const print = (value) =>
  process.stdout.write(JSON.stringify(value, null, flags.has('--compact') ? undefined : 2) + '\n');

// ---- import ---------------------------------------------------------------------------------

async function readMapping() {
  if (opts.map === undefined) return undefined;
  let json;
  try {
    json = JSON.parse(await readFile(opts.map, 'utf8'));
  } catch (e) {
    fail(`cannot read the mapping ${opts.map}: ${e.message}`);
  }
  const { mapping, issues } = (await loadImport()).parseMapping(json);
  if (issues.length) fail(`the mapping ${opts.map} is not valid: ${issues.map((i) => i.message).join('; ')}`);
  return mapping;
}

/** Import a file as `kind`; `extra` are import options (factors, stages). */
async function importExport(kind, file, extra = {}) {
  if (!KINDS.includes(kind)) fail(`unknown kind "${kind}"; kinds: ${KINDS.join(', ')}`);
  const { importFile, joinUsage, joinOwnerHistory } = await loadImport();
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  const mapping = await readMapping();
  const o = { ...extra, preset: opts.preset ?? 'auto', dateOrder: opts['date-order'] ?? 'auto' };
  if (mapping) o.mapping = mapping;
  if (opts.sheet !== undefined) o.sheet = /^\d+$/.test(opts.sheet) ? Number(opts.sheet) : opts.sheet;
  let result = await importFile(bytes, kind, o);
  /** A second file (usage, owner history) imported with its own preset; its file problems on stderr. */
  const side = async (path, sideKind, what) => {
    let sideBytes;
    try {
      sideBytes = await readFile(path);
    } catch (e) {
      fail(`cannot read ${path}: ${e.message}`);
    }
    const r = await importFile(sideBytes, sideKind, { preset: 'auto', dateOrder: o.dateOrder });
    if (r.issues.length) process.stderr.write(`revops: ${what}: ${r.issues.map((i) => i.message).join('; ')}\n`);
    return r;
  };
  if (opts.usage !== undefined) {
    if (kind !== 'accounts') fail('--usage joins a usage file to accounts');
    result = joinUsage(result, await side(opts.usage, 'usage', 'usage file'));
  }
  if (opts.history !== undefined) {
    if (kind !== 'leads') fail('--history joins an owner-history file to leads');
    // As in lead-flow-monitor: a history file with a file problem is not joined (the message says why).
    const history = await side(opts.history, 'owner-history', 'owner-history file not joined');
    if (!history.issues.length && !result.issues.length) result = joinOwnerHistory(result, history);
  }
  return result;
}

/** The import as the CLI prints it. */
const importOutput = (r) => {
  const out = {
    kind: r.kind,
    preset: r.preset,
    mapping: r.mapping,
    rows: r.rows,
    skipped: r.skipped,
    summary: { read: r.summary.read, mapped: r.summary.mapped, skipped: r.summary.skipped },
  };
  if (r.joined) out.historyJoined = r.joined;
  if (r.issues.length) out.issues = r.issues;
  if (r.notes.length) out.notes = r.notes;
  if (r.warnings.length) out.warnings = importLib.groupIssues(r.warnings);
  out.file = {
    format: r.source.format,
    ...(r.source.encoding ? { encoding: r.source.encoding } : {}),
    ...(r.source.sheet ? { sheet: r.source.sheet, sheets: r.source.sheets } : {}),
    headerLine: r.headerLine,
    blankLines: r.summary.blank,
    titleRows: r.summary.titles,
    footerRows: r.summary.footers,
    ...(r.dateOrder ? { dateOrder: r.dateOrder } : {}),
  };
  return out;
};

if (importing) {
  const [, kind, file, ...extra] = rest;
  if (!kind || !file || extra.length) fail('import needs a kind and a file: revops import leads leads.csv');
  if (from) fail('--from is for model commands');
  const r = await importExport(kind, file);
  print(importOutput(r));
  // exitCode, not exit(): a large output to a pipe must be written out first.
  process.exitCode = r.summary.mapped > 0 ? 0 : 2;
} else await runModel();

// ---- models ---------------------------------------------------------------------------------

async function runModel() {
  const [name, file, ...extra] = rest;
  if (!name || extra.length) fail(extra.length ? `unexpected argument ${extra[0]}` : 'no model given');
  // Names are the kebab-case of the function names in docs/models.md (tier-lead); the camelCase function names (tierLead) work too.
  const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const model = Object.hasOwn(MODELS, kebab) ? MODELS[kebab] : undefined;
  if (!model) {
    process.stderr.write(`revops: unknown model "${name}"; models: ${Object.keys(MODELS).join(', ')}\n`);
    process.exit(1);
  }

  /** The list each model takes, and the import kind that fills it. */
  const LIST_OF = {
    'analyze-lead-flow': 'leads',
    'analyze-lead-owners': 'leads',
    'validate-tiering': 'history',
    'calibrate-tiering': 'history',
    'assess-opportunities': 'opportunities',
    'assess-churn': 'accounts',
    'deep-share-from-tiers': 'history',
    'opportunity-owners': 'opportunities',
    'churn-owners': 'accounts',
  };
  /** Models whose imported list goes in a field of another name than its kind. */
  const FIELD_OF = { 'deep-share-from-tiers': 'customers' };
  const LISTS = ['leads', 'history', 'opportunities', 'accounts', 'reps', 'segments', 'bookings', 'customers', 'plans'];
  /** Models whose `invalid` lists the rows of one list of several (learn-headcount-inputs also takes reps). */
  const INVALID_OF = {
    'learn-headcount-inputs': 'bookings',
    'learn-funnel-rates': 'opportunities',
    'learn-hiring-funnel': 'bookings',
  };
  /** Models that list the bad rows of a second list in a field of their own: [list, field]. */
  const INVALID_ALSO = { 'learn-hiring-funnel': ['reps', 'invalidReps'] };

  async function readInput(allowEmpty) {
    if (file && file !== '-') return readFile(file, 'utf8');
    if (allowEmpty && process.stdin.isTTY) return '';
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    return Buffer.concat(chunks).toString('utf8');
  }

  /** True when the input has a non-empty list and the output lists every one of its rows as invalid. */
  function everyRowInvalid(input, output) {
    if (!input || typeof input !== 'object' || !output || typeof output !== 'object') return false;
    const also = INVALID_ALSO[kebab];
    if (also && Array.isArray(input[also[0]]) && input[also[0]].length > 0)
      if (output[also[1]]?.length >= input[also[0]].length) return true;
    const invalid = Array.isArray(output.invalid) ? output.invalid : output.before?.invalid;
    if (!Array.isArray(invalid)) return false;
    const lists = Object.hasOwn(INVALID_OF, kebab) ? [INVALID_OF[kebab]] : LISTS;
    return lists.some((k) => Array.isArray(input[k]) && input[k].length > 0 && invalid.length >= input[k].length);
  }

  /** Output for one parsed input: [json, status] with status 0 ok, 2 invalid, 1 internal error. */
  function runParsed(input) {
    try {
      const out = model(input);
      return [out, everyRowInvalid(input, out) ? 2 : 0];
    } catch (e) {
      if (isModelInputError(e)) return [{ error: { issues: e.issues } }, 2];
      return [{ error: { message: String(e?.stack ?? e) } }, 1];
    }
  }

  function runOne(text) {
    let input;
    try {
      input = JSON.parse(text);
    } catch (e) {
      return [{ error: { issues: [{ path: '', message: `input is not valid JSON: ${e.message}` }] } }, 2];
    }
    return runParsed(input);
  }

  if (opts.scenario !== undefined) {
    if (kebab !== 'project-sales-org') fail('--scenario is for project-sales-org');
    if (flags.has('--jsonl')) fail('--scenario reads one input; it does not take --jsonl');
    if (from) fail('--scenario and --from do not go together');
  }

  /**
   * project-sales-org --scenario: the plan from a sales-target-planner scenario file, checked as
   * sales-org-designer reads one (readPlanFile: issues name the file's field, `input.hires.3`), the costs from `text`.
   */
  async function runWithScenario(text) {
    let fileText;
    try {
      fileText = await readFile(opts.scenario, 'utf8');
    } catch (e) {
      process.stderr.write(`revops: cannot read ${opts.scenario}: ${e.message}\n`);
      process.exit(1);
    }
    let read;
    try {
      read = lib.readPlanFile(fileText);
    } catch (e) {
      if (isModelInputError(e)) return [{ error: { source: 'scenario', file: opts.scenario, issues: e.issues } }, 2];
      throw e;
    }
    let input = {};
    if (text.trim()) {
      try {
        input = JSON.parse(text);
      } catch (e) {
        return [{ error: { issues: [{ path: '', message: `input is not valid JSON: ${e.message}` }] } }, 2];
      }
      if (!input || typeof input !== 'object' || Array.isArray(input)) fail('the input JSON must be an object');
      if (Object.hasOwn(input, 'plan')) fail('--scenario gives the plan: the input has a "plan" too');
    }
    process.stderr.write(`revops: the plan${read.name ? ` "${read.name}"` : ''} from ${opts.scenario}\n`);
    return runParsed({ ...input, plan: read.input });
  }

  let text;
  try {
    text = await readInput(!!from || opts.scenario !== undefined);
  } catch (e) {
    process.stderr.write(`revops: cannot read ${file}: ${e.message}\n`);
    process.exit(1);
  }

  if (from) {
    if (flags.has('--jsonl')) fail('--from reads one export; it does not take --jsonl');
    const list = LIST_OF[kebab];
    if (!list) fail(`${kebab} takes no list to import; --from works with ${Object.keys(LIST_OF).join(', ')}`);
    if (from.kind !== list) fail(`${kebab} takes ${list}: use --from ${list} <file>`);
    let input = {};
    if (text.trim()) {
      try {
        input = JSON.parse(text);
      } catch (e) {
        process.stderr.write(`revops: the input is not valid JSON: ${e.message}\n`);
        process.exit(1);
      }
      if (!input || typeof input !== 'object' || Array.isArray(input)) fail('the input JSON must be an object');
    }
    const extraOpts = {};
    if (list === 'history') {
      const m = input.model;
      extraOpts.factors =
        m && typeof m === 'object' && Array.isArray(m.factors)
          ? m.factors
          : ((input.preset ?? (kebab === 'deep-share-from-tiers' ? 'customer' : 'lead')) === 'customer'
              ? CUSTOMER_PRESET
              : LEAD_PRESET
            ).factors;
    }
    if (list === 'opportunities' && Array.isArray(input.rules?.stages)) extraOpts.stages = input.rules.stages;
    const r = await importExport(from.kind, from.file, extraOpts);
    process.stderr.write(
      `revops: imported ${r.summary.mapped} of ${r.summary.read} rows from ${from.file} (${r.preset}; ${r.summary.skipped} skipped)` +
        (r.issues.length ? `: ${r.issues.map((i) => i.message).join('; ')}` : '') +
        '\n',
    );
    input[FIELD_OF[kebab] ?? list] = (await loadImport()).modelRows(from.kind, r.rows);
    if (opts['as-of'] !== undefined) input.asOf = opts['as-of'];
    const [res, s] = runParsed(input);
    print(res);
    process.exitCode = s === 0 && r.summary.mapped === 0 ? 2 : s;
  } else {
    let status = 0;
    const worst = (s) => {
      if (s === 1 || (s === 2 && status === 0)) status = s;
    };
    if (opts.scenario !== undefined) {
      const [res, s] = await runWithScenario(text);
      worst(s);
      print(res);
    } else if (flags.has('--jsonl')) {
      const out = [];
      for (const line of text.split(/\r?\n/)) {
        if (!line.trim()) continue;
        const [res, s] = runOne(line);
        worst(s);
        out.push(JSON.stringify(res));
      }
      process.stdout.write(out.length ? out.join('\n') + '\n' : '');
    } else {
      const [res, s] = runOne(text);
      worst(s);
      print(res);
    }
    process.exitCode = status;
  }
}
