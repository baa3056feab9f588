import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { FunnelHistoryResult } from '../../src/models/funnel-history.js';
import { fillFromHistory, historyMarks, latestEventDay, type KeptReason } from '../../src/history/fill.js';
import { rateLearner, type RateLearner } from '../../src/models/funnel-history.js';
import { FUNNEL_HISTORY, type FunnelHistoryStrings } from '../../src/i18n/funnel-history.js';
import type { Locale } from '../../src/i18n/format.js';
import { IMPORT } from '../../src/i18n/import.js';
import { fileIssueWords } from '../../src/views/import-words.js';
import type { FileIssue } from '../../src/import/table.js';
import { periodSelect } from '../shared/planner-history.js';
import { isModelInputError, type Issue } from '../../src/schemas/issues.js';
import type { FunnelStrings } from '../../src/i18n/funnel-forecast.js';
import type { Formatter } from '../../src/i18n/format.js';

/** The least time between two renders of the learning progress (ms). */
const PROGRESS_MS = 250;

/** What the history view needs of its element. */
export interface HistoryHost extends HTMLElement {
  addController(c: ReactiveController): void;
  requestUpdate(): void;
  readonly t: FunnelStrings;
  readonly locale: Locale;
  readonly fmt: Formatter;
  /** The stage histories given by the page (`history` property or attribute). */
  history?: unknown[];
  historyAsOf?: string;
  setParam(path: string, value: unknown): void;
}

type Obj = Record<string, unknown>;
interface Stage {
  key?: unknown;
  label?: unknown;
}
const WINDOWS = [3, 6, 12, 24];
/** Histories learned at once on the page (about 20 ms of work); more go to the rates worker. */
const LEARN_SLICE = 20_000;

/**
 * funnel-forecast's rates from history (docs/models.md §3c): the learned
 * rates of a stage history (the page's `history`, or a file read through the
 * import pipeline) over a trailing window, one button that fills them into
 * the conversion rates, and the mark beside each rate — from history with its
 * records, or edited with a way back.
 */
export class HistoryView implements ReactiveController {
  /** Months of the trailing window. */
  window = 12;
  /** Stages (by `<prefix><key>`) history filled; their marks show while the element lives. */
  private filled = new Set<string>();
  /** A stage history read from a file, over the page's. */
  private file?: { opportunities: unknown[]; missing: string[]; leftOut: number; problem?: string };
  /** A file being read, and its progress (share done, null while unknown). */
  private reading?: AbortController;
  private progress?: number | null;
  private kept: { key: string; reason: KeptReason }[] = [];
  private memo?: { key: string; of: unknown[]; out: FunnelHistoryResult | Issue[] };
  /** Rates being learned from a large history (share done while in progress). */
  private job?: { key: string; of: unknown[] };
  private learning?: number;
  /** Where the rates in force were learned: on the page, or in the rates worker. */
  private where?: 'worker' | 'main';
  private learnCtl?: AbortController;
  private latest?: { of: unknown[]; day: string | undefined };

  constructor(
    private readonly host: HistoryHost,
    private readonly issueText: (i: Issue) => string,
  ) {
    host.addController(this);
  }

  /** The history in force: a file read here, else the page's. */
  private get opportunities(): unknown[] | undefined {
    return this.file?.opportunities ?? (Array.isArray(this.host.history) ? this.host.history : undefined);
  }

  /** The learned rates for these stage keys (issues when the input is bad); undefined without a history. */
  learned(keys: string[]): FunnelHistoryResult | Issue[] | undefined {
    const of = this.opportunities;
    if (!of) return undefined;
    // The latest event is read only when the page gives no asOf (a scan of every event).
    let asOf = this.host.historyAsOf;
    if (asOf == null) {
      if (this.latest?.of !== of) this.latest = { of, day: latestEventDay(of) };
      asOf = this.latest.day ?? '';
    }
    const key = JSON.stringify([keys, this.window, asOf]);
    if (this.memo?.key === key && this.memo.of === of) return this.memo.out;
    if (this.job?.key === key && this.job.of === of) return undefined;
    const job = (this.job = { key, of });
    let learner: RateLearner;
    try {
      learner = rateLearner({ stages: keys, asOf, windowMonths: this.window });
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      this.memo = { key, of, out: e.issues };
      this.job = undefined;
      return e.issues;
    }
    if (of.length <= LEARN_SLICE) {
      learner.add(of, 0);
      this.memo = { key, of, out: learner.result() };
      this.job = undefined;
      this.where = 'main';
      return this.memo.out;
    }
    // A large history: learned off the main thread (the rates worker, or page slices without one), with progress.
    this.learnCtl?.abort();
    const ctl = (this.learnCtl = new AbortController());
    this.learning = 0;
    let shown = performance.now();
    void (async () => {
      try {
        const { learnRatesInBackground } = await import('../shared/learn-rates-background.js');
        const r = await learnRatesInBackground(
          { stages: keys, asOf, windowMonths: this.window },
          of,
          (done) => {
            if (this.job !== job) return;
            this.learning = done;
            // Each render is the whole planner's: the bar moves a few times a second, not once per slice.
            const now = performance.now();
            if (now - shown < PROGRESS_MS) return;
            shown = now;
            this.host.requestUpdate();
          },
          ctl.signal,
        );
        if (this.job !== job) return;
        this.memo = { key, of, out: r.result };
        this.where = r.where;
      } catch (e) {
        if ((e instanceof Error && e.name === 'Cancelled') || this.job !== job) return;
        if (!isModelInputError(e)) throw e;
        this.memo = { key, of, out: e.issues };
      }
      this.job = undefined;
      this.learning = undefined;
      this.host.requestUpdate();
    })();
    return undefined;
  }

