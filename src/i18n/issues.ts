/**
 * Validation issues in the UI's language. Every model issue carries a code
 * and its parameters (src/schemas/issue-codes.ts) beside its English message;
 * another locale words it from its table (`issues/<locale>.ts`), loaded with
 * that locale. English shows the message itself, so its table stays out of
 * the elements' bundles (the models carry the parts they use: issues/en-*.ts).
 */
import type { Locale } from './format.js';
import type { Issue } from '../schemas/issues.js';
import type { IssueStrings } from '../schemas/issue-codes.js';
import { lazyLocales } from './registry.js';

export const ISSUES = lazyLocales<IssueStrings>({
  'zh-CN': () => import('./issues/zh-CN.js').then((m) => m.ISSUES),
});

/**
 * What is wrong with the field, in `locale`, without the field's name
 * (`must be ≥ 0 (got number -3)`); undefined when the locale words it as the
 * English message does (en, an issue without a code, or a table not loaded).
 */
export function issueSentence(i: Issue, locale: Locale): string | undefined {
  const code = i.code;
  const t = code ? ISSUES.get(locale) : undefined;
  return t && code ? (t[code] as (p: unknown) => string)(i.params) : undefined;
}
