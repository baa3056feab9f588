/**
 * One tab stop per group of controls (issue 12): every element of the host's
 * shadow root marked `data-roving` (a chip group, a table of header buttons,
 * a list of checkboxes) is entered once with Tab, and the arrow keys, Home and
 * End move inside it (`rovingStep` in src/views/roving.ts). The item last
 * focused keeps the tab stop, so Tab back returns to it.
 *
 * Mark a group `data-roving` (optionally `="horizontal"` or `="vertical"`;
 * default both). Its items are its enabled buttons, checkboxes and radios, or
 * the elements marked `data-roving-item` when it has any. Text and number
 * inputs never rove: their arrows move the caret and step the value.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rovingStep, type RovingOrientation } from '../../src/views/roving.js';

const ITEMS =
  'button:not([disabled]), input[type="checkbox"]:not([disabled]), input[type="radio"]:not([disabled]), [data-roving-item]';

/** The items of a group, in document order (an item inside a nested group belongs to that group). */
export function rovingItems(group: Element): HTMLElement[] {
  const marked = group.querySelectorAll<HTMLElement>('[data-roving-item]');
  const all = marked.length ? [...marked] : [...group.querySelectorAll<HTMLElement>(ITEMS)];
  return all.filter((el) => el.closest('[data-roving]') === group && !el.hidden);
}

const orientationOf = (group: Element): RovingOrientation => {
  const v = group.getAttribute('data-roving');
  return v === 'horizontal' || v === 'vertical' ? v : 'both';
};

/**
 * Give each group one tab stop: the item that had it if it is still there,
 * else the checked or pressed one, else the first.
 */
export function applyRoving(root: ParentNode): void {
  for (const group of root.querySelectorAll('[data-roving]')) {
    const items = rovingItems(group);
    if (!items.length) continue;
    const current = items.find((el) => el.tabIndex === 0 && el.getAttribute('tabindex') === '0');
    const chosen =
      current ??
      items.find((el) => (el as HTMLInputElement).checked === true || el.getAttribute('aria-pressed') === 'true') ??
      items[0]!;
    for (const el of items) {
      const want = el === chosen ? '0' : '-1';
      if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
    }
  }
}

export class RovingTabindex implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
  ) {
    host.addController(this);
  }

  // On the render root, not the host: focus moving inside one shadow root never reaches the host's listeners.
  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKey as EventListener);
    this.host.renderRoot.addEventListener('focusin', this.onFocus as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKey as EventListener);
    this.host.renderRoot.removeEventListener('focusin', this.onFocus as EventListener);
  }

  hostUpdated(): void {
    applyRoving(this.host.renderRoot);
  }

  /** The item an event came from and its group, if it is one of a group's items. */
  private itemOf(e: Event): { item: HTMLElement; group: Element; items: HTMLElement[] } | null {
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLElement)) return null;
    const group = target.closest('[data-roving]');
    if (!group || !this.host.renderRoot.contains(group)) return null;
    const items = rovingItems(group);
    return items.includes(target) ? { item: target, group, items } : null;
  }

  private readonly onFocus = (e: FocusEvent): void => {
    const hit = this.itemOf(e);
    if (!hit) return;
    // A click or a programmatic focus moves the tab stop too.
    for (const el of hit.items) el.setAttribute('tabindex', el === hit.item ? '0' : '-1');
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const hit = this.itemOf(e);
    if (!hit) return;
    const rtl = getComputedStyle(hit.group).direction === 'rtl';
    const next = rovingStep(e.key, hit.items.indexOf(hit.item), hit.items.length, orientationOf(hit.group), rtl);
    if (next === null) return;
    e.preventDefault();
    const to = hit.items[next]!;
    for (const el of hit.items) el.setAttribute('tabindex', el === to ? '0' : '-1');
    to.focus();
  };
}
