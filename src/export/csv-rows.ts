/**
 * CSV text (RFC 4180) from rows of text, as d3-dsv's `csvFormatRows` writes it: a field holding a quote, a comma
 * or a line break is quoted with its quotes doubled; fields joined by ",", lines by "\n". Ours because d3-dsv's
 * module (its parsers and date format with it) cost 1.2 KB gzip on every page that can export;
 * test/node/csv-rows.test.ts holds the two to the same output.
 */
const QUOTED = /[",\n\r]/;

export const csvRows = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => r.map((v) => (QUOTED.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n');
