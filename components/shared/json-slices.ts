/**
 * JSON.parse for large text without a long task: the text is scanned for its
 * largest list (the whole value, or a list-valued field of the top object, as
 * in `{ asOf, opportunities: [ … ] }`), and that list is parsed a slice of
 * items at a time, yielding to the page between slices (~8 ms of work each).
 * The result equals JSON.parse(text); invalid text rejects with JSON.parse's
 * own SyntaxError. Parsing in a worker would leave a long task anyway: the
 * parsed value is copied back to the page in one go.
 */

/** Characters of a list parsed in one go (a few ms of JSON.parse). */
const SLICE_CHARS = 128 * 1024;
/** Work per task before yielding, in ms. */
const BUDGET_MS = 8;

/** Give the page a turn: scheduler.yield where there is one, else a message-channel task (no 4 ms clamp). */
const yieldToPage = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(0);
  });
};

const abortError = () => new DOMException('The parse was aborted', 'AbortError');

interface List {
  /** Index of `[`. */
  start: number;
  /** Index of the matching `]`. */
  end: number;
  /** Commas between items where a slice ends. */
  cuts: number[];
}

const Q = 34; // "
const BS = 92; // \
const OPEN_A = 91; // [
const CLOSE_A = 93; // ]
const OPEN_O = 123; // {
const CLOSE_O = 125; // }
const COMMA = 44;
const WS = /^[ \t\n\r]*$/;

/** Parse JSON text, in slices between tasks when it is long. */
export async function parseInSlices(text: string, signal?: AbortSignal): Promise<unknown> {
  // One slice's worth or less: as quick at once.
  if (text.length <= SLICE_CHARS) return JSON.parse(text);
  let t0 = performance.now();
  const turn = async () => {
    if (performance.now() - t0 < BUDGET_MS) return;
    await yieldToPage();
    if (signal?.aborted) throw abortError();
    t0 = performance.now();
  };

  // 1. Find the largest list at the top or one level down, and where to cut it.
  let first = 0;
  while (first < text.length && text.charCodeAt(first) <= 32) first++;
  const top = text.charCodeAt(first);
  if (top !== OPEN_A && top !== OPEN_O) return JSON.parse(text);
  const listDepth = top === OPEN_A ? 0 : 1;
  let best: List | null = null;
  let open: List | null = null;
  let lastCut = 0;
  let depth = 0;
  let inString = false;
  for (let i = first; i < text.length; i++) {
    if ((i & 0xffff) === 0) await turn();
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BS) i++;
      else if (c === Q) inString = false;
      continue;
    }
    if (c === Q) inString = true;
    else if (c === OPEN_A || c === OPEN_O) {
      if (c === OPEN_A && depth === listDepth && !open) {
        open = { start: i, end: -1, cuts: [] };
        lastCut = i;
      }
      depth++;
    } else if (c === CLOSE_A || c === CLOSE_O) {
      depth--;
      if (open && depth === listDepth) {
        open.end = i;
        if (!best || open.end - open.start > best.end - best.start) best = open;
        open = null;
      }
    } else if (c === COMMA && open && depth === listDepth + 1 && i - lastCut >= SLICE_CHARS) {
      open.cuts.push(i);
      lastCut = i;
    }
  }

  try {
    if (!best) return JSON.parse(text);
    // 2. The list, slice by slice: each slice is items between two cuts, parsed as a list of its own.
    const items: unknown[] = [];
    const bounds = [best.start, ...best.cuts, best.end];
    for (let k = 0; k + 1 < bounds.length; k++) {
      await turn();
      const part = JSON.parse(`[${text.slice(bounds[k]! + 1, bounds[k + 1])}]`) as unknown[];
      for (const item of part) items.push(item);
    }
    if (listDepth === 0) {
      // Anything around the list must be JSON whitespace only, as JSON.parse requires.
      if (!WS.test(text.slice(best.end + 1)) || !WS.test(text.slice(0, first))) return JSON.parse(text);
      return items;
    }
    // 3. The rest of the object, with a marker where the list was, then the list put back in its place.
    await turn();
    const marker = `\u0000revops-slices-${Math.random().toString(36).slice(2)}`;
    const rest = JSON.parse(
      `${text.slice(0, best.start)}${JSON.stringify(marker)}${text.slice(best.end + 1)}`,
    ) as Record<string, unknown>;
    for (const k of Object.keys(rest))
      if (rest[k] === marker)
        // An own property even for a key named __proto__, as JSON.parse makes it.
        Object.defineProperty(rest, k, { value: items, enumerable: true, writable: true, configurable: true });
    return rest;
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    // Invalid text: JSON.parse of the whole says what and where (the one case that takes a long task).
    return JSON.parse(text);
  }
}
