#!/usr/bin/env node
// revops: run a revops-elements model on JSON input (after `npm run build`).
//   revops <model> [file]          one JSON input from file or stdin, JSON output
//   revops <model> --jsonl [file]  one input per line, one output per line
// Exit 0 when every input was valid, 2 when any was invalid, 1 on usage or internal errors.
import { readFile } from 'node:fs/promises';

const USAGE = `usage: revops <model> [--jsonl] [--compact] [file]
Reads JSON input from file (or stdin) and prints the model's JSON output.
<model> is the kebab-case name (tier-lead) or the function name (tierLead).
  --jsonl    one input per line; one output per line; an invalid line prints
             {"error":{"issues":[...]}} and the rest go on (exit 2 if any was invalid)
  --compact  print single-line JSON (always so with --jsonl)
  --list     list the models`;

// `revops sql …` compiles a model to SQL instead of running it (bin/sql.js).
if (process.argv[2] === 'sql') process.exit(await (await import('./sql.js')).main(process.argv.slice(3)));

let lib;
try {
  lib = await import('../dist/models.js');
} catch (e) {
  process.stderr.write(`revops: cannot load dist/models.js (run \`npm run build\` first): ${e.message}\n`);
  process.exit(1);
}
const { MODELS, isModelInputError } = lib;

const args = process.argv.slice(2);
const isFlag = (a) => a.startsWith('--') || a === '-h';
const flags = new Set(args.filter(isFlag).map((a) => (a === '-h' ? '--help' : a)));
const rest = args.filter((a) => !isFlag(a));
if (flags.has('--help') || flags.has('-h')) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
if (flags.has('--list')) {
  process.stdout.write(Object.keys(MODELS).join('\n') + '\n');
  process.exit(0);
}
const known = new Set(['--jsonl', '--compact', '--help', '--list']);
const bad = [...flags].filter((f) => !known.has(f));
const [name, file, ...extra] = rest;
if (!name || bad.length || extra.length) {
  process.stderr.write((bad.length ? `revops: unknown option ${bad.join(', ')}\n` : '') + USAGE + '\n');
  process.exit(1);
}
// Names are the kebab-case of MODELS.md (tier-lead); the camelCase function names (tierLead) work too.
const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const model = Object.hasOwn(MODELS, kebab) ? MODELS[kebab] : undefined;
if (!model) {
  process.stderr.write(`revops: unknown model "${name}"; models: ${Object.keys(MODELS).join(', ')}\n`);
  process.exit(1);
}

async function readInput() {
  if (file && file !== '-') return readFile(file, 'utf8');
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

/** Output for one input text: [json, status] with status 0 ok, 2 invalid, 1 internal error. */
function runOne(text) {
  let input;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return [{ error: { issues: [{ path: '', message: `input is not valid JSON: ${e.message}` }] } }, 2];
  }
  try {
    return [model(input), 0];
  } catch (e) {
    if (isModelInputError(e)) return [{ error: { issues: e.issues } }, 2];
    return [{ error: { message: String(e?.stack ?? e) } }, 1];
  }
}

let text;
try {
  text = await readInput();
} catch (e) {
  process.stderr.write(`revops: cannot read ${file}: ${e.message}\n`);
  process.exit(1);
}

let status = 0;
const worst = (s) => {
  if (s === 1 || (s === 2 && status === 0)) status = s;
};
if (flags.has('--jsonl')) {
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
  process.stdout.write(JSON.stringify(res, null, flags.has('--compact') ? undefined : 2) + '\n');
}
process.exitCode = status;
