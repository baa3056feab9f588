/**
 * The state of one element's import: the table in use (a file or pasted
 * rows the user loaded, else what the host's data gave), the preset and the
 * user's mapping edits over it, the reading in progress, the last refused
 * file, and the import result and view derived from them (through the
 * pipeline, loaded on demand). Mapping edits are kept under the element's
 * `storage-key` per kind (`<tag>-import-<kind>`), a loaded file's table
 * apart (`<tag>-import-<kind>-table`). The element calls `sync()` in
 * willUpdate, reads `result` when it evaluates, and renders
 * `renderImportView` (import-view.ts).
 */
import { movedIssue, type Issue } from '../../../src/schemas/issues.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  ColumnEvidence,
  FileIssue,
  ImportFactor,
  ImportResult,
  ImportTable,
  PresetName,
  TableKind,
} from '../../../src/views/import-core.js';
import type {
  FieldChoice,
  ImportView,
  MappingEdits,
  ProblemGroup,
  SavedMapping,
  Stage,
  ValueField,
} from '../../../src/views/import-view.js';
import { Persist } from '../persist.js';
import { downloadText } from '../download.js';
import { loadImportCore, type ImportCore } from './load-core.js';
import {
  Cancelled,
  readImport,
  releaseImportWorker,
  warmImportWorker,
  type ReadInput,
  type ReadProgress,
} from './read-file.js';
import { TableImports } from './table-imports.js';

/** Where the table in use came from. */
export interface ImportSource {
  table: ImportTable;
  /** The file's name, or what the rows are ("Pasted rows"). */
  label: string;
  origin: 'file' | 'paste' | 'host';
  /** An .xlsx workbook's bytes (or the file they are read from), kept to read another sheet. */
  bytes?: ArrayBuffer | Blob;
}

/** A loaded table as it is saved. */
interface SavedTable {
  v: 1;
  label: string;
  origin: 'file' | 'paste';
  table: ImportTable;
}

/** A table larger than this many cells is used but not saved (IndexedDB quotas). */
const KEEP_CELLS = 6_000_000;

export interface ImportControllerOptions {
  kind: TableKind;
  /** Usually the element's tag: state is saved under `<namespace>-import-<kind>`. */
  namespace: string;
  storageKey: () => string | null | undefined;
  /** Tiering factors read into `values` (leads, history). */
  factors?: () => readonly ImportFactor[];
  /** Pipeline stages (opportunities). */
  stages?: () => readonly Stage[];
  /** The table, the mapping or the result changed: the element re-runs its model. */
  changed: () => void;
  /** More rows of a file being read were mapped (`rows`: the mapping's rows so far, only ever appended). */
  mapped?: (rows: readonly unknown[]) => void;
}