  /** A file problem in the UI language (fields by key: a stage history file has no mapping step). */
  private problemText(problem: FileIssue, header: readonly string[]): string {
    return fileIssueWords({ t: IMPORT[this.host.locale], fmt: this.host.fmt, fieldName: (k) => k, header }, problem);
  }

  private get s(): FunnelHistoryStrings {
    return FUNNEL_HISTORY[this.host.locale];
  }

  private keys(stages: Stage[]): string[] {
    return stages.map((s) => String(s?.key));
  }

  /** Fill funnel `p`'s rates from history; `c` is that funnel's input in force. */
  fill(p: string, c: Obj): void {
    const stages = (Array.isArray(c.stages) ? c.stages : []) as Stage[];
    const l = this.learned(this.keys(stages));
    if (!l || Array.isArray(l)) return;
    const f = fillFromHistory(this.keys(stages), Array.isArray(c.conversion) ? c.conversion : [], l);
    for (const k of f.filled) this.filled.add(p + k);
    this.kept = f.kept;
    this.host.setParam(`${p}conversion`, f.conversion);
  }

  /** The mark beside stage i's rate: from history (records, and the warning) or edited (revert). */
  mark(p: string, c: Obj, i: number, name: string): TemplateResult | typeof nothing {
    const stages = (Array.isArray(c.stages) ? c.stages : []) as Stage[];
    const keys = this.keys(stages);
    const l = this.learned(keys);
    if (!l || Array.isArray(l)) return nothing;
    const filled = new Set(keys.filter((k) => this.filled.has(p + k)));
    const m = historyMarks(keys, Array.isArray(c.conversion) ? c.conversion : [], l, filled)[i];
    if (!m) return nothing;
    const h = this.s;
    const f = this.host.fmt;
    if (m.state === 'history')
      return html`<small class="hist" data-mark="history"
        >${h.historyMark(f.integer(m.rate.records))}${
          m.rate.warning ? html` · <span class="warn">${h.fewRecords(f.integer(l.minRecords))}</span>` : nothing
        }</small
      >`;
    return html`<small class="hist" data-mark="edited"
      >${h.edited}
      <button
        type="button"
        aria-label="${h.revertHistory}: ${name}"
        @click=${() => this.host.setParam(`${p}conversion.${i}`, m.rate.rate)}
      >
        ${h.revertHistory}
      </button></small
    >`;
  }

  /**
   * Read a stage-history file with the import view's reader (large files in
   * the import worker, with progress), then as a stage-change log.
   */
  private async read(input: HTMLInputElement, stages: Stage[], label: (s: Stage) => string): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.reading?.abort();
    const ctl = (this.reading = new AbortController());
    this.progress = 0;
    this.host.requestUpdate();
    try {
      const [{ readImport }, { stageHistoryFromTable }] = await Promise.all([
        import('../shared/import/read-file.js'),
        import('../../src/history/stage-table.js'),
      ]);
      const { table } = await readImport(
        { bytes: await file.arrayBuffer() },
        {},
        (p) => {
          this.progress = p.done;
          this.host.requestUpdate();
        },
        ctl.signal,
      );
      const problem = table.issues[0];
      // A file may name a stage by its key or by the label the funnel shows (the given one or the translated one).
      const named = stages.map((s) => ({ key: String(s?.key), label: label(s) }));
      const r = problem ? undefined : stageHistoryFromTable(table, named);
      this.file = {
        opportunities: r?.opportunities ?? [],
        missing: r?.missing ?? [],
        leftOut: r?.skipped.length ?? 0,
        ...(problem ? { problem: this.problemText(problem, table.header) } : {}),
      };
    } catch (e) {
      if (!(e instanceof Error && e.name === 'Cancelled')) throw e;
    } finally {
      if (this.reading === ctl) {
        this.reading = undefined;
        this.progress = undefined;
      }
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.reading?.abort();
    this.learnCtl?.abort();
    this.job = undefined;
  }

