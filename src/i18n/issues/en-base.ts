/**
 * English wording of the input-shape codes every model shares (the zod
 * mapping in src/schemas/issues.ts and the shared schema checks). The models
 * write their `message` from these parts (one per model family, so a bundle
 * carries only its models' sentences); `en.ts` joins them into the full table.
 */
import type { Expected, IssueStrings, ShownValue } from '../../schemas/issue-codes.js';

/** A user's value in plain words: `the text "abc"`, `number -3`, `a list`, `nothing`. */
export const shownEn = (v: ShownValue): string => {
  switch (v.kind) {
    case 'nothing':
      return 'nothing';
    case 'null':
    case 'NaN':
      return v.kind;
    case 'list':
      return 'a list';
    case 'text':
      return `the text ${v.shown}`;
    case 'object':
      if (v.shown === undefined) return 'an object';
  }
  return `${v.kind} ${v.shown}`;
};

const EXPECTED: Partial<Record<Expected, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
  date: 'an ISO 8601 date such as 2026-03-05',
  month: 'a month such as 2026-03',
};
const expected = (e: readonly Expected[]): string => e.map((x) => EXPECTED[x] ?? x).join(' or ');
const items = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;

export const EN_BASE = {
  required: (p) => (p.expected.length ? `is required (expected ${expected(p.expected)})` : 'is required'),
  finite: () => 'must be a finite number',
  type: (p) => `expected ${expected(p.expected)}, got ${shownEn(p.got)}`,
  min_items: (p) => `needs at least ${items(p.min)}`,
  not_empty: () => 'must not be empty',
  min: (p) => `must be ${p.inclusive ? '≥' : '>'} ${p.min} (got ${shownEn(p.got)})`,
  max_items: (p) => `allows at most ${items(p.max)}`,
  max_length: (p) => `must be at most ${p.max} characters`,
  max: (p) => `must be ${p.inclusive ? '≤' : '<'} ${p.max} (got ${shownEn(p.got)})`,
  one_of: (p) => `must be one of ${p.values.join(', ')} (got ${shownEn(p.got)})`,
  unsupported: (p) => `has an unsupported form (got ${shownEn(p.got)})`,
  whole: (p) => `must be a whole number (got ${shownEn(p.got)})`,
  unknown_keys: (p) => `has unknown keys ${p.keys.join(', ')}`,
  format: (p) => `is not in the expected format (got ${shownEn(p.got)})`,
  invalid: (p) => `is not valid (got ${shownEn(p.got)})`,
  other: (p) => p.text,
  date: () => 'must be an ISO 8601 date such as 2026-03-05 or 2026-03-05T09:30:00+08:00',
  month: () => 'must be a month such as 2026-03',
  max_list: (p) => `allows at most ${p.max} items (got ${p.got})`,
  max_keys: (p) => `allows at most ${p.max} keys (got ${p.got})`,
  duplicate: (p) => `repeats the ${p.of} ${JSON.stringify(p.key)}; each must be unique`,
  list_of: (p) => `must be a list of ${p.of}`,
  results_not_finite: (p) =>
    `gives results that are not finite numbers (${p.fields.join(', ')}); check for extreme values${p.hint === 'funnel' ? ' such as huge counts or very small conversion rates' : ''}`,
} satisfies Partial<IssueStrings>;
