/**
 * One JSON input channel of an element, from four places: the property, the
 * JSON attribute (both one Lit property, so the last write wins), a child
 * <script type="application/json">, or a URL. Precedence: property/attribute,
 * then the child script, then the URL.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '../../src/schemas/issues.js';
import type { CommonStrings } from '../../src/i18n/common.js';

/** What the attribute converter returns for text that is not JSON, so the element can say so. */
export class JsonParseFailure {
  constructor(
    readonly message: string,
    readonly text: string,
  ) {}
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

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (e) {
    return new JsonParseFailure((e as Error).message, text);
  }
};

/** Attribute converter: JSON text in, value out (a JsonParseFailure for bad JSON); property to attribute as JSON. */
export const jsonConverter = {
  fromAttribute: (value: string | null): unknown => (value === null ? undefined : parseJson(value)),
  toAttribute: (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value)),
};

export type SourceStatus = 'empty' | 'loading' | 'ready' | 'error';

export interface ResolvedInput {
  status: SourceStatus;
  value?: unknown;
  origin?: 'property' | 'script' | 'src';
  issues?: Issue[];
}

interface Options {
  /** The Lit property holding the direct value (property or attribute). */
  value: () => unknown;
  /** URL to fetch when nothing more direct is given. */
  url: () => string | null | undefined;
  /** Which child scripts carry this channel. */
  script: (el: HTMLScriptElement) => boolean;
  /** The name used in issue paths: `data` or `model`. */
  name: string;
  /** The attribute names for messages (`data`, `src`). */
  attr: string;
  srcAttr: string;
  /**
   * Turn a fetched body into the value (default: JSON); throw an Error whose
   * message says what is wrong. Lets an element read other formats (CSV).
   */
  read?: (text: string, info: { url: string; contentType: string }) => unknown;
  /** Message wording in the element's language. */
  messages?: () => Say;
}

type Say = Pick<CommonStrings, 'jsonAttributeInvalid' | 'jsonScriptInvalid' | 'objectAsAttribute' | 'loadFailed'>;

const ENGLISH: Say = {
  jsonAttributeInvalid: (attr, why) => `the ${attr} attribute is not valid JSON (${why})`,
  jsonScriptInvalid: (why) => `the child <script type="application/json"> is not valid JSON (${why})`,
  objectAsAttribute: (attr) =>
    `the ${attr} attribute reads "[object Object]": set the ${attr} property, or pass JSON text`,
  loadFailed: (attr, url, why) => `could not be loaded from ${attr}="${url}": ${why}`,
};

export class JsonSource implements ReactiveController {
  private scriptText: string | null = null;
  private fetched: { url: string; status: SourceStatus; value?: unknown; error?: string } | null = null;
  private abort: AbortController | null = null;
  private observer: MutationObserver | null = null;
  /** Bumped whenever the resolved input may have changed. */
  version = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private opts: Options,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readScript();
    this.observer = new MutationObserver(() => this.readScript());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.abort?.abort();
  }

  /** Start or cancel the URL load when the URL changed; call from the host's willUpdate. */
  sync(): void {
    const url = this.opts.url() || null;
    if ((this.fetched?.url ?? null) !== url) this.load(url);
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
    this.fetched = { url, status: 'loading' };
    this.version++;
    const done = (patch: Partial<NonNullable<JsonSource['fetched']>>) => {
      if (ctrl.signal.aborted) return;
      this.fetched = { url, status: 'ready', ...patch };
      this.version++;
      this.host.requestUpdate();
    };
    fetch(url, { signal: ctrl.signal, headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
        const text = await res.text();
        const read = this.opts.read ?? ((t: string) => readJsonText(t));
        done({ value: read(text, { url, contentType: res.headers.get('content-type') ?? '' }) });
      })
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        done({ status: 'error', error: e.message });
      });
  }

  /** The input as it stands: a value, a pending load, or issues naming where it went wrong. */
  resolve(): ResolvedInput {
    const { name, attr, srcAttr } = this.opts;
    const say = this.opts.messages?.() ?? ENGLISH;
    const direct = this.opts.value();
    if (direct !== undefined && direct !== null) {
      if (direct instanceof JsonParseFailure)
        return {
          status: 'error',
          origin: 'property',
          // "[object Object]": a host set an object as the attribute before the element was defined.
          issues: [
            {
              path: name,
              message: `${name}: ${direct.text === String({}) ? say.objectAsAttribute(attr) : say.jsonAttributeInvalid(attr, direct.message)}`,
            },
          ],
        };
      return { status: 'ready', origin: 'property', value: direct };
    }
    if (this.scriptText !== null) {
      const v = parseJson(this.scriptText);
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
