/**
 * Cell values of CRM exports: dates (ISO, `2026/3/5 8:12`, `2026年3月5日`,
 * `3/5/2026, 8:12 AM`, `5 Mar 2026`, Excel serials), amounts (currency signs
 * and codes, thousands separators, decimal commas, `%`, 万 / 亿) and yes/no
 * flags. Pure and allocation-light: the import reads 100,000-row files.
 */
import { dayNumber } from '../models/math.js';

// ---- dates ------------------------------------------------------------------------------

/** How a year-last date is read: month first (US), day first, or year first (ISO, Chinese). */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

/** A time of day as written: the hour as a 24-hour number, the rest as text so it can be echoed. */
export interface ScannedTime {
  h: number;
  /** Two-digit minutes. */
  mi: string;
  /** `:ss` or `:ss.fff` as written, or ''. */
  sec: string;
  /** `Z`, `+08:00`, `+0800`, `+08` as written, or ''. */
  zone: string;
  /** ' ' when the date and time were separated by spaces (or a comma), else 'T'. */
  sep: ' ' | 'T';
}

/** The parts of a date cell. For a year-last date `a` and `b` are the first two numbers, order unknown. */
export interface ScannedDate {
  y: string;
  a: number;
  b: number;
  yearLast: boolean;
  time: ScannedTime | undefined;
}

const TIME =
  '(?:(\\s+|T|t|,\\s*)(上午|下午)?\\s*(\\d{1,2}):(\\d{2})(:\\d{2}(?:[.,]\\d+)?)?\\s*(?:([AaPp])\\.?[Mm]\\.?|(上午|下午))?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?';
