/**
 * Validation plumbing shared by every model: the error type, issues as codes
 * with their English message, the one mapping from zod's issues to our codes,
 * and row-by-row parsing for list inputs.
 */
import * as z from 'zod/mini';
import type { Expected, IssueCode, IssueParams, IssueStrings, ShownValue } from './issue-codes.js';
import { EN_BASE, shownEn } from '../i18n/issues/en-base.js';

/**
 * One problem with an input: a dot-joined path from the input root and a
 * plain-word English message (the contract's `{ path, message }`). Issues the
 * models raise also carry `code` and `params` (src/schemas/issue-codes.ts), which
 * the elements word in the UI's language. Those two are not enumerable, so the
 * JSON of an issue (the CLI's output, `JSON.stringify` of a result) stays `{ path, message }`.
 */
export interface Issue {
  path: string;
  message: string;
  readonly code?: IssueCode;
  readonly params?: IssueParams[IssueCode];
}

/** A list row that failed validation; the other rows are still processed. */
export interface InvalidRow {
  index: number;
  id?: string;
  issues: Issue[];
}

/** An issue with its code and parameters (kept off the issue's JSON). */
export function codedIssue<C extends IssueCode>(path: string, message: string, code: C, params: IssueParams[C]): Issue {
  return Object.defineProperties<Issue>({ path, message }, { code: { value: code }, params: { value: params } });
}

/** The same issue at another path, its message naming the new path where it named the old one. */
export function movedIssue(i: Issue, path: string, message = i.message): Issue {
  return i.code ? codedIssue(path, message, i.code, i.params!) : { path, message };
}

/**
 * Issues as plain data with their codes, for a structured clone (a worker's
 * message drops properties that are not enumerable); `issuesFromWire` restores them.
 */
export const issuesToWire = (issues: readonly Issue[]): Issue[] =>
  issues.map((i) => (i.code ? { path: i.path, message: i.message, code: i.code, params: i.params } : i));

/** Issues back from `issuesToWire`, with `code` and `params` off their JSON again. */
export const issuesFromWire = (issues: readonly Issue[]): Issue[] =>
  issues.map((i) => (i.code ? codedIssue(i.path, i.message, i.code, i.params!) : i));

/** Invalid rows to and from a structured clone (see issuesToWire). */
export const rowsToWire = (rows: readonly InvalidRow[]): InvalidRow[] =>
  rows.map((r) => ({ ...r, issues: issuesToWire(r.issues) }));
export const rowsFromWire = (rows: readonly InvalidRow[]): InvalidRow[] =>
  rows.map((r) => ({ ...r, issues: issuesFromWire(r.issues) }));

/** Thrown by every model for input it cannot use; `issues` name each field. */
export class ModelInputError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => i.message).join('; ') || 'invalid input');
    this.name = 'ModelInputError';
    // Issues that crossed a structured clone carry their code as data: keep it off their JSON.
    this.issues = issues.some((i) => i.code && Object.prototype.propertyIsEnumerable.call(i, 'code'))
      ? issuesFromWire(issues)
      : issues;
  }
}

export const isModelInputError = (e: unknown): e is ModelInputError =>
  e instanceof ModelInputError ||
  (typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'ModelInputError' &&
    Array.isArray((e as { issues?: unknown }).issues));

export const joinPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** A value as messages show it: text and objects quoted as JSON, the rest by kind (`describeValue` words it). */
export const shownValue = (v: unknown): ShownValue => {
  if (v === undefined) return { kind: 'nothing' };
  if (v === null) return { kind: 'null' };
  if (Array.isArray(v)) return { kind: 'list' };
  if (typeof v === 'number' && Number.isNaN(v)) return { kind: 'NaN' };
  if (typeof v === 'object') return { kind: 'object' };
  if (typeof v === 'string') return { kind: 'text', shown: JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v) };
  // Objects returned above: v is a primitive or a function, whose String() is its text.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
  return { kind: typeof v, shown: String(v) };
};

/** A value in plain words for messages: `the text "abc"`, `number -3`, `a list`. */
export const describeValue = (v: unknown): string => shownEn(shownValue(v));