  /** The history section of funnel `p` (input in force `c`): window, fill, file, and the learned rates. */
  render(p: string, c: Obj, label: (s: Stage) => string): TemplateResult | typeof nothing {
    const stages = (Array.isArray(c.stages) ? c.stages : []) as Stage[];
    const l = this.learned(this.keys(stages));
    const t = this.host.t;
    const h = this.s;
    const f = this.host.fmt;
    const id = `hf-${p.replace(/\./g, '-')}`;
    const fileNotes = this.file
      ? [
          ...(this.file.problem ? [this.file.problem] : []),
          ...(this.file.missing.length ? [h.missingColumns(this.file.missing.join(', '))] : []),
          ...(this.file.leftOut ? [h.rowsLeftOut(f.integer(this.file.leftOut))] : []),
        ]
      : [];
    const name = (k: string) => label(stages.find((s) => s?.key === k) ?? { key: k });
    return html`<section
      part="history"
      class="no-print"
      aria-labelledby="${id}-h"
      data-learned-in=${l && !Array.isArray(l) ? (this.where ?? nothing) : nothing}
    >
      <h3 id="${id}-h">${h.fromHistory}</h3>
      <div class="row">
        ${periodSelect(
          id,
          h.historyWindow,
          WINDOWS,
          this.window,
          (w) => h.lastMonths(f.integer(w)),
          (w) => {
            this.window = w;
            this.host.requestUpdate();
          },
        )}
        <button type="button" class="brand" ?disabled=${!l || Array.isArray(l)} @click=${() => this.fill(p, c)}>
          ${h.fillHistory}
        </button>
        <div class="field">
          <label for="${id}-f">${h.historyFile}</label
          ><input
            id="${id}-f"
            type="file"
            accept=".csv,.tsv,.txt,.xlsx"
            @change=${(e: Event) => void this.read(e.target as HTMLInputElement, stages, label)}
          />
        </div>
      </div>
      ${
        this.learning !== undefined
          ? html`<progress part="history-progress" aria-label=${h.learning} max="1" .value=${this.learning}></progress>`
          : nothing
      }
      ${
        this.progress !== undefined
          ? html`<progress
              part="history-progress"
              aria-label=${h.historyFile}
              max="1"
              .value=${this.progress ?? 0}
            ></progress>`
          : nothing
      }
      ${fileNotes.map((n) => html`<p class="msg" role="status">${n}</p>`)}
      ${
        Array.isArray(l)
          ? html`<p class="msg" role="alert">${l.map((i) => this.issueText(i)).join('; ')}</p>`
          : l
            ? html`<p role="status" data-history-summary>
                  ${h.historySummary(f.integer(l.used), f.month(l.window.from), f.month(l.window.to))}${
                    l.invalid.length
                      ? html` · <span class="warn">${h.notRead(f.integer(l.invalid.length))}</span>`
                      : nothing
                  }
                </p>
                ${this.kept.map(
                  (k) => html`<p class="weak">${(k.reason === 'zero' ? h.keptZero : h.keptNoRecords)(name(k.key))}</p>`,
                )}
                <div class="table-wrap" tabindex="0">
                  <table part="history-table">
                    <caption>
                      ${h.fromHistory}
                    </caption>
                    <thead>
                      <tr>
                        ${[t.stage, t.conversion, h.records, h.medianDays].map((x) => html`<th scope="col">${x}</th>`)}
                      </tr>
                    </thead>
                    <tbody>
                      ${l.stages.map(
                        (s) =>
                          html`<tr class=${s.warning ? 'few' : ''}>
                            <th scope="row">${name(s.key)}</th>
                            <td class="num">${f.percent(s.rate, 1)}</td>
                            <td class="num">
                              ${f.integer(s.records)}${
                                s.warning
                                  ? html` <span class="warn">${h.fewRecords(f.integer(l.minRecords))}</span>`
                                  : nothing
                              }
                            </td>
                            <td class="num">${f.number(s.medianDays, 1)}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
            : nothing
      }
    </section>`;
  }
}
