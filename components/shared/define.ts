/** Register a custom element once: loading the bundle twice (ESM and IIFE) never throws. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}

/** A bubbling, composed CustomEvent: what every revops element dispatches. */
export const revopsEvent = <T>(name: string, detail: T): CustomEvent<T> =>
  new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false });