/** Message that names the field: `stages.2.count must be ≥ 0 (got number -3)`. */
export const fieldMessage = (path: string, what: string): string => `${path || 'input'} ${what}`;

/**
 * The issue maker of one part of the English table: `(path, code, params)` →
 * an issue whose message is `<path> <sentence>`. Each model family imports its
 * own part (src/i18n/issues/en-*.ts), so a bundle carries only its sentences.
 */
export const issuesOf =
  <T extends Partial<IssueStrings>>(table: T) =>
  <C extends keyof T & IssueCode>(path: string, code: C, params: IssueParams[C]): Issue =>
    codedIssue(path, fieldMessage(path, (table[code] as (p: IssueParams[C]) => string)(params)), code, params);

/** Like `issuesOf`, for messages that name their place with a colon: `history: nothing to read …`. */
export const colonIssuesOf =
  <T extends Partial<IssueStrings>>(table: T) =>
  <C extends keyof T & IssueCode>(path: string, code: C, params: IssueParams[C], label = path): Issue =>
    codedIssue(path, `${label}: ${(table[code] as (p: IssueParams[C]) => string)(params)}`, code, params);

/** Issues of the shared input checks (en-base.ts). */
export const baseIssue = issuesOf(EN_BASE);

type Coded = { [C in IssueCode]: { code: C; params: IssueParams[C] } }[IssueCode];

/**
 * A custom zod issue with our code: `ctx.addIssue(customIssue(EN_PART, code, params, path, input))`.
 * The message is the English sentence; the code rides in zod's `params`.
 */
export function customIssue<T extends Partial<IssueStrings>, C extends keyof T & IssueCode>(
  table: T,
  code: C,
  params: IssueParams[C],
  path: PropertyKey[],
  input: unknown,
) {
  const message = (table[code] as (p: IssueParams[C]) => string)(params);
  return { code: 'custom' as const, message, input, path, params: { revops: { code, params } as Coded } };
}

/** The options of a zod refine/custom check with our code: `z.refine(ok, checkError(EN_BASE, 'date', {}))`. */
export function checkError<T extends Partial<IssueStrings>, C extends keyof T & IssueCode>(
  table: T,
  code: C,
  params: IssueParams[C],
) {
  const message = (table[code] as (p: IssueParams[C]) => string)(params);
  return { message, params: { revops: { code, params } as Coded } };
}

/** A z.custom list check: "must be a list of accounts". */
export const listOf = (of: 'accounts' | 'opportunities' | 'plans') => checkError(EN_BASE, 'list_of', { of });

interface RawIssue {
  code?: string;
  input?: unknown;
  expected?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: unknown[];
  errors?: RawIssue[][];
  message?: string;
  keys?: string[];
  format?: string;
  params?: { revops?: Coded };
}

const got = (iss: RawIssue) => shownValue(iss.input);

/** The one mapping from a zod issue to our code and parameters (what was wrong, without the field name). */
export function codeOf(iss: RawIssue): Coded {
  switch (iss.code) {
    case 'invalid_type': {
      const e = [String(iss.expected)];
      if (iss.input === undefined) return { code: 'required', params: { expected: e } };
      if (iss.expected === 'number' && typeof iss.input === 'number') return { code: 'finite', params: {} };
      return { code: 'type', params: { expected: e, got: got(iss) } };
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'array') return { code: 'min_items', params: { min } };
      if (iss.origin === 'string') return { code: 'not_empty', params: {} };
      return { code: 'min', params: { min, inclusive: !!iss.inclusive, got: got(iss) } };
    }
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'array') return { code: 'max_items', params: { max } };
      if (iss.origin === 'string') return { code: 'max_length', params: { max } };
      return { code: 'max', params: { max, inclusive: !!iss.inclusive, got: got(iss) } };
    }
    case 'invalid_value':
      return { code: 'one_of', params: { values: (iss.values ?? []).map((v) => JSON.stringify(v)), got: got(iss) } };
    case 'invalid_union': {
      const expected = new Set<string>();
      for (const branch of iss.errors ?? []) {
        const first = branch[0];
        if (first?.code === 'invalid_type') expected.add(String(first.expected));
      }
      if (iss.input === undefined) return { code: 'required', params: { expected: [...expected] } };
      return expected.size
        ? { code: 'type', params: { expected: [...expected], got: got(iss) } }
        : { code: 'unsupported', params: { got: got(iss) } };
    }
    case 'not_multiple_of':
      return { code: 'whole', params: { got: got(iss) } };
    case 'unrecognized_keys':
      return { code: 'unknown_keys', params: { keys: iss.keys ?? [] } };
    case 'invalid_format':
      return { code: 'format', params: { got: got(iss) } };
    default:
      return iss.message && iss.message !== 'Invalid input'
        ? { code: 'other', params: { text: iss.message } }
        : { code: 'invalid', params: { got: got(iss) } };
  }
}

