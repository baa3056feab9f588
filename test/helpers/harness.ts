/**
 * Drivers shared by the element tests (in the manner of Material's
 * harnesses): change a control as a user does, read a figure or a table.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { $, settle, until } from './fixtures.js';

/** A fresh storage key per test. */
export const uid = (): string => Math.random().toString(36).slice(2);

/** Set a control's value and fire the event the element listens to (change by default). */
export function change(
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
  event = 'change',
): void {
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

/** Type into a field the way a user does: set the text and fire input, then change. */
export function edit(el: Element, id: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The button of the element whose text is `text`; fails when there is none. */
export function button(el: Element, text: string): HTMLButtonElement {
  const b = [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}" in ${el.localName}`);
  return b;
}

/** The button named `text`, once it is there (a late part of a render, strings of a locale loaded on demand). */
export const buttonSoon = (el: Element, text: string, ms = 5000): Promise<HTMLButtonElement> =>
  until(
    () => [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent?.trim() === text),
    ms,
    `button "${text}" in ${el.localName}`,
  );

/** The text of a key figure (`[data-key]`). */
export const figure = (el: Element, key: string): string => $(el, `[data-key="${key}"]`).textContent.trim();

/** Rows of a table part as cell texts (an input reads as its value). */
export const tableRows = (el: Element, part: string): string[][] =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${part}"] tbody tr`)].map((tr) =>
    [...tr.children].map((c) => {
      const input = c.querySelector('input');
      return input ? input.value : c.textContent.replace(/\s+/g, ' ').trim();
    }),
  );

/** Create an element from a template and wait until it has rendered. */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settle(el);
  return el;
}

/** Risk panels: the level count shown in the header. */
export const levelCount = (el: Element, level: string): string =>
  el.shadowRoot!.querySelector(`[data-count="${level}"]`)!.textContent.trim();

/** Risk panels: the row head at a display position. */
export const rowHead = (el: Element, pos: number): HTMLButtonElement =>
  $<HTMLButtonElement>(el, `.head[data-pos="${pos}"]`);

/** Risk panels: the input indexes of the rendered rows, in display order. */
export const shownIndexes = (el: Element): number[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.item')]
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map((r) => Number(r.dataset.i));

/** Capture what a download button saves: the file name and the text. */
export async function captureDownload(click: () => void): Promise<{ name: string; text: string }> {
  let got: { name: string; href: string } | null = null;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    got = { name: this.download, href: this.href };
  };
  try {
    click();
  } finally {
    // The stand-in is an own property of the anchor prototype: deleting it brings back HTMLElement's click.
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  }
  if (!got) throw new Error('nothing was downloaded');
  const { name, href } = got as { name: string; href: string };
  return { name, text: await (await fetch(href)).text() };
}

/** Capture what an Excel button saves: the file name and the rows of one sheet (the first unless `sheet`, from 1). */
export async function captureWorkbook(click: () => void, sheet = 1): Promise<{ name: string; rows: unknown[][] }> {
  let got: { name: string; href: string } | null = null;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    got = { name: this.download, href: this.href };
  };
  try {
    click();
    await until(() => got, 5000, 'a workbook to download');
  } finally {
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  }
  const { name, href } = got as unknown as { name: string; href: string };
  const blob = await (await fetch(href)).blob();
  // Loaded here, not with the harness: most test files never read a workbook.
  const { readSheet } = await import('read-excel-file/browser');
  return { name, rows: await readSheet(blob, sheet) };
}

/** n opportunities in one stage, owned by rep0 … rep6 (deterministic): long lists for the risk panels' tests. */
export const proposals = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `o${i}`,
    name: `Opportunity ${i}`,
    owner: `rep${i % 7}`,
    amount: (i * 7919) % 1_000_000,
    stage: 'proposal',
    stageEnteredAt: '2026-03-01',
    activities: [] as { type: string; at: string }[],
  }));
