/** Whether a value is a table a host can hand over: `{ header: [...], rows: [[...], …] }` (no dependencies, so an element can ask cheaply). */
export const isRecordTable = (v: unknown): v is { header: unknown[]; rows: unknown[][] } =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as { header?: unknown }).header) &&
  Array.isArray((v as { rows?: unknown }).rows);
