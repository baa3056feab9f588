/**
 * A bad field's message in the units the user types: a percentage field says
 * "must be ≥ 0 %" where the model says "must be ≥ 0 (got number −0.05)" about
 * the fraction. Built from the issue's code and parameters (src/schemas/
 * issue-codes.ts), never from its English text; the value typed is in the
 * field beside the message, so it is not repeated. Other codes: undefined
 * (the caller keeps the model's sentence).
 */
import type { Issue } from '../schemas/issues.js';
import type { IssueParams } from '../schemas/issue-codes.js';

/** How a field is typed: a number, a whole count, a fraction typed as %, money, text. */
export type FieldKind = 'num' | 'int' | 'pct' | 'money' | 'text';

export interface UnitWords {
  min: (bound: string, inclusive: boolean) => string;
  max: (bound: string, inclusive: boolean) => string;
  notNumber: string;
  whole: string;
  required: string;
}

/** A bound in the field's units: `0 %`, `100 %` for a percentage, the grouped number otherwise. */
export function boundText(x: number, kind: FieldKind, number: (x: number) => string): string {
  return kind === 'pct' ? `${number(+(x * 100).toPrecision(12))} %` : number(x);
}

export function fieldMessage(
  issue: Pick<Issue, 'code' | 'params'>,
  kind: FieldKind,
  w: UnitWords,
  number: (x: number) => string,
): string | undefined {
  if (kind === 'text') return undefined;
  switch (issue.code) {
    case 'min': {
      const p = issue.params as IssueParams['min'];
      return w.min(boundText(p.min, kind, number), p.inclusive);
    }
    case 'max': {
      const p = issue.params as IssueParams['max'];
      return w.max(boundText(p.max, kind, number), p.inclusive);
    }
    case 'whole':
      return w.whole;
    case 'finite':
      return w.notNumber;
    case 'type': {
      const p = issue.params as IssueParams['type'];
      if (p.got.kind === 'nothing') return w.required;
      // A number where a whole one is expected (600.5 customers).
      if (p.got.kind === 'number' && p.expected.includes('int')) return w.whole;
      return p.got.kind === 'number' ? undefined : w.notNumber;
    }
    case 'required':
      return w.required;
    default:
      return undefined;
  }
}
