/** Shared inputs and small drivers for the browser tests. */
import { aTimeout, nextFrame } from '@open-wc/testing';

export { SEED_LEAD, SEED_CUSTOMER } from '../fixtures/seeds.js';

/** Wait for an element's update and the events it queues. */
export async function settle(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

/** Wait until `fn` is truthy (polling), or fail after `ms`. */
export async function until<T>(fn: () => T, ms = 3000, what = 'condition'): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

/**
 * Wait until an element's debounced saves under its storage-key are written (its `persist`, and its import
 * view's mapping and file): a test that reloads the element waits for this, not for the debounce to pass.
 */
export async function saved(el: Element, ms = 5000): Promise<void> {
  const e = el as unknown as { persist?: { saving: boolean }; importer?: { saving: boolean } };
  await until(() => !e.persist?.saving && !e.importer?.saving, ms, 'the save to be written');
}

/**
 * Whether a model message reads in Chinese: its zh-CN wording is loaded the first time a zh-CN element
 * shows one, so a test waits for this (`until`) instead of a number of frames.
 */
export const zhWorded = (text: string): string | false => !/\bmust\b/.test(text) && text.includes('必须') && text;

/** The text of an element's shadow part. */
export const partText = (el: Element, part: string): string =>
  (el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Query inside an element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string): T => {
  const hit = el.shadowRoot?.querySelector<T>(sel);
  if (!hit) throw new Error(`no ${sel} in ${el.localName}`);
  return hit;
};

/** Append a classic `<script src>` to the document; resolves once it has run. */
export const classicScript = (src: string): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
