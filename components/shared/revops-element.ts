/**
 * Base of every revops element: the four ways data and model come in, the
 * locale and currency (element, then provider, then page), theme, events,
 * the error view and "keep the last good result".
 */
import { ChartFit } from './chart-fit.js';
import { RovingTabindex } from './roving-tabindex.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { formatter, resolveLocale, type Formatter, type Locale } from '../../src/i18n/format.js';
import { COMMON, type CommonStrings } from '../../src/i18n/common.js';
import { issueSentence } from '../../src/i18n/issues.js';
import { loadLocale, localeReady } from '../../src/i18n/registry.js';
import { isModelInputError, type Issue } from '../../src/schemas/issues.js';
import { codeLabel as labelOf, readLabels, type LabelKind, type LabelsRead } from '../../src/views/code-labels.js';
import { revopsContext, type RevopsContext, type Theme } from './context.js';
import { formatBytes, jsonConverter, JsonSource, readJsonTextLater, type ResolvedInput } from './json-source.js';
import { base, tokens } from './styles.js';
import { dispatchRevopsEvent } from './define.js';

/** Detail of `revops-invalid`. */
export interface InvalidDetail {
  issues: Issue[];
  /** Where the bad input came from: data, model, or a part the element names (history, rules…). */
  source: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'revops-invalid': CustomEvent<InvalidDetail>;
  }
}

// One observer of <html lang> for all elements.
const live = new Set<RevopsElement>();
let htmlObserver: MutationObserver | null = null;
const watchHtmlLang = (el: RevopsElement, on: boolean) => {
  if (on) live.add(el);
  else live.delete(el);
  if (live.size && !htmlObserver && typeof MutationObserver !== 'undefined') {
    // A `lang` change anywhere (the page, an ancestor, the element) re-renders the elements in their language.
    htmlObserver = new MutationObserver(() => live.forEach((e) => e.requestUpdate()));
    htmlObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!live.size && htmlObserver) {
    htmlObserver.disconnect();
    htmlObserver = null;
  }
};

export abstract class RevopsElement extends LitElement {
  static override styles = [tokens, base];

  /** Charts keep 11–16 px text and scroll inside their figure in a narrow column (chart-fit.ts). */
  protected readonly chartFit = new ChartFit(this);

  /** Each group marked `data-roving` (chips, a list of filter buttons, export buttons) is one tab stop (docs/labels.md). */
  protected readonly roving = new RovingTabindex(this);

  /** Input data as an object (property) or JSON text (attribute). Wins over a child script and `src`. */
  @property({ converter: jsonConverter }) data: unknown;

  /** URL of the input data (JSON), fetched when neither `data` nor a child script is given. */
  @property() src?: string;

  /** Model configuration as an object or JSON text; wins over a `<script type="application/json" data-model>` child and `model-src`. */
  @property({ converter: jsonConverter }) model: unknown;

  /** URL of the model configuration (JSON). */
  @property({ attribute: 'model-src' }) modelSrc?: string;

  /** Seconds `src` / `model-src` may take before the element reports no answer and offers a retry (default 15). */
  @property({ attribute: 'src-timeout', type: Number }) srcTimeout?: number;

  /** Words for the data's codes by kind (source, stage, route…), as an object or JSON text: docs/labels.md. */
  @property({ attribute: 'code-labels', converter: jsonConverter }) codeLabels: unknown;

  /** Key under which tuned settings and edits are saved in IndexedDB; nothing is saved without it. */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** `light` (default), `dark`, or `auto` to follow the operating system. */
  @property({ reflect: true }) theme?: Theme;

  /** ISO 4217 currency for money (default: the provider's, else CNY). */
  @property() currency?: string;

  /** The last valid issues (empty when the input is fine). */
  @state() protected issues: Issue[] = [];

  protected readonly dataSource = new JsonSource(this, {
    value: () => this.data,
    settle: (v) => (this.data = v),
    url: () => this.src,
    timeout: () => this.srcTimeout,
    script: (s) => !s.hasAttribute('data-model'),
    name: 'data',
    attr: 'data',
    srcAttr: 'src',
    read: (text, info) => this.readSrc(text, info),
    messages: () => this.common,
  });

  protected readonly modelSource = new JsonSource(this, {
    value: () => this.model,
    settle: (v) => (this.model = v),
    url: () => this.modelSrc,
    timeout: () => this.srcTimeout,
    script: (s) => s.hasAttribute('data-model'),
    name: 'model',
    attr: 'model',
    srcAttr: 'model-src',
    messages: () => this.common,
  });

  protected readonly provider = new ContextConsumer(this, { context: revopsContext, subscribe: true });

