/**
 * One JSON input channel of an element, from four places: the property, the
 * JSON attribute (both one Lit property, so the last write wins), a child
 * <script type="application/json">, or a URL. Precedence: property/attribute,
 * then the child script, then the URL.
 *
 * A URL load has a deadline (`src-timeout`, 15 s by default): no answer in
 * time, or an answer that stops mid-body for that long, is an error naming
 * the URL, with a retry. It is aborted on disconnect and when the URL
 * changes; its progress (bytes so far, of how many) is there for the loading
 * view. JSON text above SLICE_THRESHOLD (an attribute, a script, a body) is
 * parsed in slices between frames, so a large input never freezes the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '../../src/schemas/issues.js';
import { COMMON, type CommonStrings } from '../../src/i18n/common.js';
/** Text longer than this (characters) is parsed in slices (json-slices.ts, loaded the first time one comes). */
export const SLICE_THRESHOLD = 512 * 1024;
const parseInSlices = (text: string, signal?: AbortSignal): Promise<unknown> =>
  import('./json-slices.js').then((m) => m.parseInSlices(text, signal));

/** What the attribute converter returns for text that is not JSON, so the element can say so. */
export class JsonParseFailure {
  constructor(
    readonly message: string,
    readonly text: string,
  ) {}
}

/** What the attribute converter returns for JSON text too large to parse at once: it is parsed in slices, then set as the property. */
export class PendingJson {
  constructor(readonly text: string) {}
}

/** JSON text of a fetched `src`; throws an Error that says the response is not valid JSON. */
export function readJsonText(
  text: string,
  notJson: (why: string) => string = (why) => `the response is not valid JSON: ${why}`,
): unknown {
  const value = parseJson(text);
  if (value instanceof JsonParseFailure) throw new Error(notJson(value.message));
  return value;
}

/** readJsonText for text of any size: large text is parsed in slices (a promise). */
export function readJsonTextLater(
  text: string,
  notJson: (why: string) => string = (why) => `the response is not valid JSON: ${why}`,
  signal?: AbortSignal,
): unknown {
  if (text.length <= SLICE_THRESHOLD) return readJsonText(text, notJson);
  return parseInSlices(text, signal).catch((e: Error) => {
    throw e.name === 'AbortError' ? e : new Error(notJson(e.message));
  });
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (e) {
    return new JsonParseFailure((e as Error).message, text);
  }
};

/** Attribute converter: JSON text in, value out (a JsonParseFailure for bad JSON, a PendingJson for large text); property to attribute as JSON. */
export const jsonConverter = {
  fromAttribute: (value: string | null): unknown =>
    value === null ? undefined : value.length > SLICE_THRESHOLD ? new PendingJson(value) : parseJson(value),
  toAttribute: (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value)),
};

export type SourceStatus = 'empty' | 'loading' | 'ready' | 'error';

export interface ResolvedInput {
  status: SourceStatus;
  value?: unknown;
  origin?: 'property' | 'script' | 'src';
  issues?: Issue[];
}

/** Bytes of a URL load so far, and of how many when the server said (Content-Length). */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

type Messages = Pick<
  CommonStrings,
  'jsonAttributeInvalid' | 'jsonScriptInvalid' | 'objectAsAttribute' | 'loadFailed' | 'noAnswer' | 'stalled'
>;

