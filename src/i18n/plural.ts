/**
 * Plural words for counts in sentences ("1 day", "3 days"), by the locale's
 * `Intl.PluralRules`. Tables receive counts as numbers or as the element's
 * `fmt` wrote them ("1,204"); either works.
 */
import type { Locale } from './format.js';

const rules = new Map<Locale, Intl.PluralRules>();

/** The count's word: `plural('en', n, { one: 'day', other: 'days' })`. */
export function plural(
  locale: Locale,
  n: number | string,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  // A formatted count: drop the grouping separators (and spaces) the locale wrote.
  const x = typeof n === 'number' ? n : Number(n.replace(/[^\d.\-eE]/g, ''));
  return forms[r.select(x)] ?? forms.other;
}

/** English `<count> <word>`: `counted(3, 'day', 'days')` → "3 days". */
export const counted = (n: number | string, one: string, other: string): string =>
  `${n} ${plural('en', n, { one, other })}`;
