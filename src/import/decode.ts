/**
 * Bytes of an exported file → what it is (text, .xlsx, something else) and,
 * for text, its characters. Pure: TextDecoder only (UTF-8, UTF-16 and
 * GB18030 are in Node 20 and every current browser).
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

/** What the first bytes say a file is. */
export type FileKind = 'text' | 'xlsx' | 'xls' | 'binary' | 'empty';

const bytesOf = (b: ArrayBuffer | ArrayBufferView): Uint8Array =>
  b instanceof Uint8Array
    ? b
    : ArrayBuffer.isView(b)
      ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
      : new Uint8Array(b);

/**
 * The kind of a file from its bytes: a ZIP archive (`PK\x03\x04`) is read as
 * .xlsx, an OLE2 compound file as a legacy .xls (not supported: save it as
 * .xlsx or CSV), NUL bytes that are not the pattern of UTF-16 text or many
 * control characters as binary; anything else as text.
 */
export function sniffFile(bytes: ArrayBuffer | ArrayBufferView): FileKind {
  const b = bytesOf(bytes);
  if (b.length === 0) return 'empty';
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'xlsx';
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'xls';
  if (utf16Order(b)) return 'text';
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return 'binary';
    // Tab, LF, CR and form feed are text; other C0 controls are not.
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > n * 0.05 ? 'binary' : 'text';
}

/**
 * UTF-16 without a byte-order mark, by its NUL pattern: text that is mostly
 * ASCII or Latin (as a CSV header is) has a zero in every other byte.
 * Returns the byte order, or undefined.
 */
function utf16Order(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Bytes that are not UTF-8 but read as Western European (Windows-1252, a
 * superset of ISO-8859-1: what Salesforce reports export by default for
 * en_US users): most bytes above 0x7F stand alone between ASCII bytes
 * (`M\xfcller`), where GB18030 Chinese text has them in pairs.
 */
function looksLatin1(b: Uint8Array): boolean {
  let high = 0;
  let alone = 0;
  const n = Math.min(b.length, 65536);
  for (let i = 0; i < n; i++) {
    if (b[i]! < 0x80) continue;
    high++;
    if ((i === 0 || b[i - 1]! < 0x80) && (i + 1 >= b.length || b[i + 1]! < 0x80)) alone++;
  }
  return high > 0 && alone >= high * 0.6;
}

/** 0x80–0x9F of Windows-1252 (0 where undefined: kept as the C1 control). */
const CP1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by hand: Node's TextDecoder reads the label as ISO-8859-1
 * (0x80 → U+0080), browsers as Windows-1252 (0x80 → €); this reads the same
 * everywhere.
 */
function decodeWindows1252(b: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < b.length; at += CHUNK) {
    const end = Math.min(b.length, at + CHUNK);
    const codes = new Array<number>(end - at);
    for (let i = at; i < end; i++) {
      const c = b[i]!;
      // 0 in the table: a byte Windows-1252 leaves undefined, kept as its C1 control.
      codes[i - at] = c >= 0x80 && c <= 0x9f ? CP1252[c - 0x80]! || c : c;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * Strict UTF-8 (a byte that is not UTF-8 throws; a BOM is dropped), in one call or, with `chunk`, in pieces of that
 * many bytes through one streaming decoder (the same text: a character split between two pieces is joined by the
 * decoder). Chromium decodes 10 MB of mostly CJK text in 16–64 KB pieces in about half the time of one call
 * (docs/performance.md); Node's decoder is the other way round, so only the browser's readers ask for pieces.
 */
function utf8(b: Uint8Array, chunk?: number): string {
  if (!chunk || b.length <= chunk) return new TextDecoder('utf-8', { fatal: true }).decode(b);
  const d = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  for (let at = 0; at < b.length; at += chunk) parts.push(d.decode(b.subarray(at, at + chunk), { stream: true }));
  parts.push(d.decode());
  return parts.join('');
}

/**
 * Text of an exported file's bytes: UTF-16 by its byte-order mark or by its
 * NUL pattern; otherwise UTF-8 (a UTF-8 BOM is dropped) when the bytes are
 * valid UTF-8; else Windows-1252 when the non-ASCII bytes stand alone (a
 * Western file); else GB18030 (a superset of GBK and GB2312, what Chinese
 * Excel and many Chinese CRMs save as “CSV”).
 */
export function decodeText(
  bytes: ArrayBuffer | ArrayBufferView,
  opts: { chunk?: number } = {},
): { text: string; encoding: TextEncoding } {
  const b = bytesOf(bytes);
  const u16 = utf16Order(b);
  if (u16) return { text: new TextDecoder(u16).decode(b), encoding: u16 };
  try {
    return { text: utf8(b, opts.chunk), encoding: 'utf-8' };
  } catch {
    if (looksLatin1(b)) return { text: decodeWindows1252(b), encoding: 'windows-1252' };
    return { text: new TextDecoder('gb18030').decode(b), encoding: 'gb18030' };
  }
}
