/**
 * Where the monitor's leads come from, in order: an export the user loaded (a
 * file or pasted rows through the import view, or JSON loaded here), else the
 * page's data (the model input or a list of leads as JSON, CSV text, or the
 * CRM's raw records with a `field-map` through the import). Owns the import
 * view's controller and the context it is rendered with.
 */
import type { Issue } from '../../src/schemas/issues.js';
import type { FileIssue, ImportFactor, ImportResult, OwnerHistoryJoin } from '../../src/views/import-core.js';
import type { LeadFlowEnvelope } from '../../src/views/lead-flow-input.js';
import { IMPORT } from '../../src/i18n/import.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import type { ResolvedInput } from '../shared/json-source.js';
import { ImportController, type ImportHost } from '../shared/import/import-controller.js';
import type { ImportViewContext } from '../shared/import/import-view.js';
import { fileIssueText } from '../shared/import/view-context.js';
import { LeadReading } from '../../src/models/lead-flow-reading.js';
import { importedInput, jsonInput, LeadDataReader, ReadingFactors, type LeadInput } from './lead-flow-reader.js';

/** Leads read (and counted) ahead in one task. */
const READ_AHEAD = 16_384;

export interface LeadSourceOptions {
  namespace: string;
  storageKey: () => string | null | undefined;
  locale: () => Locale;
  fmt: () => Formatter;
  /** The label of the import view's read button. */
  readLabel: () => string;
  /** The lead tiering model in force (its factors are the columns an export's factors are read into). */
  tiering: () => unknown;
  /** Text the import view does not read itself (JSON): the element's loadExport. */
  ownText: (text: string, label: string) => Promise<boolean>;
  /** A file was loaded in (or cleared from) the import view. */
  changed: () => void;
  /** More of the lead file's rows were mapped and read (`reading`): e.g. counted for the analysis. */
  readAhead?: (reading: LeadReading) => void;
}

/** The leads chosen: the input (undefined while the import pipeline loads), its label, and the page's envelope. */
export interface ChosenLeads {
  input: LeadInput | undefined;
  label: string;
  /** The page's data around a loaded export (its asOf, rules and costs). */
  page?: LeadFlowEnvelope | undefined;
}

export class LeadSource {
  readonly reader = new LeadDataReader();
  readonly importer: ImportController;
  /** The optional second file: the leads' owner history, joined by lead id into their transfers. */
  readonly history: ImportController;
  /** How the owner history was joined to the leads in use (undefined: no usable history file). */
  joined?: OwnerHistoryJoin;
  private memo?: { key: [ImportResult, ImportResult]; result: ImportResult };
  /** The lead file's rows read for the analysis as they are mapped. */
  private reading?: LeadReading;
  /** The reading whose leads are being read ahead, a task at a time. */
  private readingAhead?: LeadReading;
  private readonly factors = new ReadingFactors();

  constructor(
    host: ImportHost,
    private readonly o: LeadSourceOptions,
  ) {
    this.importer = new ImportController(host, {
      kind: 'leads',
      namespace: o.namespace,
      storageKey: o.storageKey,
      factors: () => this.readingFactors(),
      changed: o.changed,
      mapped: (rows) => this.readAhead(rows),
    });
    this.history = new ImportController(host, {
      kind: 'owner-history',
      namespace: o.namespace,
      storageKey: o.storageKey,
      changed: o.changed,
    });
  }

  /**
   * The leads to analyse: a loaded export (`loaded`: JSON loaded here) wins over the page's `data`; null when
   * there is none (`data` not ready: the import forgets the host's data).
   */
  choose(
    data: ResolvedInput,
    fieldMap: unknown,
    loaded: { text: string; label: string } | undefined,
  ): ChosenLeads | null {
    const imported = this.importer.loaded;
    if (imported || loaded) {
      return {
        input: imported ? this.importedLeads() : jsonInput(this.reader.jsonText(loaded!.text)),
        label: imported ? imported.label : loaded!.label,
        ...(data.status === 'ready' ? { page: this.reader.envelope(data.value) } : {}),
      };
    }
    if (data.status !== 'ready') {
      this.importer.useHostData(undefined, '');
      return null;
    }
    const d = this.reader.read(data.value, fieldMap);
    if (d.kind === 'json') {
      this.importer.useHostData(undefined, '');
      return { input: jsonInput(d.file), label: '' };
    }
    const it = IMPORT[this.o.locale()];
    const ready = this.importer.useHostData(
      d.kind === 'text' ? d.text : d.records,
      d.kind === 'text' ? it.hostData : it.hostRecords,
    );
    return { input: ready ? this.importedLeads() : undefined, label: '' };
  }

