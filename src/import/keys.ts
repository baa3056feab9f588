/**
 * Comparable forms of headers and values: no case, spaces or punctuation.
 * Kept apart so that a module using them does not pull in the presets.
 */

/** A header's comparable key and the multiplier of a unit written in it (`金额(万元)` → 10,000). */
export function headerKey(header: string): { key: string; unit: number } {
  let t = header.trim();
  if (/__c$/i.test(t)) t = t.slice(0, -3);
  let unit = 1;
  const u = /[(（\[]\s*(万元|万|萬元|萬|亿元|亿|億元|億|元|千元|cny|rmb|usd|eur|%|％)\s*[)）\]]$/i.exec(t);
  if (u) {
    const w = u[1]!;
    unit = /^[万萬]/.test(w) ? 1e4 : /^[亿億]/.test(w) ? 1e8 : w === '千元' ? 1e3 : 1;
    t = t.slice(0, u.index);
  }
  return { key: normKey(t), unit };
}

/** Lower case, without spaces, underscores, hyphens, dots, slashes, brackets, colons, quotes, `#`, `?` and `%`. */
export const normKey = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.·:：()（）/\\?？#'"%％*［］[\]、]/g, '');

/** A user's value table entry for a cell: exact, then trimmed and without case. */
export const lookup = <T>(table: Readonly<Record<string, T>> | undefined, value: string): T | undefined => {
  if (!table) return undefined;
  if (Object.hasOwn(table, value)) return table[value];
  const k = value.toLowerCase();
  for (const key of Object.keys(table)) if (key.trim().toLowerCase() === k) return table[key];
  return undefined;
};
