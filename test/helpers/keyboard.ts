/** Drive elements with the real keyboard (through the test runner's browser commands). */
import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Press Tab until `target` has focus; fails when it is not reachable. */
export async function tabTo(target: Element, max = 120): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur?.();
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (deepActive() === target) return;
  }
  throw new Error(`${target.outerHTML.slice(0, 80)} is not reachable with Tab`);
}

export const press = (key: string) => sendKeys({ press: key });
export const type = (text: string) => sendKeys({ type: text });

/** Select everything in the focused field (Ctrl+A). */
export async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
}
