/** Drivers for the import view (components/shared/import) inside an element's shadow root. */
import type { ImportController } from '../../components/shared/import/import-controller.js';
import { $, until } from './fixtures.js';

export { captureDownload } from './harness.js';

/** A fixture file of test/fixtures as a File (bytes as stored: GB18030 stays GB18030). */
export async function fixtureFile(path: string, name = path.split('/').pop()!): Promise<File> {
  const bytes = await (await fetch(`/test/fixtures/${path}`)).arrayBuffer();
  return new File([bytes], name);
}

/** Choose a file in a file input as a user does (the picker's change event). */
export function chooseFile(el: Element, selector: string, file: File): void {
  const input = $<HTMLInputElement>(el, selector);
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Drop a file on the drop zone of a view (`prefix` as its ids: `import-`, `history-`, `usage-`). */
export function dropFile(el: Element, prefix: string, file: File): void {
  const zone = $(el, `[data-import="${prefix}"] .drop`);
  const dt = new DataTransfer();
  dt.items.add(file);
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
}

/** Wait until a controller has read a table and is idle. */
export async function imported(ctl: ImportController, what = 'the import'): Promise<void> {
  await until(() => !ctl.reading && ctl.table && ctl.result, 15000, what);
}

/** The counts of a view's result, by key (read, mapped, skipped, closed, blank, titles, footers). */
export function counts(el: Element, prefix = 'import-'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of el.shadowRoot!.querySelectorAll(`[data-import="${prefix}"] [part~="import-counts"] [data-count]`))
    out[(d as HTMLElement).dataset.count!] = d.querySelector('dd')!.textContent.trim();
  return out;
}

/** The text of one part inside a view. */
export const viewPart = (el: Element, prefix: string, part: string): string =>
  (el.shadowRoot!.querySelector(`[data-import="${prefix}"] [part~="${part}"]`)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** The column select of a field (dots of nested keys are underscores in ids). */
export const fieldSelect = (el: Element, prefix: string, field: string): HTMLSelectElement =>
  $<HTMLSelectElement>(el, `#${prefix}f-${field.replace(/\./g, '_')}`);

/** The value-mapping select of one value of a field. */
export function valueSelect(el: Element, prefix: string, field: string, value: string): HTMLSelectElement {
  const row = [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>(
      `[data-import="${prefix}"] [part~="import-value-map"][data-field="${field}"] tr[data-value]`,
    ),
  ].find((r) => r.dataset.value === value);
  if (!row) throw new Error(`no value ${value} of ${field}`);
  return row.querySelector('select')!;
}
