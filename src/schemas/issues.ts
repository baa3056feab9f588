/**
 * Validation plumbing shared by every model: the error type, plain-word issue
 * messages, and row-by-row parsing for list inputs.
 */
import * as z from 'zod/mini';

/** One problem with an input: a dot-joined path from the input root and a plain-word message. */
export interface Issue {
  path: string;
  message: string;
}

/** A list row that failed validation; the other rows are still processed. */
export interface InvalidRow {
  index: number;
  id?: string;
  issues: Issue[];
}

/** Thrown by every model for input it cannot use; `issues` name each field. */
export class ModelInputError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => i.message).join('; ') || 'invalid input');
    this.name = 'ModelInputError';
    this.issues = issues;
  }
}

export const isModelInputError = (e: unknown): e is ModelInputError =>
  e instanceof ModelInputError ||
  (typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'ModelInputError' &&
    Array.isArray((e as { issues?: unknown }).issues));

export const joinPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** A value in plain words for messages: `the text "abc"`, `number -3`, `a list`. */
export const describeValue = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
};

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};
const expectedName = (e: unknown): string => EXPECTED[String(e)] ?? String(e);

type RawIssue = {
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
};

/** What was wrong, in plain words, without the field name. */
export function describeIssue(iss: RawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `is required (expected ${expectedName(iss.expected)})`;
      if (iss.expected === 'number' && typeof iss.input === 'number') return 'must be a finite number';
      return `expected ${expectedName(iss.expected)}, got ${describeValue(iss.input)}`;
    case 'too_small': {
      const m = Number(iss.minimum);
      if (iss.origin === 'array') return `needs at least ${m} item${m === 1 ? '' : 's'}`;
      if (iss.origin === 'string') return 'must not be empty';
      return `must be ${iss.inclusive ? '≥' : '>'} ${m} (got ${describeValue(iss.input)})`;
    }
    case 'too_big': {
      const m = Number(iss.maximum);
      if (iss.origin === 'array') return `allows at most ${m} item${m === 1 ? '' : 's'}`;
      if (iss.origin === 'string') return `must be at most ${m} characters`;
      return `must be ${iss.inclusive ? '≤' : '<'} ${m} (got ${describeValue(iss.input)})`;
    }
    case 'invalid_value':
      return `must be one of ${(iss.values ?? []).map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(iss.input)})`;
    case 'invalid_union': {
      const expected = new Set<string>();
      for (const branch of iss.errors ?? []) {
        const first = branch[0];
        if (first?.code === 'invalid_type') expected.add(expectedName(first.expected));
      }
      if (iss.input === undefined)
        return `is required${expected.size ? ` (expected ${[...expected].join(' or ')})` : ''}`;
      return expected.size
        ? `expected ${[...expected].join(' or ')}, got ${describeValue(iss.input)}`
        : `has an unsupported form (got ${describeValue(iss.input)})`;
    }
    case 'not_multiple_of':
      return `must be a whole number (got ${describeValue(iss.input)})`;
    case 'unrecognized_keys':
      return `has unknown keys ${(iss.keys ?? []).join(', ')}`;
    case 'invalid_format':
      return `is not in the expected format (got ${describeValue(iss.input)})`;
    default:
      return iss.message && iss.message !== 'Invalid input'
        ? iss.message
        : `is not valid (got ${describeValue(iss.input)})`;
  }
}

/** Message that names the field: `stages.2.count must be ≥ 0 (got number -3)`. */
export const fieldMessage = (path: string, what: string): string => `${path || 'input'} ${what}`;

export const issue = (path: string, what: string): Issue => ({ path, message: fieldMessage(path, what) });

// Custom checks (refine/superRefine) put their plain-word text in `message`; keep it.
const errorMap = (iss: RawIssue): string => (iss.code === 'custom' && iss.message ? iss.message : describeIssue(iss));

/** Flatten zod issues to `{ path, message }`, prefixing `base` for rows. */
export function toIssues(error: { issues: readonly unknown[] }, base = ''): Issue[] {
  const out: Issue[] = [];
  for (const raw of error.issues as (RawIssue & { path: PropertyKey[] })[]) {
    const rel = joinPath(raw.path);
    const path = base && rel ? `${base}.${rel}` : base || rel;
    out.push({ path, message: fieldMessage(path, raw.message || describeIssue(raw)) });
  }
  return out;
}

/** Parse with a zod schema or throw a ModelInputError naming every bad field. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, base = ''): z.output<S> {
  const r = schema.safeParse(input, { error: errorMap as never });
  if (!r.success) throw new ModelInputError(toIssues(r.error, base));
  return r.data;
}

/** Parse without throwing: the data or the issues. */
export function tryParse<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  base = '',
): { ok: true; data: z.output<S> } | { ok: false; issues: Issue[] } {
  const r = schema.safeParse(input, { error: errorMap as never });
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