/** What was wrong, in plain words, without the field name. */
export function describeIssue(iss: RawIssue): string {
  const c = codeOf(iss);
  return (EN_BASE[c.code as keyof typeof EN_BASE] as (p: unknown) => string)(c.params);
}

/**
 * The error map of every parse: the English sentence, with the code left on
 * the issue (zod copies the issue's own keys to the one it reports).
 */
const errorMap = (iss: RawIssue): string => {
  // Custom checks (refine/superRefine) put their plain-word text in `message`; keep it.
  if (iss.code === 'custom' && iss.message) return iss.message;
  const c = codeOf(iss);
  iss.params = { revops: c };
  return (EN_BASE[c.code as keyof typeof EN_BASE] as (p: unknown) => string)(c.params);
};

/**
 * A schema-level error for a type check whose expectation has a name of its
 * own (`date`, `month`, `object`): `is required (expected …)` or `expected …, got …`.
 */
export const expecting =
  (e: Expected) =>
  (iss: { input?: unknown }): string => {
    const c: Coded =
      iss.input === undefined
        ? { code: 'required', params: { expected: [e] } }
        : { code: 'type', params: { expected: [e], got: shownValue(iss.input) } };
    (iss as RawIssue).params = { revops: c };
    return (EN_BASE[c.code] as (p: unknown) => string)(c.params);
  };

/** Flatten zod issues to `{ path, message }` with their codes, prefixing `base` for rows. */
export function toIssues(error: { issues: readonly unknown[] }, base = ''): Issue[] {
  const out: Issue[] = [];
  for (const raw of error.issues as (RawIssue & { path: PropertyKey[] })[]) {
    const rel = joinPath(raw.path);
    const path = base && rel ? `${base}.${rel}` : base || rel;
    const c = raw.params?.revops ?? codeOf(raw);
    out.push(codedIssue(path, fieldMessage(path, raw.message || describeIssue(raw)), c.code, c.params));
  }
  return out;
}

/** Parse with a zod schema or throw a ModelInputError naming every bad field. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, base = ''): z.output<S> {
  const r = schema.safeParse(input, { error: errorMap });
  if (!r.success) throw new ModelInputError(toIssues(r.error, base));
  return r.data;
}

/** Parse without throwing: the data or the issues. */
export function tryParse<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  base = '',
): { ok: true; data: z.output<S> } | { ok: false; issues: Issue[] } {
  const r = schema.safeParse(input, { error: errorMap });
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: toIssues(r.error, base) };
}

/** The `id` of a raw row for the invalid report, when it has a usable one. */
export const rowId = (row: unknown): string | undefined => {
  if (typeof row !== 'object' || row === null) return undefined;
  const id = (row as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};

/**
 * Validate each row of a list on its own: good rows come back parsed with
 * their index, bad rows go to `invalid` with paths relative to the row.
 */
export function parseRows<S extends z.ZodMiniType>(
  schema: S,
  rows: readonly unknown[],
  check?: (row: z.output<S>) => Issue[],
): { rows: { index: number; row: z.output<S> }[]; invalid: InvalidRow[] } {
  const good: { index: number; row: z.output<S> }[] = [];
  const invalid: InvalidRow[] = [];
  rows.forEach((raw, index) => {
    const r = tryParse(schema, raw);
    const issues = r.ok ? (check?.(r.data) ?? []) : r.issues;
    if (issues.length === 0 && r.ok) good.push({ index, row: r.data });
    else {
      const id = rowId(raw);
      invalid.push(id === undefined ? { index, issues } : { index, id, issues });
    }
  });
  return { rows: good, invalid };
}
