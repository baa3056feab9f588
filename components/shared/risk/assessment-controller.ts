/**
 * The assessment of a risk panel as a reactive controller: resolve the
 * rules in force (the host's, with the user's changes on top), assess at
 * once (ordinary lists) or in the background with progress (a worker, else
 * main-thread slices: assess-background.ts), compute the panel's aggregates
 * (in steps for a long list, so they land with the first paint), and hand
 * the panel one `RiskRun` to show. A list the panel does not show yet that
 * is longer than FIRST_SCREEN_MIN or the worker threshold paints its first
 * screenful first: those rows are assessed at once and shown in input order
 * (a `partial` run), and the whole list is assessed in slices (or the
 * worker), then shown in the model's order. A background job stops when the panel leaves the DOM and
 * starts again when it comes back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LevelCounts } from '../../../src/models/signals.js';
import {
  assessIndexed,
  assessSlice,
  emptyFacets,
  facetsOf,
  fillFacets,
  type IndexedAssessment,
  type RiskFacets,
  type RiskJob,
  type RiskRow,
} from '../../../src/risk/engine.js';
import { lazyAssessment, RowStore } from '../../../src/risk/rows.js';
import { dropOverlayStages, isEmptyOverlay } from '../../../src/risk/overlay.js';
import { hostRulesOf, type ModelChannel, type RiskEnvelope } from '../../../src/views/risk-input.js';
import { drainSteps } from '../../../src/views/stepped-sort.js';
import type { ProgressPhase } from '../../../src/i18n/risk.js';
import { assessInBackground, Cancelled, runInTasks, type BackgroundAssessment } from './background.js';
import type { Assessed, AssessedIn, RiskPanelConfig, RiskRun } from './risk-config.js';

/**
 * A new list longer than this paints its first screenful before the rest is
 * assessed: assessing 5,000 rows at once is about 50 ms on a cold page (the
 * long-task threshold), about 20 ms once the model is compiled.
 */
export const FIRST_SCREEN_MIN = 5_000;
/** Rows of the first screenful (a tall list shows 20 to 30; keys and scrolling find some more). */
export const FIRST_SCREEN_ROWS = 60;

/** Where the blame goes when the rules turn out bad: the host's source, or the user's changes. */
export type RulesBlame = 'rules' | 'model' | 'data';

export interface AssessmentOptions<R extends RiskRow, Rules, S extends LevelCounts, X> {
  /** The panel's configuration (read when a run starts, after the element is constructed). */
  config: () => Pick<
    RiskPanelConfig<unknown, R, unknown, Rules, S, X>,
    'kind' | 'model' | 'signalCodes' | 'resolveRules' | 'overlayRules'
  >;
  /** The panel's aggregates of an assessment, in steps. */
  aggregate: (s: { facets: RiskFacets; list: readonly unknown[]; rules: Rules }) => Generator<void, X, void>;
  /** The aggregates of no assessment (a partial run has none). */
  noAggregates: () => X;
  /** The input list the panel shows now (a list it shows is not painted again from its first screenful). */
  shown: () => readonly unknown[] | undefined;
  /** The first screenful of a long list, in input order (`run.partial`), to show while the rest is assessed. */
  firstScreen: (ready: ReadyRun<R, Rules, S, X>) => void;
  /** A background assessment finished: show `result` and announce it. */
  done: (result: unknown) => void;
  /** A background assessment failed. */
  failed: (e: unknown) => void;
  /** Assess again (a job stopped by a move in the DOM). */
  restart: () => void;
  /** The host's rules lost overlay stages the user had changed: `overlay` is the overlay without them. */
  dropped: (keys: string[], overlay: unknown) => void;
}

/** A run ready to be shown, with its aggregates. */
export interface ReadyRun<R extends RiskRow, Rules, S extends LevelCounts, X> {
  run: RiskRun<R, Rules, S>;
  aggregates: X;
}

