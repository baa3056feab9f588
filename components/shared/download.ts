// Tables for people (CSV through d3-dsv, the lazy workbook writer): ./download-tables.ts, a module of its own
// so that an element that saves only text (a tiering card's model JSON) has no CSV writer in its first file.
/** Save bytes as a file through the browser (no network). */
export function downloadBytes(filename: string, body: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Save text as a file through the browser (no network). */
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
  // A byte-order mark tells Excel a CSV is UTF-8 (else Chinese names open garbled).
  const body = type === 'text/csv' && !text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
  downloadBytes(filename, body, `${type};charset=utf-8`);
}