/** The element the controller belongs to: its update cycle and where its shadow DOM is. */
export type ImportHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ImportController implements ReactiveController {
  /** The pipeline, once loaded. */
  core?: ImportCore;
  /** A file or pasted rows the user loaded (wins over the host's). */
  loaded?: ImportSource;
  /** What the host's data gave (CSV text, raw records with a field-map). */
  hostSource?: ImportSource;
  preset: 'auto' | PresetName = 'auto';
  edits: MappingEdits = {};
  /** The host's `field-map`, under the user's edits. */
  hostMap?: MappingEdits;
  /** What is being read, and how far; null when idle. */
  reading: { label: string; progress: ReadProgress } | null = null;
  /** Where the last file was read, and why not in the worker. */
  readIn?: { where: 'worker' | 'page'; fallback?: string };
  /** The last file that could not be used (the table in use stays). */
  refused?: { label: string; issue?: FileIssue; message?: string; bytes?: ArrayBuffer | Blob; sheets?: string[] };
  /** A mapping (JSON) the user is typing, and what is wrong with the last one given. */
  mappingText = '';
  mappingIssues: Issue[] = [];
  /** Sections the user opened (kept across renders). */
  open = { mapping: true, values: true, result: true };

  private abort?: AbortController;
  private loadingCore = false;
  private focusId?: string;
  private viewMemo?: { table: ImportTable; result: ImportResult; view: ImportView };
  private hostKey?: unknown;
  /** A loaded table not saved yet: written once its result is painted (hostUpdated). */
  private unsaved?: ImportSource;
  private savePlanned = false;
  private readonly mappings: Persist<SavedMapping>;
  private readonly tables: Persist<SavedTable>;
  private readonly imports: TableImports;

  /** Render the host again (the one-file scripts' import view, once its file is in: load-view.iife.ts). @internal */
  requestUpdate(): void {
    this.host.requestUpdate();
  }

  /** How far a large table's mapping is (0–1); null when none is running. */
  get mapping(): number | null {
    return this.imports.progress;
  }

  /** Rows of the file being read mapped so far: they are mapped as the import worker sends them. */
  get mappedAhead(): number {
    return this.imports.mappedAhead;
  }

  /** True while the mapping or the file is being saved under the storage-key. */
  get saving(): boolean {
    return !!this.unsaved || this.mappings.saving || this.tables.saving;
  }

  constructor(
    private readonly host: ImportHost,
    private readonly opts: ImportControllerOptions,
  ) {
    host.addController(this);
    this.imports = new TableImports(opts.kind, {
      update: () => host.requestUpdate(),
      changed: () => opts.changed(),
      mapped: (rows) => opts.mapped?.(rows),
    });
    const ns = `${opts.namespace}-import-${opts.kind}`;
    this.mappings = new Persist<SavedMapping>(host, {
      namespace: ns,
      key: opts.storageKey,
      restore: (s) => {
        this.preset = 'auto';
        this.edits = {};
        // Only a saved mapping needs the pipeline (to check it); without one nothing loads.
        if (s)
          void this.withCore((core) => {
            const saved = core.readSavedMapping(s);
            this.preset = saved?.preset ?? 'auto';
            this.edits = saved?.edits ?? {};
            this.opts.changed();
          });
      },
    });
    this.tables = new Persist<SavedTable>(host, {
      namespace: `${ns}-table`,
      key: opts.storageKey,
      whole: true,
      restore: (s) => {
        if (s?.v === 1 && s.table && Array.isArray(s.table.rows)) {
          this.loaded = {
            table: s.table,
            label: String(s.label ?? ''),
            origin: s.origin === 'paste' ? 'paste' : 'file',
          };
          this.opts.changed();
        }
      },
    });
  }

  /** Rows the worker sent before the pipeline was in (the latest slice: its table holds every row so far). */
  private waitingRows?: { ac: AbortController; table: ImportTable; evidence: readonly ColumnEvidence[] };

  get kind(): TableKind {
    return this.opts.kind;
  }

  hostConnected(): void {
    // Nothing to start: a read begins when the user picks a file.
  }

  hostDisconnected(): void {
    this.cancel();
    releaseImportWorker(this);
    // Removed before its table was written: written now (the tables' Persist flushes on its own disconnect, next).
    this.saveTable();
  }

  hostUpdated(): void {
    this.planSave();
    const id = this.focusId;
    if (!id) return;
    this.focusId = undefined;
    this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  /** Call from the element's willUpdate (before super.willUpdate): loads saved state when the key changes. */
  sync(): void {
    this.mappings.sync();
    this.tables.sync();
  }

  /** True while saved state is being read. */
  pending(): boolean {
    return this.mappings.pending() || this.tables.pending();
  }

  /** False when saving fell back to memory. */
  get persistent(): boolean {
    return this.mappings.persistent;
  }

  get kept(): boolean {
    return !!this.opts.storageKey();
  }

  /** Load the pipeline (once), then run `fn` with it and update the element. */
  private async withCore<T>(fn: (core: ImportCore) => T): Promise<T> {
    const core = (this.core ??= await loadImportCore());
    const out = fn(core);
    this.host.requestUpdate();
    return out;
  }

  /** Start loading the pipeline; the element is updated (and re-runs its model) when it is in. */
  need(): void {
    if (this.core || this.loadingCore) return;
    this.loadingCore = true;
    this.withCore(() => this.opts.changed())
      .catch((e: unknown) => {
        // The pipeline's file did not load (offline, not served beside the IIFE): said where files are read.
        this.refused = { label: '', message: e instanceof Error ? e.message : String(e) };
        this.host.requestUpdate();
      })
      .finally(() => (this.loadingCore = false));
  }

  // ---- the table in use -------------------------------------------------------------------

  get source(): ImportSource | undefined {
    return this.loaded ?? this.hostSource;
  }

  get table(): ImportTable | undefined {
    return this.source?.table;
  }

  /**
   * Use what the host's data gave: CSV text, or raw records / a
   * `{ header, rows }` table (with a field-map). Returns false while the
   * pipeline loads (the element is asked to re-run once it is in).
   */
  useHostData(
    input: string | readonly unknown[] | { header: unknown[]; rows: unknown[][] } | undefined,
    label: string,
  ): boolean {
    if (input === undefined) {
      this.hostSource = undefined;
      this.hostKey = undefined;
      return true;
    }
    if (!this.core) {
      this.need();
      return false;
    }
    if (this.hostKey !== input) {
      this.hostKey = input;
      const table =
        typeof input === 'string'
          ? this.core.readTextTable(input, { kind: this.kind })
          : this.core.tableFromRecords(input);
      this.hostSource = { table, label, origin: 'host' };
    }
    return true;
  }

  /** The host's field-map (a JSON mapping, flat or `{ fields, values, dateOrder }`); issues name what is wrong. */
  useHostMap(map: unknown): Issue[] {
    if (map == null) {
      this.hostMap = undefined;
      return [];
    }
    if (!this.core) {
      this.need();
      return [];
    }
    const { mapping, issues } = this.core.parseMapping(map);
    this.hostMap = mapping;
    return issues.map((i) => movedIssue(i, `field-map${i.path ? `.${i.path}` : ''}`, `field-map: ${i.message}`));
  }

  /**
   * The import of the table in use with the mapping in force: undefined
   * before a table or the pipeline, and while a large table is mapped in
   * slices (the element is asked to run again when it is done).
   */
  get result(): ImportResult | undefined {
    return this.compute();
  }

  /** What the import view shows (while a large table is re-mapped, the view of the last mapping of the same table). */
  get view(): ImportView | undefined {
    const table = this.table;
    const core = this.core;
    const result = this.compute();
    if (!table || !core) return undefined;
    if (!result) return this.viewMemo?.table === table ? this.viewMemo.view : undefined;
    if (this.viewMemo?.result !== result) {
      const factors = this.opts.factors?.() ?? [];
      const stages = this.opts.stages?.() ?? [];
      this.viewMemo = { table, result, view: core.importView(table, result, this.kind, { factors, stages }) };
    }
    return this.viewMemo.view;
  }

  private compute(): ImportResult | undefined {
    const table = this.table;
    const core = this.core;
    if (!table) return undefined;
    if (!core) {
      this.need(); // a restored table: the pipeline loads, then the element runs again
      return undefined;
    }
    return this.imports.result(core, table, this.keyOf(table), () => this.optionsOf(core, table));
  }

  /** What a mapping of this table is memoised under: the mapping in force with it. */
  private keyOf(table: ImportTable): unknown[] {
    return [table, this.preset, this.edits, this.hostMap, this.opts.factors?.(), this.opts.stages?.()];
  }

  /** The options `importTable` maps this table with. */
  private optionsOf(core: ImportCore, table: ImportTable): Parameters<ImportCore['importTable']>[2] {
    const factors = this.opts.factors?.();
    const stages = this.opts.stages?.();
    const opts: Parameters<ImportCore['importTable']>[2] = {
      preset: this.preset,
      mapping: core.layerEdits(this.hostMap, core.editsForTable(table, this.edits)),
      // The view's value steps take their counts from the mapping, not from a pass over the rows when it renders.
      countValues: true,
    };
    if (factors) opts.factors = factors;
    if (stages) opts.stages = stages;
    return opts;
  }

  /** A slice of a file's rows came from the import worker: mapped while the rest is read (see src/import/ahead.ts). */
  private rowsRead(ac: AbortController, table: ImportTable, evidence: readonly ColumnEvidence[]): void {
    if (this.abort !== ac) return;
    const core = this.core;
    if (!core) {
      // The pipeline is not in yet: the rows read so far are mapped once it is (with the latest slice's evidence).
      const first = !this.waitingRows;
      this.waitingRows = { ac, table, evidence };
      if (first)
        loadImportCore().then(
          (c) => {
            this.core ??= c;
            const w = this.waitingRows;
            this.waitingRows = undefined;
            if (w) this.rowsRead(w.ac, w.table, w.evidence);
          },
          () => (this.waitingRows = undefined), // seen where the read awaits the pipeline
        );
      return;
    }
    this.imports.rowsRead(
      core,
      table,
      () => this.keyOf(table),
      () => this.optionsOf(core, table),
      evidence,
    );
  }

  /** The table can be used (no file-level problem). */
  get usable(): boolean {
    const r = this.result;
    return !!r && !r.issues.length;
  }

  // ---- reading a file ---------------------------------------------------------------------

  /** Read a file chosen or dropped by the user (a large one is read by the import worker itself). */
  openFile(file: File): Promise<boolean> {
    return this.read(file.name, 'file', () => Promise.resolve({ file, name: file.name }));
  }

  /**
   * A file may be chosen next (the picker is pointed at, focused or dragged over): the import worker starts now, so
   * a large file's read begins as soon as it is picked (its script loaded and compiled while the user chooses).
   */
  warm(): void {
    warmImportWorker(this);
    // The pipeline too: the first rows the worker sends are mapped as they come.
    if (!this.core)
      loadImportCore().then(
        (c) => (this.core ??= c),
        () => {}, // seen again when a file is read
      );
  }

  /** Read pasted rows. */
  openText(text: string, label: string): Promise<boolean> {
    return this.read(label, 'paste', async () => ({ text }));
  }

  /**
   * Use records the user gave as JSON (a list of objects): read as a table
   * of their keys. `list` undefined: they could not be read, `why` says so.
   */
  async openRecords(list: readonly unknown[] | undefined, label: string, why: string): Promise<boolean> {
    this.cancel();
    if (!list) {
      this.refused = { label, message: why };
      this.host.requestUpdate();
      return false;
    }
    const core = (this.core ??= await loadImportCore());
    const table = core.tableFromRecords(list);
    const issue = core.fileProblem(table);
    if (issue) {
      this.refused = { label, issue };
      this.host.requestUpdate();
      return false;
    }
    this.refused = undefined;
    this.loaded = { table, label, origin: 'paste' };
    this.unsaved = this.loaded;
    this.opts.changed();
    this.host.requestUpdate();
    return true;
  }

  /** Read another sheet of the workbook in use. */
  chooseSheet(sheet: string): Promise<boolean> {
    const src = this.refused?.bytes ? this.refused : this.loaded;
    const bytes = src?.bytes;
    if (!src || !bytes) return Promise.resolve(false);
    const data: ReadInput = bytes instanceof Blob ? { file: bytes, name: src.label } : { bytes };
    return this.read(src.label, 'file', () => Promise.resolve(data), sheet);
  }

  /** The workbook whose sheets can be chosen (the refused one first), and the sheet read. */
  get workbook(): { sheets: string[]; sheet?: string } | undefined {
    if (this.refused?.sheets) return { sheets: this.refused.sheets };
    const src = this.loaded?.table.source;
    return this.loaded?.bytes && src?.sheets ? { sheets: src.sheets, sheet: src.sheet } : undefined;
  }

  /** Stop reading, and mapping what was read (the table in use stays). */
  cancel(): void {
    this.abort?.abort();
    this.imports.stopAhead();
  }

  private async read(
    label: string,
    origin: 'file' | 'paste',
    input: () => Promise<ReadInput>,
    sheet?: string,
  ): Promise<boolean> {
    this.cancel();
    const ac = new AbortController();
    this.abort = ac;
    this.refused = undefined;
    const first = origin === 'paste' ? 'rows' : /\.xlsx$/i.test(label) ? 'open' : 'decode';
    this.reading = { label, progress: { phase: first, done: 0 } };
    this.host.requestUpdate();
    // The pipeline loads while the file is read: the rows read are mapped as they come once it is in.
    const loading = this.core ? undefined : loadImportCore().then((c) => (this.core ??= c));
    loading?.catch(() => {}); // its failure is seen where it is awaited, below
    try {
      const data = await input();
      const bytes = 'bytes' in data ? data.bytes : 'file' in data ? data.file : undefined;
      const out = await readImport(
        data,
        { kind: this.kind, ...(sheet !== undefined ? { sheet } : {}) },
        (progress) => {
          if (this.abort !== ac) return;
          this.reading = { label, progress };
          this.host.requestUpdate();
        },
        ac.signal,
        (table, evidence) => this.rowsRead(ac, table, evidence),
      );
      if (this.abort !== ac) return false;
      const core = (this.core ??= await (loading ?? loadImportCore()));
      this.readIn = out.fallback ? { where: out.where, fallback: out.fallback } : { where: out.where };
      const issue = core.fileProblem(out.table);
      if (issue) {
        this.imports.stopAhead();
        // Kept for the sheet chooser: a workbook whose first sheet is a cover can be read at another.
        this.refused =
          bytes && out.table.source.sheets
            ? { label, issue, bytes, sheets: out.table.source.sheets }
            : { label, issue };
        return false;
      }
      const src: ImportSource = { table: out.table, label, origin };
      if (bytes && out.table.source.format === 'xlsx') src.bytes = bytes;
      this.loaded = src;
      this.unsaved = src;
      this.imports.readDone(out.table, out.evidence);
      this.opts.changed();
      return true;
    } catch (e) {
      if (this.abort === ac) this.imports.stopAhead();
      if (e instanceof Cancelled) this.refused = { label, message: 'cancelled' };
      else this.refused = { label, message: e instanceof Error ? e.message : String(e) };
      return false;
    } finally {
      if (this.abort === ac) {
        this.abort = undefined;
        this.reading = null;
      }
      this.host.requestUpdate();
    }
  }

  /** Forget the loaded file: back to the host's data. */
  clear(): void {
    this.cancel();
    this.loaded = undefined;
    this.unsaved = undefined;
    this.refused = undefined;
    void this.tables.clear();
    this.opts.changed();
  }

  /**
   * Once no large table is being mapped (its result went to the element in the update that just ran), write
   * the loaded table after the next frame: writing a large table to IndexedDB is a task of its own (structured
   * serialization), which must not hold back reading, mapping or painting the result.
   */
  private planSave(): void {
    const src = this.unsaved;
    if (!src || this.savePlanned || this.imports.busy) return;
    this.savePlanned = true;
    let done = false;
    const save = (): void => {
      if (done) return;
      done = true;
      this.savePlanned = false;
      if (this.unsaved === src) this.saveTable();
    };
    requestAnimationFrame(() => setTimeout(save));
    setTimeout(save, 1000); // a hidden page paints no frame
  }

  private saveTable(): void {
    const src = this.unsaved;
    this.unsaved = undefined;
    if (!src || src !== this.loaded || src.origin === 'host') return;
    const t = src.table;
    if (t.rows.length * Math.max(1, t.header.length) > KEEP_CELLS) {
      void this.tables.clear();
      return;
    }
    this.tables.save({ v: 1, label: src.label, origin: src.origin, table: t });
  }

  // ---- the mapping ------------------------------------------------------------------------

  private edited(): void {
    this.mappings.save({ v: 1, preset: this.preset, edits: this.edits });
    this.opts.changed();
  }

  setPreset(p: 'auto' | PresetName): void {
    this.preset = p;
    // Columns chosen for the old preset's names would fight the new one's: start from its default.
    this.edits = { ...this.edits, fields: {} };
    this.edited();
  }

  setField(field: string, choice: FieldChoice): void {
    if (!this.core) return;
    this.edits = this.core.withField(this.edits, field, choice);
    this.edited();
  }

  setValue(field: ValueField, value: string, target: string | undefined): void {
    if (!this.core) return;
    this.edits = this.core.withValue(this.edits, field, value, target);
    this.edited();
  }

  setDateOrder(order: 'auto' | 'mdy' | 'dmy' | 'ymd'): void {
    this.edits = { ...this.edits, dateOrder: order };
    this.edited();
  }

  /** Drop the user's edits: back to the detected preset's columns. */
  resetMapping(): void {
    this.preset = 'auto';
    this.edits = {};
    this.mappingIssues = [];
    this.edited();
  }

  /** The mapping in force as a JSON file (what `field-map` and "Use this mapping" read back). */
  mappingJson(): string | undefined {
    const r = this.result;
    if (!r || !this.core) return undefined;
    return JSON.stringify(this.core.mappingFile(this.kind, r.preset, r.mapping), null, 2);
  }

  exportMapping(filename: string): void {
    const json = this.mappingJson();
    if (json) downloadText(filename, json, 'application/json');
  }

  /** Use a mapping given as JSON text (exported earlier, or written by hand); false when it is not valid JSON. */
  importMapping(text: string, notJson: (why: string) => string): boolean {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      this.mappingIssues = [{ path: 'mapping', message: notJson((e as Error).message) }];
      this.host.requestUpdate();
      return false;
    }
    if (!this.core) return false;
    const read = this.core.readMappingFile(json);
    this.mappingIssues = read.issues;
    this.preset = read.preset ?? 'auto';
    this.edits = read.edits;
    this.mappingText = read.issues.length ? text : '';
    this.edited();
    return true;
  }

  /** Open the step a problem group points at and focus its control. */
  fix(g: ProblemGroup, prefix: string): void {
    const fix = g.fix;
    if (!fix) return;
    if (fix.step === 'value') {
      this.open = { ...this.open, values: true };
      const step = this.view?.values.find((v) => v.field === fix.field);
      const i = Math.max(0, step?.values.findIndex((v) => v.value === fix.value) ?? 0);
      this.focusId = valueId(prefix, fix.field, i);
    } else {
      this.open = { ...this.open, mapping: true };
      this.focusId = fieldId(prefix, fix.field);
    }
    this.host.requestUpdate();
  }

  /** Focus a field's column select (e.g. from a missing-column message). */
  focusField(field: string, prefix: string): void {
    this.open = { ...this.open, mapping: true };
    this.focusId = fieldId(prefix, field);
    this.host.requestUpdate();
  }
}

/** Ids inside the element's shadow root (dots of field keys are not valid in a selector without escaping). */
export const fieldId = (prefix: string, field: string): string => `${prefix}f-${field.replace(/\./g, '_')}`;
export const constantId = (prefix: string, field: string): string => `${prefix}c-${field.replace(/\./g, '_')}`;
export const valueId = (prefix: string, field: string, i: number): string => `${prefix}v-${field}-${i}`;