  private inputVersion = -1;
  private computeRequested = true;
  private pendingEvents: (() => void)[] = [];

  get context(): RevopsContext | undefined {
    return this.provider.value;
  }

  /** The resolved UI locale: own `lang`, then the provider, then the page, then the browser. */
  get locale(): Locale {
    return (
      resolveLocale(this.getAttribute('lang')) ??
      this.context?.locale ??
      resolveLocale(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ??
      resolveLocale(typeof navigator === 'undefined' ? null : navigator.language) ??
      'en'
    );
  }

  get fmt(): Formatter {
    return formatter(this.locale, this.currency ?? this.context?.currency ?? 'CNY');
  }

  private labelsMemo: { raw: unknown; read: LabelsRead } | undefined;
  /** The host's labels, checked (a bad entry is reported with the input issues and dropped). */
  protected get labelsRead(): LabelsRead {
    const raw = this.codeLabels;
    let memo = this.labelsMemo;
    if (!memo || memo.raw !== raw) this.labelsMemo = memo = { raw, read: readLabels(raw) };
    return memo.read;
  }

  /** The words for a code in the UI language: the host's label, else `builtin` (the element's name), else the code. */
  protected codeLabel(kind: LabelKind, code: string, builtin?: string): string {
    return labelOf(this.labelsRead.labels, kind, code, this.locale, builtin);
  }

  get common(): CommonStrings {
    return COMMON[this.locale];
  }

  /**
   * Render only once the strings of the element's locale are in: another
   * locale than English loads on first use (src/i18n/registry.ts).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.locale;
    if (localeReady(locale)) return super.scheduleUpdate();
    return loadLocale(locale).then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchHtmlLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchHtmlLang(this, false);
  }

  /**
   * Turn the body fetched from `src` into the data value (default: JSON, a
   * promise for a large body, parsed in slices). Elements that also read
   * other formats (a CSV export) override it; throw an Error whose message
   * says what is wrong.
   */
  protected readSrc(text: string, info: { url: string; contentType: string; signal?: AbortSignal }): unknown {
    return readJsonTextLater(text, this.common.responseNotJson, info.signal);
  }

  /** Load `src` and `model-src` again after a failure (the alert's retry button). */
  retryLoad(): void {
    this.dataSource.retry();
    this.modelSource.retry();
  }

  /**
   * True while the state saved under `storage-key` is still being read: the
   * model waits, so the first result (and its `revops-change`) already has
   * the user's tuning. Elements with a Persist controller return `persist.pending()`.
   */
  protected storagePending(): boolean {
    return false;
  }

  private loads = new Set<Promise<unknown>>();

  /**
   * Code the element loads on demand (a validating model): the model runs
   * again once it is in (unless `recompute` is false), and `updateComplete` waits for that render.
   */
  protected waitFor(load: Promise<unknown>, recompute = true): void {
    const p = load.finally(() => {
      this.loads.delete(p);
      if (recompute) this.requestCompute();
    });
    this.loads.add(p);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loads.size) {
      await Promise.allSettled(this.loads);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Ask for the model to run again on the next update (after an edit or a tuning). */
  protected requestCompute(): void {
    this.computeRequested = true;
    this.requestUpdate();
  }

  /** Properties whose change re-runs the model, beyond data/model/src. */
  protected computeProps(): readonly string[] {
    return [];
  }

  /** Run the model on the current input; throw ModelInputError on bad input. Return undefined when there is no input yet. */
  protected abstract evaluate(data: ResolvedInput, model: ResolvedInput): unknown;

  /** Called with a new valid result. */
  protected abstract accept(result: unknown): void;

  /** Called after every evaluation with its issues (empty when valid). */
  protected onIssues(_issues: Issue[]): void {
    // Nothing by default: the base element already shows the issues and sends revops-invalid.
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.dataSource.sync();
    this.modelSource.sync();
    const version = this.dataSource.version * 100003 + this.modelSource.version;
    const watched = ['data', 'model', 'src', 'modelSrc', 'codeLabels', ...this.computeProps()];
    if (this.storagePending()) {
      // Run once the saved state is in (Persist asks for an update when it is).
      this.computeRequested = true;
      return;
    }
    if (this.computeRequested || version !== this.inputVersion || watched.some((p) => changed.has(p))) {
      this.inputVersion = version;
      this.computeRequested = false;
      this.run();
    }
  }

  private run(): void {
    const data = this.dataSource.resolve();
    const model = this.modelSource.resolve();
    const labelIssues = this.labelsRead.issues;
    const sourceIssues = [...(data.issues ?? []), ...(model.issues ?? []), ...labelIssues];
    try {
      const result = this.evaluate(data, model);
      const source = data.issues?.length ? 'data' : model.issues?.length ? 'model' : 'labels';
      if (sourceIssues.length) this.fail(sourceIssues, source);
      else this.setIssues([]);
      if (result !== undefined) {
        this.accept(result);
        this.queueEvent('revops-change', result);
      }
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      const issues = [...sourceIssues, ...e.issues];
      this.fail(issues, this.issueSource(issues));
    }
  }

  /**
   * An issue in the element's language, naming its field: the English
   * message, or in another locale the field's path and the locale's wording
   * of the issue's code (an issue without a code keeps its message).
   */
  protected issueText(i: Issue): string {
    const what = issueSentence(i, this.locale);
    return what === undefined ? i.message : `${i.path || this.common.input} ${what}`;
  }

  /** Which input a list of issues is about, from the first path: `model`, `rules`, `history`… or `data`. */
  protected issueSource(issues: Issue[]): string {
    const head = issues[0]?.path.split('.')[0] ?? '';
    return ['model', 'rules', 'history', 'tiers'].includes(head) ? head : 'data';
  }

  /** An issue in the units its field is typed in ("must be ≥ 0 %" for a percentage), when the element knows them. */
  protected unitSentence(_i: Issue): string | undefined {
    return undefined;
  }

  /** A plain-words name for a field path, shown beside the path in the alert (e.g. "Contact · Weight"). */
  protected fieldLabel(_path: string): string | undefined {
    return undefined;
  }

  private setIssues(issues: Issue[]): void {
    this.issues = issues;
    this.onIssues(issues);
  }

  /** Report bad input: the alert shows it, `revops-invalid` carries it, the last good result stays. */
  protected fail(issues: Issue[], source: string): void {
    this.setIssues(issues);
    this.queueEvent('revops-invalid', { issues, source } satisfies InvalidDetail);
  }

  /** Events go out after the render that shows their cause. */
  protected queueEvent(name: string, detail: unknown): void {
    this.pendingEvents.push(() => this.emit(name, detail));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const fire of events) fire();
  }

  /** Dispatch a bubbling, composed CustomEvent, and its LWC-legal twin (`revopschange`). */
  emit<T>(name: string, detail: T): boolean {
    return dispatchRevopsEvent(this, name, detail);
  }

  /** The alert that names each bad field; the last good result stays below it. */
  protected renderIssues(issues: Issue[] = this.issues, hasResult = true): TemplateResult | typeof nothing {
    if (!issues.length) return nothing;
    const c = this.common;
    const item = (i: Issue) => {
      const path = i.path || c.input;
      const label = i.path ? this.fieldLabel(i.path) : undefined;
      const field = html`<code>${path}</code>${label ? html` (${label})` : nothing}`;
      const what = this.unitSentence(i) ?? issueSentence(i, this.locale);
      if (what !== undefined) return html`<li>${field} ${what}</li>`;
      const msg = i.message;
      // Messages name their field first ("values.channel must be …"): show the path once, as code.
      for (const lead of [`${i.path}: `, `${i.path} `])
        if (i.path && msg.startsWith(lead))
          return html`<li>${field}${lead.endsWith(': ') ? ': ' : ' '}${msg.slice(lead.length)}</li>`;
      return html`<li>${field}: ${msg}</li>`;
    };
    // A URL that failed (no answer, stalled, HTTP error) can be tried again from the element's own alert.
    const retry = issues === this.issues && (this.dataSource.failed() || this.modelSource.failed());
    return html`<div part="error" role="alert">
      <strong>${c.invalidTitle}</strong>
      <ul>
        ${issues.map(item)}
      </ul>
      ${hasResult ? html`<p class="weak">${c.invalidHint}</p>` : nothing}
      ${retry ? html`<button type="button" part="retry" @click=${() => this.retryLoad()}>${c.retry}</button>` : nothing}
    </div>`;
  }

  /** "Loading…", with the megabytes so far and a progress bar while a large `src` comes in. */
  protected renderLoading(): TemplateResult {
    const c = this.common;
    const p = this.dataSource.progress() ?? this.modelSource.progress();
    const size = p?.loaded ? formatBytes(p.loaded, (x) => this.fmt.number(x, 1, 1)) : null;
    return html`<p part="loading" role="status" aria-live="polite">
      ${size ? c.loadingBytes(size) : c.loading}
      ${
        p?.total
          ? html`<progress part="progress" max=${p.total} .value=${p.loaded} aria-label=${c.loading}></progress>`
          : nothing
      }
    </p>`;
  }
}
