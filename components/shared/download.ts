/** Save text as a file through the browser (no network). */
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
  // A byte-order mark tells Excel a CSV is UTF-8 (else Chinese names open garbled).
  const body = type === 'text/csv' && !text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
