/**
 * Numbers as people type them, in English and Chinese: group separators
 * (`1,200,000`, `1 200 000`, `１２０万`), a decimal point, a sign, an exponent,
 * a trailing percent sign (`15%` reads 0.15) and the Chinese myriads 万
 * (10⁴) and 亿 (10⁸), alone or together (`1.2亿`, `3亿5000万`). Full-width
 * digits and signs are read as their ASCII forms.
 */

const NUM = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Full-width digits, signs, point and percent (typed with a Chinese IME) as ASCII. */
const ascii = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[−–]/g, '-');

/** Round away the binary noise of a scaled decimal (0.15 × 100, 1.2 × 10⁸). */
const clean = (x: number): number => +x.toPrecision(15);

/** How a typed number was written: its value, and whether it had a percent sign or a myriad unit. */
export interface TypedNumber {
  /** null: nothing typed; NaN: not a number. */
  value: number | null;
  percent: boolean;
  /** The largest myriad unit used (`万`, `亿`), or ''. */
  unit: '' | '万' | '亿';
}

/** Read a typed number (see the module comment). */
export function readTypedNumber(text: string): TypedNumber {
  let t = ascii(text).replace(/[\s,_'，、]/g, '');
  const out: TypedNumber = { value: null, percent: false, unit: '' };
  if (!t) return out;
  if (t.endsWith('%')) {
    out.percent = true;
    t = t.slice(0, -1);
  }
  if (!/[万萬亿億]/.test(t)) {
    out.value = NUM.test(t) ? Number(t) : NaN;
  } else {
    // "3亿5000万" = 3·10⁸ + 5000·10⁴; each part a plain number followed by a larger unit than the next.
    const sign = t.startsWith('-') ? -1 : 1;
    const body = t.replace(/^[-+]/, '');
    const parts = [...body.matchAll(/(\d+\.?\d*|\.\d+)([万萬亿億])|(\d+\.?\d*|\.\d+)$/g)];
    let sum = 0;
    let last = Infinity;
    let read = '';
    for (const m of parts) {
      read += m[0];
      const scale = m[2] ? UNITS[m[2]]! : 1;
      if (scale >= last) return { ...out, value: NaN };
      last = scale;
      sum += Number(m[1] ?? m[3]) * scale;
      if (scale > 1 && !out.unit) out.unit = scale >= 1e8 ? '亿' : '万';
    }
    out.value = read === body ? clean(sign * sum) : NaN;
  }
  if (out.percent && out.value !== null && !Number.isNaN(out.value)) out.value = clean(out.value / 100);
  return out;
}

/** A typed number: null when empty, NaN when not a number; "95%" reads 0.95, "260万" 2,600,000. */
export function parseTypedNumber(text: string): number | null {
  return readTypedNumber(text).value;
}

/**
 * A number in Chinese myriads where that is how one would write it: 2,600,000
 * → "260万", 120,000,000 → "1.2亿" (at most `digits` decimals); below 10⁴, or
 * when the myriad form would need more decimals, the grouped number.
 */
export function myriads(x: number, digits = 2): string {
  const abs = Math.abs(x);
  for (const [unit, scale] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    if (abs < scale) continue;
    const v = clean(x / scale);
    if (Number.isInteger(clean(v * 10 ** digits))) return `${v}${unit}`;
  }
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 }).format(x);
}