  /** The import of the table in use as the model's input (undefined while the pipeline loads). */
  private importedLeads(): LeadInput | undefined {
    const r = this.importer.result;
    return r && importedInput(this.withHistory(r), (i) => this.importIssue(i));
  }

  /**
   * The leads with the owner-history file joined (the same rows while neither file changes, so the
   * analysis and its events do not run again); a history file with a file problem is not joined (its
   * view says why).
   */
  private withHistory(r: ImportResult): ImportResult {
    const h = this.history.source ? this.history.result : undefined;
    const core = this.importer.core ?? this.history.core;
    if (!h || h.issues.length || r.issues.length || !core) {
      this.joined = undefined;
      return r;
    }
    if (this.memo?.key[0] !== r || this.memo.key[1] !== h) {
      const j = core.joinOwnerHistory(r, h);
      this.joined = j.joined;
      this.memo = { key: [r, h], result: j };
    }
    return this.memo.result;
  }

  /**
   * The reading for the analysis (src/models/lead-flow-reading.ts) of `leads`, the records of an import (made by
   * the import, never changed): what was read as they were mapped, and what each analysis reads into it, so the
   * next analysis of the same records (a period switch, a rule edit) reads none of them again.
   */
  readingOf(leads: readonly unknown[]): LeadReading {
    if (this.reading?.leads !== leads) this.reading = new LeadReading(leads);
    return this.reading;
  }

  /**
   * More of the lead file's rows were mapped: read them for the analysis now, while the rest of the file is read,
   * `READ_AHEAD` leads a task (a workbook's rows come faster than they are mapped: the first time the page caught
   * up it read and counted 100,000 leads and more in one task). A reading of other rows stops it.
   */
  private readAhead(rows: readonly unknown[]): void {
    const reading = this.readingOf(rows);
    if (this.readingAhead === reading) return; // its tasks go on to the rows there are then
    const step = (): void => {
      if (this.reading !== reading || reading.count >= rows.length) {
        if (this.readingAhead === reading) this.readingAhead = undefined;
        return;
      }
      this.o.readAhead?.(reading.read(reading.count + READ_AHEAD));
      this.readingAhead = reading;
      setTimeout(step);
    };
    step();
  }

  /** The owner-history file's import view (ids apart from the lead file's). */
  historyView(): ImportViewContext {
    return {
      ctl: this.history,
      t: IMPORT[this.o.locale()],
      fmt: this.o.fmt(),
      id: 'history-',
      readLabel: this.o.readLabel(),
      mappingFile: 'lead-flow-owner-history-mapping.json',
    };
  }

  /** A file-level import problem as an alert item: a missing column at `header.<field>`, the rest at `import`. */
  private importIssue(i: FileIssue): Issue {
    const message = fileIssueText(this.view(), i);
    const field = i.code === 'missing-columns' || i.code === 'unknown-column' ? i.fields?.[0] : undefined;
    return { path: field ? `header.${field}` : 'import', message };
  }

  /** The lead factors an export's factor columns are read into. */
  readingFactors(): readonly ImportFactor[] {
    return this.factors.of(this.o.tiering());
  }

  /** The import view's context (the strings and formats of the UI language, the tiering factors' labels). */
  view(): ImportViewContext {
    return {
      ctl: this.importer,
      t: IMPORT[this.o.locale()],
      fmt: this.o.fmt(),
      id: 'import-',
      readLabel: this.o.readLabel(),
      factorLabel: (k) => this.readingFactors().find((f) => f.key === k)?.label ?? undefined,
      mappingFile: 'lead-flow-mapping.json',
      ownText: this.o.ownText,
      accept: '.json,application/json',
    };
  }
}
