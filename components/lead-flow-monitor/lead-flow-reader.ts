import type { CompiledModel } from '../../src/models/tiering.js';
import { ModelInputError, type Issue } from '../../src/schemas/issues.js';
import {
  chineseHeader,
  leadsFromJson,
  parseLeads,
  parseLeadsCsv,
  parseLeadsInChunks,
  type LeadsFile,
} from '../../src/parse/leads.js';
import type { LeadFlowStrings } from '../../src/i18n/lead-flow.js';
import { isObject, type LeadFlowEnvelope } from '../../src/views/lead-flow-input.js';

/** CSV text fetched from `src`, parsed when the element evaluates (with the tiering model's factors). */
export class ExportText {
  constructor(
    readonly text: string,
    readonly csv: boolean,
  ) {}
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

/** Problems with an export as a whole, in the UI language where the reader gave their cause (a missing column). */
export function exportIssues(file: LeadsFile, t: LeadFlowStrings): Issue[] {
  const missing = file.missingColumns;
  if (!missing?.length) return file.issues;
  return missing.map((f) => ({ path: `header.${f}`, message: t.noColumn(f, chineseHeader(f)) }));
}

/** The texts kept parsed: the page's data and a loaded export. */
const KEEP_PARSED = 2;

/**
 * Reads the monitor's lead input (a CSV or JSON text, the model input object,
 * a list of leads) into a LeadsFile, with the tiering model's factor columns
 * as the leads' values. Keeps the last texts parsed (per compiled model) and
 * each JSON object read, so a re-evaluation after an edit parses nothing again.
 */
export class LeadsReader {
  private parsed = new Map<string, { cm: CompiledModel; file: LeadsFile }>();
  private json = new WeakMap<object, LeadsFile>();

  private remember(text: string, cm: CompiledModel, file: LeadsFile): LeadsFile {
    if (this.parsed.size >= KEEP_PARSED) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(text, { cm, file });
    return file;
  }

  private cached(text: string, cm: CompiledModel): LeadsFile | undefined {
    const hit = this.parsed.get(text);
    return hit && hit.cm === cm ? hit.file : undefined;
  }

  /** A text export: CSV when `csv`, else sniffed (JSON or CSV). */
  text(text: string, cm: CompiledModel, csv = false): LeadsFile {
    const factors = cm.model.factors;
    return (
      this.cached(text, cm) ??
      this.remember(text, cm, csv ? parseLeadsCsv(text, { factors }) : parseLeads(text, { factors }))
    );
  }

  /**
   * The same, read in chunks of `chunk` records with `pause(progress)` awaited
   * between them, so the page stays responsive while a large export is read.
   */
  async textInChunks(
    text: string,
    cm: CompiledModel,
    chunk: number,
    pause: (progress: number) => Promise<void>,
  ): Promise<LeadsFile> {
    const hit = this.cached(text, cm);
    if (hit) return hit;
    return this.remember(text, cm, await parseLeadsInChunks(text, { factors: cm.model.factors, chunk, pause }));
  }

  private object(value: object): LeadsFile {
    let f = this.json.get(value);
    if (!f) this.json.set(value, (f = leadsFromJson(value)));
    return f;
  }

  /** The element's data, whatever form it came in; throws ModelInputError for a form it cannot read. */
  data(value: unknown, cm: CompiledModel): LeadsFile {
    if (value instanceof ExportText) return this.text(value.text, cm, value.csv);
    if (typeof value === 'string') return this.text(value, cm);
    if (Array.isArray(value) || (isObject(value) && Array.isArray(value.leads))) return this.object(value);
    throw new ModelInputError([
      {
        path: 'data',
        message:
          'data expected the model input { "asOf", "leads": [ … ], "channelCosts", "rules" }, a list of leads, or the CSV text of a lead export',
      },
    ]);
  }

  /** The envelope (asOf, rules, channelCosts) of JSON page data; none for CSV or unusable data. */
  envelope(value: unknown): LeadFlowEnvelope | undefined {
    return isObject(value) && Array.isArray(value.leads) ? this.object(value).envelope : undefined;
  }
}
