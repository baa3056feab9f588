import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompiledModel } from '../../src/models/tiering.js';
import type { Issue } from '../../src/schemas/issues.js';
import { decodeExport } from '../../src/parse/leads.js';
import type { Formatter } from '../../src/i18n/format.js';
import type { LeadFlowStrings } from '../../src/i18n/lead-flow.js';
import { exportIssues, type LeadsReader } from './lead-flow-reader.js';

/** Records read between two yields to the event loop when a loaded export is parsed. */
const PARSE_CHUNK = 10_000;

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** What the loader asks of the monitor. */
export interface ExportLoaderHooks {
  /** The UI language's strings and formats. */
  strings(): { t: LeadFlowStrings; fmt: Formatter };
  /** The tiering model whose factor columns become the leads' values. */
  readingModel(): CompiledModel;
  /** An export that could not be read (the monitor reports it). */
  refused(issues: Issue[]): void;
  /** Use a read export as the data; resolves once it is analysed and shown. */
  use(loaded: { text: string; label: string }): Promise<void>;
}

/**
 * Loading a CRM export picked or pasted by the user: reads it in chunks with
 * a progress bar (so the page keeps responding), says why a text cannot be
 * read, and hands a readable one to the monitor.
 */
export class ExportLoader implements ReactiveController {
  /** What is being done (reading, parsing, analysing); empty when idle. */
  busy = '';
  /** Progress of the current load in [0, 1]; null when idle. */
  progress: number | null = null;
  /** Why the last text could not be read. */
  issues: Issue[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reader: LeadsReader,
    private readonly hooks: ExportLoaderHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(busy: string, progress: number | null): void {
    this.busy = busy;
    this.progress = progress;
    this.host.requestUpdate();
  }

  /** Read a text export; false (and `issues` say why) when it cannot be read. */
  async load(text: string, label: string): Promise<boolean> {
    const { t, fmt } = this.hooks.strings();
    this.issues = [];
    this.set(t.parsing(fmt.integer(text.length)), 0.1);
    await nextFrame();
    const file = await this.reader.textInChunks(text, this.hooks.readingModel(), PARSE_CHUNK, async (p) => {
      this.set(this.busy, 0.1 + 0.5 * p);
      await new Promise((r) => setTimeout(r, 0));
    });
    if (file.issues.length) {
      this.issues = exportIssues(file, t);
      this.set('', null);
      this.hooks.refused(this.issues);
      return false;
    }
    this.set(t.analysing(fmt.integer(file.leads.length)), 0.6);
    await nextFrame();
    await this.hooks.use({ text, label });
    this.set('', null);
    return true;
  }

  /** Read a file from the file picker: its bytes decoded (GB18030 / GBK and UTF-16 exports too), then `load`. */
  async loadFile(f: File): Promise<boolean> {
    const { t } = this.hooks.strings();
    this.set(t.reading, 0);
    // Bytes, not f.text(): Chinese Excel and many CRMs save CSV as GB18030 / GBK, some as UTF-16.
    const { text, encoding } = decodeExport(await f.arrayBuffer());
    return this.load(text, encoding === 'utf-8' ? f.name : `${f.name} (${t.decoded(encoding.toUpperCase())})`);
  }

  /** Forget why the last text could not be read. */
  clear(): void {
    this.issues = [];
    this.host.requestUpdate();
  }
}
