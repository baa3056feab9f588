/** Register a custom element once: loading the bundle twice (ESM and IIFE) never throws. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}

/** A bubbling, composed CustomEvent: what every revops element dispatches. */
export const revopsEvent = <T>(name: string, detail: T): CustomEvent<T> =>
  new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false });

/**
 * The name a Lightning Web Components template can bind: LWC accepts only lower-case letters,
 * digits and underscores after `on`, so `onrevops-change` does not compile but `onrevopschange` does.
 */
export const lwcEventName = (name: string): string => name.replace(/-/g, '');

/**
 * Dispatch `name` and then its LWC-legal twin (`revops-change`, then `revopschange`) with the same
 * detail. Returns what dispatching `name` returned.
 */
export function dispatchRevopsEvent<T>(target: EventTarget, name: string, detail: T): boolean {
  const result = target.dispatchEvent(revopsEvent(name, detail));
  const twin = lwcEventName(name);
  if (twin !== name) target.dispatchEvent(revopsEvent(twin, detail));
  return result;
}