/** Year first: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, with an optional time. */
const YEAR_FIRST = new RegExp(`^(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?${TIME}$`);
/** Year last: 03/01/2026, 31.03.2026, 3-1-26, with an optional time (`3/5/2026, 8:12 AM`). */
const YEAR_LAST = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})${TIME}$`);
/** Month names: `Mar 5, 2026`, `March 5 2026`, `5 Mar 2026`, `05-Mar-2026`. */
const NAMED = new RegExp(
  `^(?:([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s,-]+(\\d{4}))${TIME}$`,
);
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** 1–12 for an English month name or its abbreviation (Mar, Sept), else 0. */
const monthOf = (name: string): number => {
  const n = name.toLowerCase();
  const i = MONTHS.findIndex((full) => full.slice(0, 3) === n.slice(0, 3));
  return i >= 0 && (MONTHS[i]!.startsWith(n) || n === 'sept') ? i + 1 : 0;
};

function timeOf(m: RegExpExecArray, at: number): ScannedTime | undefined {
  const hh = m[at + 2];
  if (hh === undefined) return undefined;
  let h = +hh;
  const ap = m[at + 5] ?? '';
  const zh = m[at + 1] ?? m[at + 6] ?? '';
  const pm = ap === 'p' || ap === 'P' || zh === '下午';
  const am = ap === 'a' || ap === 'A' || zh === '上午';
  if ((pm || am) && h >= 1 && h <= 12) h = (h % 12) + (pm ? 12 : 0);
  else if (pm || am) h = 99; // "13:00 PM" is not a time
  return { h, mi: m[at + 3]!, sec: m[at + 4] ?? '', zone: m[at + 7] ?? '', sep: /^[\s,]/.test(m[at]!) ? ' ' : 'T' };
}

/** The parts of a date cell, or undefined when it is not written as a date. */
export function scanDate(cell: string): ScannedDate | undefined {
  let m = YEAR_FIRST.exec(cell);
  if (m) return { y: m[1]!, a: +m[2]!, b: +m[3]!, yearLast: false, time: timeOf(m, 4) };
  m = YEAR_LAST.exec(cell);
  if (m) {
    const y = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
    return { y, a: +m[1]!, b: +m[2]!, yearLast: true, time: timeOf(m, 4) };
  }
  m = NAMED.exec(cell);
  if (m) {
    const mo = monthOf(m[1] ?? m[5]!);
    if (!mo) return undefined;
    return { y: m[3] ?? m[6]!, a: mo, b: +(m[2] ?? m[4]!), yearLast: false, time: timeOf(m, 7) };
  }
  return undefined;
}

/**
 * What a year-last date says about the column's order: `dmy` when the first
 * number cannot be a month (13/5/2026), `mdy` when the second cannot,
 * `either` when both could (3/5/2026), undefined when it is no such date.
 */
export function dateEvidence(cell: string): 'mdy' | 'dmy' | 'either' | undefined {
  const t = cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32 ? cell : cell.trim();
  // Not a digit first, or year first (2026-…, 2026/…): settles nothing.
  if (!isDigit(t, 0) || (isDigit(t, 1) && isDigit(t, 2) && isDigit(t, 3))) return undefined;
  const s = scanDate(t);
  if (!s?.yearLast) return undefined;
  if (s.a > 12 && s.b <= 12) return 'dmy';
  if (s.b > 12 && s.a <= 12) return 'mdy';
  return s.a === s.b ? undefined : 'either';
}

const isDigit = (t: string, i: number): boolean => {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Infer the order of year-last dates from evidence counts: the side with evidence wins, else the majority. */
export function orderFromEvidence(mdy: number, dmy: number): 'mdy' | 'dmy' | undefined {
  if (mdy > dmy) return 'mdy';
  if (dmy > mdy) return 'dmy';
  return undefined;
}

/** Two-digit strings 00–99, shared (dates are built for every cell of large files). */
const PAD = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const pad = (n: number): string => PAD[n] ?? String(n);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number): number =>
  m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;

/** Marker for a cell that looks like a date but is not a valid one (month 13, 31 April, 25:00). */
export const INVALID_DATE = '\u0000invalid-date';

/**
 * ISO text of scanned parts: `YYYY-MM-DD`, plus `THH:mm:ss` when a time other
 * than midnight is given (a time without an offset is the CRM's local time,
 * which the models read as that calendar day), plus the offset as written
 * (normalised to `±hh:mm`). Year-last dates are read in `order` (ymd counts
 * as mdy for them). INVALID_DATE when a part is out of range.
 */
export function isoOf(s: ScannedDate, order: DateOrder): string {
  let mo = s.a;
  let d = s.b;
  if (s.yearLast && order === 'dmy') {
    mo = s.b;
    d = s.a;
  }
  const y = +s.y;
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo))) return INVALID_DATE;
  const day = `${s.y}-${pad(mo)}-${pad(d)}`;
  const t = s.time;
  if (!t) return day;
  const mi = +t.mi;
  const sec = t.sec ? +t.sec.slice(1, 3) : 0;
  if (!(t.h <= 23 && mi <= 59 && sec <= 59)) return INVALID_DATE;
  let zone = t.zone;
  if (zone && zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    zone = `${zone[0]}${digits.slice(0, 2)}:${digits.length > 2 ? digits.slice(2, 4) : '00'}`;
  } else if (zone) zone = 'Z';
  if (!zone && t.h === 0 && mi === 0 && sec === 0) return day;
  return `${day}T${pad(t.h)}:${t.mi}:${pad(sec)}${zone}`;
}

/** An Excel serial day number (days since 1899-12-30, the fraction the time) as ISO. */
export function excelSerialIso(serial: number): string {
  const ms = Math.round(((serial - 25569) * 86_400_000) / 1000) * 1000;
  return isoOfDate(new Date(ms));
}

/** A Date as the wall-clock time it holds in UTC (how spreadsheet readers give Excel dates): `YYYY-MM-DD[THH:mm:ss]`. */
export function isoOfDate(date: Date): string {
  // Excel stores times as fractions of a day: 08:12 can come back as 08:11:59.9997.
  const dt = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
  const h = dt.getUTCHours();
  const mi = dt.getUTCMinutes();
  const s = dt.getUTCSeconds();
  return h || mi || s ? `${day}T${pad(h)}:${pad(mi)}:${pad(s)}` : day;
}

const SERIAL = /^\d{5}(?:\.\d+)?$/;
const EPOCH_MS = /^1\d{12}$/;

const digitAt = (t: string, i: number): number => {
  const c = t.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** yearFirstKey: any other shape. */
export const YEAR_FIRST_OTHER = -1;
/** yearFirstKey: a year-first shape that is not a valid date (month 13, 31 April, 25:00). */
export const YEAR_FIRST_INVALID = -2;

/**
 * `YYYY-M-D`, `YYYY/M/D` or `YYYY.M.D` with an optional ` H:mm[:ss]` (the
 * usual shapes of CRM exports), read without a regex or a string: its parts
 * as one number, `((((y * 13 + mo) * 32 + d) * 24 + h) * 60 + mi) * 60 + sec`
 * (so cells with the same parts share one key, whatever their separators and
 * padding); YEAR_FIRST_INVALID when a part is out of range (as isoOf reads
 * it), YEAR_FIRST_OTHER for any other shape (then the general reader decides).
 */
export function yearFirstKey(t: string): number {
  const n = t.length;
  if (n < 8 || digitAt(t, 0) < 0 || digitAt(t, 1) < 0 || digitAt(t, 2) < 0 || digitAt(t, 3) < 0)
    return YEAR_FIRST_OTHER;
  const sep = t.charCodeAt(4);
  if (sep !== 45 && sep !== 47 && sep !== 46) return YEAR_FIRST_OTHER;
  // Month and day: one or two digits each.
  let i = 5;
  let mo = digitAt(t, i++);
  if (mo < 0) return YEAR_FIRST_OTHER;
  let x = digitAt(t, i);
  if (x >= 0) {
    mo = mo * 10 + x;
    i++;
  }
  if (t.charCodeAt(i++) !== sep) return YEAR_FIRST_OTHER;
  let d = digitAt(t, i++);
  if (d < 0) return YEAR_FIRST_OTHER;
  x = digitAt(t, i);
  if (x >= 0) {
    d = d * 10 + x;
    i++;
  }
  const y = digitAt(t, 0) * 1000 + digitAt(t, 1) * 100 + digitAt(t, 2) * 10 + digitAt(t, 3);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo))) return i === n ? YEAR_FIRST_INVALID : YEAR_FIRST_OTHER;
  const day = (y * 13 + mo) * 32 + d;
  if (i === n) return day * 86_400;
  // A time: one- or two-digit hour, minutes, optional seconds, and nothing after.
  const s = t.charCodeAt(i++);
  if (s !== 32 && s !== 84) return YEAR_FIRST_OTHER;
  let h = digitAt(t, i++);
  if (h < 0) return YEAR_FIRST_OTHER;
  x = digitAt(t, i);
  if (x >= 0) {
    h = h * 10 + x;
    i++;
  }
  if (t.charCodeAt(i++) !== 58) return YEAR_FIRST_OTHER;
  const m1 = digitAt(t, i);
  const m2 = digitAt(t, i + 1);
  if (m1 < 0 || m2 < 0) return YEAR_FIRST_OTHER;
  const mi = m1 * 10 + m2;
  i += 2;
  let sec = 0;
  if (i < n) {
    const s1 = digitAt(t, i + 1);
    const s2 = digitAt(t, i + 2);
    if (t.charCodeAt(i) !== 58 || s1 < 0 || s2 < 0 || i + 3 !== n) return YEAR_FIRST_OTHER;
    sec = s1 * 10 + s2;
  }
  if (!(h <= 23 && mi <= 59 && sec <= 59)) return YEAR_FIRST_INVALID;
  return ((day * 24 + h) * 60 + mi) * 60 + sec;
}

/** The ISO text of a cell's yearFirstKey (≥ 0): what parseDate gives for the cell. */
export function isoOfYearFirst(t: string, key: number): string {
  const sec = key % 60;
  const mi = Math.floor(key / 60) % 60;
  const h = Math.floor(key / 3600) % 24;
  const day = Math.floor(key / 86_400);
  return isoText(t, Math.floor(day / 32) % 13, day % 32, h, mi, sec);
}

/** The year-first shapes of yearFirstKey as isoOf would write them; undefined for any other shape. */
function fastYearFirst(t: string): string | undefined {
  const k = yearFirstKey(t);
  return k >= 0 ? isoOfYearFirst(t, k) : k === YEAR_FIRST_INVALID ? INVALID_DATE : undefined;
}

/** `YYYY-MM-DD HH:mm:ss` → `YYYY-MM-DDTHH:mm:ss`, flat (see isoText). */
const withT = (t: string): string => {
  const c = (i: number) => t.charCodeAt(i);
  return String.fromCharCode(
    c(0),
    c(1),
    c(2),
    c(3),
    c(4),
    c(5),
    c(6),
    c(7),
    c(8),
    c(9),
    84,
    c(11),
    c(12),
    c(13),
    c(14),
    c(15),
    c(16),
    c(17),
    c(18),
  );
};

const D0 = 48;
/**
 * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss` when a time other than midnight is
 * given, the year as the cell's first four characters, written as one flat
 * string: a template literal builds a tree of parts that every later read
 * (the model's `dayNumber`) flattens again, and keeps 4–5 objects alive per
 * date instead of one.
 */
function isoText(t: string, mo: number, d: number, h: number, mi: number, sec: number): string {
  const y0 = t.charCodeAt(0);
  const y1 = t.charCodeAt(1);
  const y2 = t.charCodeAt(2);
  const y3 = t.charCodeAt(3);
  const m0 = D0 + ((mo / 10) | 0);
  const m1 = D0 + (mo % 10);
  const d0 = D0 + ((d / 10) | 0);
  const d1 = D0 + (d % 10);
  if (!(h || mi || sec)) return String.fromCharCode(y0, y1, y2, y3, 45, m0, m1, 45, d0, d1);
  return String.fromCharCode(
    y0,
    y1,
    y2,
    y3,
    45,
    m0,
    m1,
    45,
    d0,
    d1,
    84,
    D0 + ((h / 10) | 0),
    D0 + (h % 10),
    58,
    D0 + ((mi / 10) | 0),
    D0 + (mi % 10),
    58,
    D0 + ((sec / 10) | 0),
    D0 + (sec % 10),
  );
}

/**
 * A date cell as ISO (see isoOf): undefined when blank, INVALID_DATE when it
 * is not a date the reader knows. `order` reads year-last dates. A bare
 * number from 20000 to 80000 is an Excel serial (1954–2119); a 13-digit
 * number starting with 1 is epoch milliseconds (API exports).
 */
export function parseDate(cell: string, order: DateOrder): string | undefined {
  const t = cell.trim();
  const n = t.length;
  if (!n) return undefined;
  // Fast paths for the ISO forms of large exports.
  if (t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
    if (n === 10) return Number.isNaN(dayNumber(t)) ? INVALID_DATE : t;
    if (n === 19 && t.charCodeAt(10) === 32 && t.charCodeAt(13) === 58 && t.charCodeAt(16) === 58) {
      if (Number.isNaN(dayNumber(t))) return INVALID_DATE;
      return t.endsWith(' 00:00:00') ? t.slice(0, 10) : withT(t);
    }
    if (n > 19 && (t.charCodeAt(10) === 84 || t.charCodeAt(10) === 116) && /[Zz]$|[+-]\d\d:?\d\d$/.test(t))
      return Number.isNaN(dayNumber(t)) ? INVALID_DATE : t;
  }
  const fast = fastYearFirst(t);
  if (fast !== undefined) return fast;
  const s = scanDate(t);
  if (s) return isoOf(s, order);
  if (SERIAL.test(t)) {
    const v = +t;
    if (v >= 20000 && v <= 80000) return excelSerialIso(v);
  }
  if (EPOCH_MS.test(t)) return isoOfDate(new Date(+t));
  return INVALID_DATE;
}

/** A month cell or header part as `YYYY-MM`: 2026-01, 2026/1, 2026年1月, Jan 2026, 2026-01-01. */
export function parseMonth(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?(?:[-/.]\d{1,2}日?)?$/.exec(t);
  if (m) {
    const mo = +m[2]!;
    return mo >= 1 && mo <= 12 ? `${m[1]}-${pad(mo)}` : undefined;
  }
  m = /^([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(t);
  if (m) {
    const mo = monthOf(m[1]!);
    return mo ? `${m[2]}-${pad(mo)}` : undefined;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const mo = +m[1]!;
    return mo >= 1 && mo <= 12 ? `${m[2]}-${pad(mo)}` : undefined;
  }
  const d = parseDate(t, 'mdy');
  return d && d !== INVALID_DATE ? d.slice(0, 7) : undefined;
}

// ---- numbers ----------------------------------------------------------------------------

/** The decimal mark a number cell shows: `.` / `,`, `?` when a single separator before three digits could be either, '' for none. */
export type Mark = '.' | ',' | '?' | '';

export interface NumberCell {
  /** The value read with a `.` decimal mark, and with a `,` decimal mark (the same unless mark is '?'). */
  dot: number;
  comma: number;
  mark: Mark;
}

/** Currency signs and codes before or after an amount, spaces, and the apostrophe of Swiss thousands. */
const CURRENCY =
  /[¥￥$€£\s\u00a0\u202f']|^(?:rmb|cny|usd|eur|gbp|jpy|hkd|cn|us|hk)|(?:rmb|cny|usd|eur|gbp|jpy|hkd|元)$/gi;
const MULTIPLIER = /(万|萬|亿|億)元?$/;

const groupsOk = (int: string, sep: string): boolean => {
  const parts = int.split(sep);
  if (!/^\d{1,3}$/.test(parts[0]!)) return false;
  for (let i = 1; i < parts.length; i++) if (!/^\d{3}$/.test(parts[i]!)) return false;
  return true;
};

/**
 * A number from an amount cell: `1,200.50`, `1.200,50`, `"¥1,200,000.00"`,
 * `USD 1,200.00`, `CN¥800000`, `1 200,5`, `90%` (0.9), `260万` (2,600,000),
 * `1.2亿`, `(1,200)` (negative). Null when empty; undefined when it is not
 * a number. A single separator before exactly three digits (`1,200`) could
 * be either mark: `mark` is then `?` and both readings are given.
 */
export function readNumber(cell: string): NumberCell | null | undefined {
  return fastNumber(cell) ?? readNumberGeneral(cell);
}

/**
 * The usual shapes of large exports read without a regex or a split: `¥1,234,567`, `1,234,567.00`,
 * `$2,500.5`, `800000` (an optional `¥` / `￥` / `$`, digits with thousands commas used more than
 * once or before a decimal point, or none). Gives what readNumberGeneral gives; undefined for any
 * other shape (a single separator, a sign, a unit, spaces inside…), which the general reader decides.
 */
function fastNumber(cell: string): NumberCell | undefined {
  const t = cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32 ? cell : cell.trim();
  const n = t.length;
  let i = 0;
  const c0 = t.charCodeAt(0);
  if (c0 === 0xa5 || c0 === 0xffe5 || c0 === 36) i = 1;
  const start = i;
  while (i < n && digitAt(t, i) >= 0) i++;
  const lead = i - start;
  if (lead === 0) return undefined;
  let groups = 0;
  while (i < n && t.charCodeAt(i) === 44) {
    if (digitAt(t, i + 1) < 0 || digitAt(t, i + 2) < 0 || digitAt(t, i + 3) < 0) return undefined;
    i += 4;
    groups++;
    if (lead > 3) return undefined;
  }
  if (i < n && digitAt(t, i) >= 0) return undefined; // a group of four digits
  let frac = 0;
  if (i < n && t.charCodeAt(i) === 46) {
    const at = ++i;
    while (i < n && digitAt(t, i) >= 0) i++;
    frac = i - at;
    if (frac === 0) return undefined;
  }
  if (i !== n) return undefined;
  if (groups === 0 && frac === 0) {
    const v = Number(start ? t.slice(start) : t);
    return { dot: v, comma: v, mark: '' };
  }
  // One separator alone could be either mark: the general reader says how.
  if (groups + (frac ? 1 : 0) < 2) return undefined;
  const v = Number(groups ? t.slice(start).replaceAll(',', '') : t.slice(start));
  return { dot: v, comma: v, mark: '.' };
}

/** readNumber's reading of every shape (see readNumber); the fast path gives the same for its shapes. */
export function readNumberGeneral(cell: string): NumberCell | null | undefined {
  let t = cell.trim();
  if (!t) return null;
  let sign = 1;
  if (t.startsWith('(') && t.endsWith(')')) {
    sign = -1;
    t = t.slice(1, -1).trim();
  }
  let pct = false;
  if (t.endsWith('%')) {
    pct = true;
    t = t.slice(0, -1);
  }
  let mult = 1;
  const mm = MULTIPLIER.exec(t);
  if (mm) {
    mult = mm[1] === '万' || mm[1] === '萬' ? 1e4 : 1e8;
    t = t.slice(0, mm.index);
  }
  t = t.replace(CURRENCY, '');
  if (t.startsWith('-') || t.startsWith('+') || t.startsWith('−')) {
    if (!t.startsWith('+')) sign = -sign;
    t = t.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return undefined;
  const num = (s: string) => {
    const v = pct ? (sign * Number(s)) / 100 : sign * Number(s);
    return mult === 1 ? v : Number((v * mult).toPrecision(15));
  };
  const dots = t.split('.').length - 1;
  const commas = t.split(',').length - 1;
  if (!dots && !commas) {
    const v = num(t);
    return { dot: v, comma: v, mark: '' };
  }
  if (dots && commas) {
    const dec = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    const at = t.lastIndexOf(dec);
    const int = t.slice(0, at);
    if (t.split(dec).length - 1 !== 1 || !groupsOk(int, thou)) return undefined;
    const v = num(`${int.split(thou).join('')}.${t.slice(at + 1)}`);
    return { dot: v, comma: v, mark: dec };
  }
  const sep = dots ? '.' : ',';
  const parts = t.split(sep);
  if (parts.length > 2) {
    // Used more than once: a thousands separator.
    if (!groupsOk(t, sep)) return undefined;
    const v = num(parts.join(''));
    return { dot: v, comma: v, mark: sep === ',' ? '.' : ',' };
  }
  const [int, frac] = parts as [string, string];
  const asDecimal = num(`${int}.${frac}`);
  // One separator: a thousands separator only when 1–3 digits (not a lone 0) stand before exactly three.
  if (frac.length === 3 && int.length <= 3 && int !== '0') {
    const asThousands = num(int + frac);
    return sep === '.'
      ? { dot: asDecimal, comma: asThousands, mark: '?' }
      : { dot: asThousands, comma: asDecimal, mark: '?' };
  }
  return { dot: asDecimal, comma: asDecimal, mark: sep };
}

// ---- flags ------------------------------------------------------------------------------

const TRUE = new Set([
  'true',
  't',
  '1',
  'yes',
  'y',
  'x',
  '✓',
  '✔',
  '√',
  'on',
  'converted',
  'won',
  '是',
  '已转化',
  '已轉化',
  '已转换',
  '已轉換',
  '转化',
  '轉化',
  '已成交',
  '成交',
  '有',
]);
const FALSE = new Set([
  'false',
  'f',
  '0',
  'no',
  'n',
  'off',
  '-',
  'not converted',
  'unconverted',
  'lost',
  '否',
  '未转化',
  '未轉化',
  '未转换',
  '未轉換',
  '未成交',
  '无',
  '無',
]);

/** A yes/no cell: true or false; undefined when blank; null when it is not a flag the reader knows. */
export function parseFlag(cell: string): boolean | undefined | null {
  const t = cell.trim().toLowerCase();
  if (!t) return undefined;
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return null;
}