/** What a run was started with, shown together with its result. */
interface Started<Rules> {
  context: Omit<RiskRun<RiskRow, Rules>, 'assessed'>;
  list: readonly unknown[];
  /** How to assess input rows again (rows built on demand). */
  job: Omit<RiskJob, 'list'>;
}

type Pending<R extends RiskRow, Rules, X> = Started<Rules> &
  (
    | { where: 'page'; page: IndexedAssessment }
    | { where: 'worker' | 'slices'; bg: BackgroundAssessment; result: unknown; store: RowStore<R>; aggregates: X }
  );

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export class RiskAssessment<R extends RiskRow, Rules, S extends LevelCounts, X> implements ReactiveController {
  /** Progress of a background assessment (null when none runs). */
  progress: { phase: ProgressPhase; done: number; total: number } | null = null;
  /** Where the last assessment ran and how long it took. */
  ran: AssessedIn | null = null;
  /** How a list shown in its first screenful finished (for the bench and tests): ms to that screen. */
  firstScreenMs: number | null = null;
  /** Who is to blame for bad rules found now. */
  blame: RulesBlame = 'rules';
  private pending?: Pending<R, Rules, X>;
  private job: AbortController | null = null;
  private interrupted = false;
  private started = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: AssessmentOptions<R, Rules, S, X>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.o.restart();
    }
  }

  hostDisconnected(): void {
    if (this.job) this.interrupted = true;
    this.cancel();
  }

  /** Stop a background assessment (its result will not be shown). */
  cancel(): void {
    this.job?.abort();
    this.job = null;
    this.progress = null;
  }

  /**
   * Start assessing: returns the model output when the list was assessed at
   * once (`take()` then gives the run), undefined while it is assessed in
   * the background (`done` is called with the output). Throws
   * ModelInputError for bad rules or asOf, whatever the list's size.
   */
  start(input: RiskEnvelope, model: ModelChannel, tuned: unknown, threshold: number): unknown {
    const c = this.o.config();
    const { env } = input;
    const defaulted = env.asOf == null;
    const asOf = defaulted ? todayUtc() : env.asOf;
    const host = hostRulesOf(env, model);
    this.blame = host.source === 'model' ? 'model' : 'data';
    const hostRules = c.resolveRules(host.raw);
    const merged = c.overlayRules(hostRules, tuned);
    let overlay = tuned;
    if (merged.dropped.length) {
      overlay = dropOverlayStages(tuned, merged.dropped);
      this.o.dropped(merged.dropped, overlay);
    }
    this.blame = 'rules';
    const list = env[c.kind];
    this.cancel();
    this.started = performance.now();
    // Bad asOf or rules fail here, at once, whatever the list's size.
    const head = assessIndexed({
      kind: c.kind,
      model: c.model,
      asOf,
      rules: merged.rules,
      list: Array.isArray(list) ? [] : list,
    });
    // The validated, frozen rules assess every row (and rebuild rows on demand) with the models' rule cache.
    const rules = c.resolveRules(merged.rules);
    const job: RiskJob = { kind: c.kind, model: c.model, asOf, rules, list };
    const arr = Array.isArray(list) ? list : [];
    const started: Started<Rules> = {
      context: {
        asOf: String(asOf),
        defaulted,
        source: host.source,
        tuned: !isEmptyOverlay(overlay),
        hostRules,
        rules,
        single: input.single || arr.length === 1,
      },
      list: arr,
      job: { kind: c.kind, model: c.model, asOf, rules },
    };
    const inWorker = arr.length > threshold;
    // A list not shown yet, long enough to be assessed in the background, paints its first screenful first.
    const fresh = (inWorker || arr.length > FIRST_SCREEN_MIN) && arr !== this.o.shown();
    if (!Array.isArray(list) || (!inWorker && !fresh)) {
      const page = arr.length ? assessIndexed(job) : head;
      this.pending = { ...started, where: 'page', page };
      return page.result;
    }
    if (fresh) this.o.firstScreen(this.firstScreen(job, started));
    // Up to the threshold on the page in slices (no worker meant); longer lists in the worker.
    this.background(job, started, inWorker);
    return undefined;
  }

  /** The first FIRST_SCREEN_ROWS input rows assessed, in input order: a partial run to show at once. */
  private firstScreen(job: RiskJob, started: Started<Rules>): ReadyRun<R, Rules, S, X> {
    const { list, context } = started;
    const head = assessSlice(job, list.slice(0, FIRST_SCREEN_ROWS), 0);
    const rows = head.result.rows as R[];
    // The model sorts by risk: put them back in input order, which is what the screen says it shows.
    const order = Array.from(rows.keys()).sort((a, b) => head.index[a]! - head.index[b]!);
    const inOrder = order.map((k) => rows[k]!);
    const index = Int32Array.from(order, (k) => head.index[k]!);
    const facets = fillFacets(
      emptyFacets(job.kind, inOrder.length),
      job.kind,
      inOrder,
      index,
      list,
      this.o.config().signalCodes,
    );
    const result = { rows: inOrder, summary: head.result.summary, invalid: [] } as unknown as Assessed<R, S>;
    const store = new RowStore<R>(started.job, list, index, inOrder);
    this.firstScreenMs = performance.now() - this.started;
    return {
      run: { ...context, partial: true, assessed: { result, facets, store, list } },
      aggregates: this.o.noAggregates(),
    };
  }

  /** The run of the assessment just finished (once). */
  take(): ReadyRun<R, Rules, S, X> | undefined {
    const p = this.pending;
    if (!p) return undefined;
    this.pending = undefined;
    const { context, list, job } = p;
    const ms = performance.now() - this.started;
    if (p.where === 'page') {
      const facets = facetsOf(job.kind, p.page, list, this.o.config().signalCodes);
      const assessed = {
        result: p.page.result as unknown as Assessed<R, S>,
        facets,
        store: new RowStore<R>(job, list, p.page.index, p.page.result.rows as R[]),
        list,
      };
      this.ran = { where: 'page', ms };
      const aggregates = drainSteps(this.o.aggregate({ facets, list, rules: context.rules }));
      return { run: { ...context, assessed }, aggregates };
    }
    const assessed = { result: p.result as Assessed<R, S>, facets: p.bg.facets, store: p.store, list };
    this.ran = { where: p.where, ms, ...(p.bg.fallback ? { fallback: p.bg.fallback } : {}) };
    return { run: { ...context, assessed }, aggregates: p.aggregates };
  }

  private background(job: RiskJob, started: Started<Rules>, worker: boolean): void {
    const ctrl = new AbortController();
    this.job = ctrl;
    const total = (job.list as unknown[]).length;
    this.progress = { phase: worker ? 'send' : 'assess', done: 0, total };
    assessInBackground(
      job,
      this.o.config().signalCodes,
      (phase, done, t) => {
        if (ctrl.signal.aborted) return;
        this.progress = { phase, done, total: t };
        this.host.requestUpdate();
      },
      ctrl.signal,
      worker,
    ).then(
      async (bg) => {
        // The aggregates in tasks between frames; the last step only
        // returns them, so they and the first render land together.
        const { list, context } = started;
        const steps = this.o.aggregate({ facets: bg.facets, list, rules: context.rules });
        const done = await runInTasks(steps, () => ctrl.signal.aborted);
        if (!done) return;
        const aggregates = done.value;
        this.job = null;
        this.progress = null;
        const store = new RowStore<R>(started.job, list, bg.facets.index, bg.rows as R[] | undefined);
        const result = bg.rows
          ? { rows: bg.rows, summary: bg.summary, invalid: bg.invalid }
          : lazyAssessment(store, bg.summary, bg.invalid);
        const where = bg.where === 'worker' ? 'worker' : 'slices';
        this.pending = { ...started, where, bg, result, store, aggregates };
        this.o.done(result);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted || e instanceof Cancelled) return;
        this.job = null;
        this.progress = null;
        this.o.failed(e);
      },
    );
  }
}