/** A byte count for people: `850 KB`, `12.3 MB` (`number` formats the figure in the element's locale). */
export const formatBytes = (bytes: number, number: (x: number) => string = (x) => x.toFixed(1)): string =>
  bytes >= 1e6 ? `${number(bytes / 1e6)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;

interface Options {
  /** The Lit property holding the direct value (property or attribute). */
  value: () => unknown;
  /** Put the parsed value of a large attribute (a PendingJson) back into the property. */
  settle?: (value: unknown) => void;
  /** URL to fetch when nothing more direct is given. */
  url: () => string | null | undefined;
  /** Seconds a URL may take to answer, or to send more of its body (default 15). */
  timeout?: () => number | null | undefined;
  /** Which child scripts carry this channel. */
  script: (el: HTMLScriptElement) => boolean;
  /** The name used in issue paths: `data` or `model`. */
  name: string;
  /** The attribute names for messages (`data`, `src`). */
  attr: string;
  srcAttr: string;
  /**
   * Turn a fetched body into the value (default: JSON); throw (or reject)
   * with an Error whose message says what is wrong. Lets an element read
   * other formats (CSV); may return a promise (large JSON is parsed in slices).
   */
  read?: (text: string, info: { url: string; contentType: string; signal: AbortSignal }) => unknown;
  /** Message wording in the element's language. */
  messages?: () => Messages;
}

/** The default deadline, in seconds. */
export const DEFAULT_SRC_TIMEOUT = 15;

/** A large text being parsed in slices, for one source (the attribute value or the script text). */
interface Later {
  key: unknown;
  status: 'loading' | 'ready' | 'error';
  value?: unknown;
  error?: string;
  abort: AbortController;
}

export class JsonSource implements ReactiveController {
  private scriptText: string | null = null;
  private fetched: {
    url: string;
    status: SourceStatus;
    value?: unknown;
    error?: string;
    loaded: number;
    total: number | null;
  } | null = null;
  private abort: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private later: Later | null = null;
  private connected = false;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped whenever the resolved input may have changed. */
  version = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private opts: Options,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.readScript();
    this.observer = new MutationObserver(() => this.readScript());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A load or a parse cut short by a disconnect starts again.
    if (!this.fetched && this.opts.url()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = null;
    this.abort?.abort();
    this.abort = null;
    if (this.fetched?.status === 'loading') this.fetched = null;
    if (this.later?.status === 'loading') {
      this.later.abort.abort();
      this.later = null;
    }
  }

  /** Start or cancel the URL load when the URL changed; call from the host's willUpdate. */
  sync(): void {
    // An update that runs after a disconnect starts nothing: the load starts again on connect.
    if (!this.connected) return;
    const url = this.opts.url() || null;
    if ((this.fetched?.url ?? null) !== url) this.load(url);
  }

  /** Bytes loaded so far while the URL loads; null when nothing is loading. */
  progress(): LoadProgress | null {
    const f = this.fetched;
    return f?.status === 'loading' ? { loaded: f.loaded, total: f.total } : null;
  }

  /** True when the URL could not be loaded (a retry may help). */
  failed(): boolean {
    return this.fetched?.status === 'error';
  }

  /** Load the URL again after a failure. */
  retry(): void {
    if (this.fetched?.status !== 'error') return;
    this.load(this.fetched.url);
    this.host.requestUpdate();
  }

  private readScript(): void {
    const el = [...this.host.children].find(
      (c): c is HTMLScriptElement =>
        c instanceof HTMLScriptElement && c.type === 'application/json' && this.opts.script(c),
    );
    const text = el ? (el.textContent ?? '') : null;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.version++;
      this.host.requestUpdate();
    }
  }

  private seconds(): number {
    const s = Number(this.opts.timeout?.() ?? DEFAULT_SRC_TIMEOUT);
    return s > 0 && Number.isFinite(s) ? s : DEFAULT_SRC_TIMEOUT;
  }

  private load(url: string | null): void {
    this.abort?.abort();
    this.abort = null;
    if (!url) {
      this.fetched = null;
      this.version++;
      return;
    }
    const ctrl = new AbortController();
    this.abort = ctrl;
    const state = { url, status: 'loading' as SourceStatus, loaded: 0, total: null as number | null };
    this.fetched = state;
    this.version++;
    const done = (patch: { status?: SourceStatus; value?: unknown; error?: string }) => {
      if (this.fetched !== state || ctrl.signal.aborted) return;
      this.fetched = { ...state, status: 'ready', ...patch };
      this.version++;
      this.host.requestUpdate();
    };
    // The fetch with its deadline loads with the first URL: an element given its data directly never fetches it.
    import('./json-fetch.js')
      .then(({ fetchText }) =>
        fetchText(url, {
          signal: ctrl.signal,
          seconds: this.seconds(),
          say: () => this.opts.messages?.() ?? COMMON.en,
          size: (bytes) => formatBytes(bytes),
          onProgress: (loaded, total) => {
            state.loaded = loaded;
            state.total = total;
            // The loading view shows the bytes: a render at most every 100 ms, the last count included.
            this.progressTimer ??= setTimeout(() => {
              this.progressTimer = undefined;
              this.host.requestUpdate();
            }, 100);
          },
        }),
      )
      .then(async ({ text, contentType }) => {
        const info = { url, contentType, signal: ctrl.signal };
        const read = this.opts.read ?? ((t: string) => readJsonTextLater(t, undefined, ctrl.signal));
        done({ value: await read(text, info) });
      })
      .catch((e: Error) => done({ status: 'error', error: e.message }));
  }

  /** A large text parsed in slices: its state, started on first ask. */
  private parseLater(text: string, key: unknown): Later {
    const current = this.later;
    if (current && current.key === key) return current;
    // Nothing starts while disconnected: the parse starts on the first update after connecting.
    if (!this.connected) return { key, status: 'loading', abort: new AbortController() };
    current?.abort.abort();
    const entry: Later = { key, status: 'loading', abort: new AbortController() };
    this.later = entry;
    parseInSlices(text, entry.abort.signal).then(
      (value) => {
        if (this.later !== entry) return;
        entry.status = 'ready';
        entry.value = value;
        this.finish(key, value);
      },
      (e: Error) => {
        if (this.later !== entry || e.name === 'AbortError') return;
        entry.status = 'error';
        entry.error = e.message;
        this.finish(key, new JsonParseFailure(e.message, text));
      },
    );
    return entry;
  }

  private finish(key: unknown, settled: unknown): void {
    this.version++;
    // The property holds the parsed value from now on, as for a small attribute.
    if (key instanceof PendingJson && this.opts.value() === key && this.opts.settle) {
      this.later = null;
      this.opts.settle(settled);
    }
    this.host.requestUpdate();
  }

  /** The input as it stands: a value, a pending load, or issues naming where it went wrong. */
  resolve(): ResolvedInput {
    const { name, attr, srcAttr } = this.opts;
    const say = this.opts.messages?.() ?? COMMON.en;
    const direct = this.opts.value();
    if (direct !== undefined && direct !== null) {
      if (direct instanceof PendingJson) {
        const p = this.parseLater(direct.text, direct);
        if (p.status === 'loading') return { status: 'loading', origin: 'property' };
        if (p.status === 'error')
          return {
            status: 'error',
            origin: 'property',
            issues: [{ path: name, message: `${name}: ${say.jsonAttributeInvalid(attr, p.error ?? '')}` }],
          };
        return { status: 'ready', origin: 'property', value: p.value };
      }
      if (direct instanceof JsonParseFailure)
        return {
          status: 'error',
          origin: 'property',
          // "[object Object]": a host set an object as the attribute before the element was defined.
          issues: [
            {
              path: name,
              message: `${name}: ${direct.text === '[object Object]' ? say.objectAsAttribute(attr) : say.jsonAttributeInvalid(attr, direct.message)}`,
            },
          ],
        };
      return { status: 'ready', origin: 'property', value: direct };
    }
    if (this.scriptText !== null) {
      let v: unknown;
      if (this.scriptText.length > SLICE_THRESHOLD) {
        const p = this.parseLater(this.scriptText, this.scriptText);
        if (p.status === 'loading') return { status: 'loading', origin: 'script' };
        v = p.status === 'error' ? new JsonParseFailure(p.error ?? '', this.scriptText) : p.value;
      } else v = parseJson(this.scriptText);
      if (v instanceof JsonParseFailure)
        return {
          status: 'error',
          origin: 'script',
          issues: [{ path: name, message: `${name}: ${say.jsonScriptInvalid(v.message)}` }],
        };
      return { status: 'ready', origin: 'script', value: v };
    }
    const f = this.fetched;
    if (f) {
      if (f.status === 'loading') return { status: 'loading', origin: 'src' };
      if (f.status === 'error')
        return {
          status: 'error',
          origin: 'src',
          issues: [{ path: name, message: `${name}: ${say.loadFailed(srcAttr, f.url, f.error ?? '')}` }],
        };
      return { status: 'ready', origin: 'src', value: f.value };
    }
    return { status: 'empty' };
  }
}
