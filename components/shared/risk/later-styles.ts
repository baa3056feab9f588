/**
 * Styles a risk panel adopts once the code they style is in (the CRM import view, the plans): they travel with
 * that code, not with the files the first rows wait for. Added to the shadow root's adopted sheets (CSSOM, as
 * Lit adopts the element's own styles: allowed under a strict CSP), each in its slot whichever loads first, so
 * the cascade is the one the element's static styles had (the import view's, then the plans').
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type LitElement } from 'lit';

export const IMPORT_SLOT = 0;
export const PLANS_SLOT = 1;

const adopted = new WeakMap<LitElement, CSSResult[]>();

/** Adopt `styles` in `host`'s shadow root, once, at `slot` among the other later styles. */
export function adoptLater(host: LitElement, styles: CSSResult, slot: number): void {
  const have = adopted.get(host) ?? [];
  const root = host.renderRoot;
  if (have[slot] || !(root instanceof ShadowRoot)) return;
  have[slot] = styles;
  adopted.set(host, have);
  // Without adopted sheets Lit appends <style> elements: append the new one only.
  const own = (host.constructor as typeof LitElement).elementStyles;
  adoptStyles(root, supportsAdoptingStyleSheets ? [...own, ...have.filter(Boolean)] : [styles]);
}
