/**
 * The monitor's lead input in its forms: JSON (the model input, a list of
 * leads, or such text pasted or loaded), and everything that goes through
 * the import pipeline (CSV text from `data` or a `.csv` src, raw CRM records
 * with a `field-map`, a file or pasted rows from the import tab), turned
 * into one shape: the leads for the model with where each came from.
 */
import { ModelInputError, type Issue } from '../../src/schemas/issues.js';
import { leadsFromJson, parseLeadsJson, type LeadsFile } from '../../src/parse/leads.js';
import { isRecordTable } from '../../src/import/record-table.js';
import type { LeadRows } from '../../src/views/lead-flow-rows.js';
import type { ImportResult } from '../../src/views/import-core.js';
import { isObject, type LeadFlowEnvelope } from '../../src/views/lead-flow-input.js';
import type { ImportFactor } from '../../src/views/import-core.js';
import { compileModel } from '../../src/models/tiering.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { isModelInputError } from '../../src/schemas/issues.js';

/** CSV text fetched from `src`: read through the import pipeline when the element evaluates. */
export class ExportText {
  constructor(readonly text: string) {}
}

/** A src ending in .csv / .tsv, or served as CSV, is read as a CSV export. */
export function isCsvSource(url: string, contentType: string, base: string): boolean {
  let path = url;
  try {
    path = new URL(url, base).pathname;
  } catch {
    // Not a URL: judge the text as given.
  }
  return /\.(csv|tsv)$/i.test(path) || /text\/(csv|tab-separated-values)/i.test(contentType);
}

/** The leads the model gets, with where they came from (lines and columns of a file). */
export interface LeadInput extends LeadRows {
  leads: unknown[];
  /** JSON input: the other parts of the model input it carried. */
  envelope?: LeadFlowEnvelope;
}

/** What the element's data is, for the monitor. */
export type LeadData =
  | { kind: 'json'; file: LeadsFile }
  | { kind: 'text'; text: string }
  | { kind: 'records'; records: readonly unknown[] | { header: unknown[]; rows: unknown[][] } };

/**
 * Reads the element's data into its form, keeping each JSON object read (so a
 * re-evaluation after an edit reads nothing again). CSV text, and raw records
 * when the host gives a field-map (or a `{ header, rows }` table), go to the
 * import pipeline; a list of leads or the model input is read as JSON.
 */
export class LeadDataReader {
  private json = new WeakMap<object, LeadsFile>();
  private texts = new Map<string, LeadsFile>();

  private object(value: object): LeadsFile {
    let f = this.json.get(value);
    if (!f) this.json.set(value, (f = leadsFromJson(value)));
    return f;
  }

  /** JSON text (pasted or loaded), kept parsed while it is in use. */
  jsonText(text: string): LeadsFile {
    let f = this.texts.get(text);
    if (!f) {
      this.texts.clear();
      this.texts.set(text, (f = parseLeadsJson(text)));
    }
    return f;
  }

  /** The data, whatever form it came in; throws ModelInputError for a form it cannot read. */
  read(value: unknown, fieldMap: unknown): LeadData {
    if (value instanceof ExportText) return { kind: 'text', text: value.text };
    if (typeof value === 'string')
      return /^\ufeff?\s*[[{]/.test(value)
        ? { kind: 'json', file: this.jsonText(value) }
        : { kind: 'text', text: value };
    if (isRecordTable(value) || (fieldMap != null && Array.isArray(value))) return { kind: 'records', records: value };
    if (Array.isArray(value) || (isObject(value) && Array.isArray(value.leads)))
      return { kind: 'json', file: this.object(value) };
    throw new ModelInputError([
      {
        path: 'data',
        message:
          'data expected the model input { "asOf", "leads": [ … ], "channelCosts", "rules" }, a list of leads, the CSV text of a lead export, or CRM records with a field-map',
      },
    ]);
  }

  /** The envelope (asOf, rules, channelCosts) of JSON page data; none for other data. */
  envelope(value: unknown): LeadFlowEnvelope | undefined {
    return isObject(value) && Array.isArray(value.leads) ? this.object(value).envelope : undefined;
  }
}

/** JSON leads as the monitor's input (the file's problems thrown, as bad input). */
export function jsonInput(file: LeadsFile): LeadInput {
  if (file.issues.length) throw new ModelInputError(file.issues);
  const out: LeadInput = { format: 'json', leads: file.leads, skipped: [] };
  if (file.envelope) out.envelope = file.envelope;
  return out;
}

/** An import result as the monitor's input; a file-level problem (no column for a field …) is thrown, worded by `word`. */
export function importedInput(r: ImportResult, word: (i: ImportResult['issues'][number]) => Issue): LeadInput {
  if (r.issues.length) throw new ModelInputError(r.issues.map(word));
  const columns: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.mapping.fields)) if (typeof v === 'string') columns[k] = v;
  return {
    format: r.source.format,
    leads: r.rows,
    lines: r.lines,
    columns,
    skipped: r.skipped,
  };
}

/** The lead factors an export's factor columns are read into, kept while the tiering model is the same object. */
export class ReadingFactors {
  private memo?: { tiering: unknown; factors: readonly ImportFactor[] };

  of(tiering: unknown): readonly ImportFactor[] {
    if (!this.memo || this.memo.tiering !== tiering) {
      let factors: readonly ImportFactor[];
      try {
        factors = compileModel(tiering).model.factors;
      } catch (e) {
        if (!isModelInputError(e)) throw e;
        factors = compileModel(LEAD_PRESET).model.factors; // the analysis names the bad model
      }
      this.memo = { tiering, factors };
    }
    return this.memo.factors;
  }
}
