/**
 * A test file under a Content-Security-Policy: the policy goes in a `<meta>` before the elements load and
 * stays in force for the rest of the page, so such tests run in a file of their own.
 */

export interface Violation {
  directive: string;
  target: EventTarget | null;
}

/** Put this page under `policy` (default: no inline styles, as many intranets serve it); the violations it reports. */
export function underPolicy(policy = "style-src 'self'"): Violation[] {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.prepend(meta);
  const violations: Violation[] = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push({ directive: e.violatedDirective, target: e.target }),
  );
  return violations;
}

/**
 * The style attributes the policy dropped: a style attribute written by a template is left without
 * declarations under it, one set through the CSSOM keeps them. `tag.class: attribute` for each.
 */
export const blockedStyles = (elements: Iterable<Element>): string[] =>
  [...elements]
    .filter((e) => e.hasAttribute('style') && (e as HTMLElement).style.cssText === '')
    .map((e) => `${e.localName}.${e.getAttribute('class')}: ${e.getAttribute('style')}`);
