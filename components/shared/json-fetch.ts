/**
 * A URL fetched as text with a deadline (loaded with the first `src`): the
 * answer must come within `seconds`, and then the body must keep coming,
 * the deadline restarting with each chunk. Bytes are counted as they come.
 */
import type { CommonStrings } from '../../src/i18n/common.js';

export interface FetchOptions {
  /** Aborted by the caller: a new URL, a disconnect (rejects with an AbortError). */
  signal: AbortSignal;
  seconds: number;
  say: () => Pick<CommonStrings, 'noAnswer' | 'stalled'>;
  /** A byte count for the stalled message (`2 KB`, `12.3 MB`). */
  size: (bytes: number) => string;
  /** Bytes so far, and of how many when the server said (Content-Length). */
  onProgress: (loaded: number, total: number | null) => void;
}

/** The body as text and its content type; rejects with an Error that says why (no answer, stalled, HTTP status). */
export async function fetchText(url: string, o: FetchOptions): Promise<{ text: string; contentType: string }> {
  const ctrl = new AbortController();
  const stop = () => ctrl.abort();
  o.signal.addEventListener('abort', stop, { once: true });
  let late: string | null = null;
  let loaded = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (body: boolean) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const s = String(o.seconds);
      late = body ? o.say().stalled(s, o.size(loaded)) : o.say().noAnswer(s);
      ctrl.abort();
    }, o.seconds * 1000);
  };
  try {
    arm(false);
    const res = await fetch(url, { signal: ctrl.signal, headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    const total = Number(res.headers.get('content-length')) || null;
    const contentType = res.headers.get('content-type') ?? '';
    if (!res.body) return { text: await res.text(), contentType };
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const parts: string[] = [];
    for (;;) {
      arm(true);
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      o.onProgress(loaded, total);
    }
    parts.push(decoder.decode());
    return { text: parts.join(''), contentType };
  } catch (e) {
    throw late !== null && !o.signal.aborted ? new Error(late) : e;
  } finally {
    clearTimeout(timer);
    o.signal.removeEventListener('abort', stop);
  }
}
