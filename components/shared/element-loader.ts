/**
 * Define elements the first time their tag appears: the autoloader (dist/autoloader.js) and the full
 * one-file script (elements other than the provider and the two tiering cards) share this.
 *
 * It watches the document, and the open shadow roots of elements that are in the page when it scans
 * them (a host component's shadow root attached later, or a closed one, is not seen: call
 * `discover(root)` for it, or `load(tag)`). A tag that is already defined is skipped, so loading it
 * twice, or next to a build that defines the tags itself, is harmless.
 */
/** Each tag's module (it defines the tag when imported). */
export const ELEMENT_LOADERS: Record<string, () => Promise<unknown>> = {
  'revops-provider': () => import('../revops-provider/index.js'),
  'lead-score-card': () => import('../lead-score-card/index.js'),
  'customer-value-card': () => import('../customer-value-card/index.js'),
  'lead-score-table': () => import('../lead-score-table/index.js'),
  'customer-value-table': () => import('../customer-value-table/index.js'),
  'opportunity-alert-panel': () => import('../opportunity-alert-panel/index.js'),
  'churn-alert-panel': () => import('../churn-alert-panel/index.js'),
  'funnel-forecast': () => import('../funnel-forecast/index.js'),
  'sales-target-planner': () => import('../sales-target-planner/index.js'),
  'sales-org-designer': () => import('../sales-org-designer/index.js'),
  'cs-capacity-planner': () => import('../cs-capacity-planner/index.js'),
  'lead-flow-monitor': () => import('../lead-flow-monitor/index.js'),
};

export interface ElementLoader {
  /** Load the elements used in `root` (a document, a shadow root, an element) and watch it for more. */
  discover(root: Document | ShadowRoot | Element): void;
  /** Load `tag`'s code now; resolves with its class once it is defined. */
  load(tag: string): Promise<CustomElementConstructor>;
}

/** `before(tag)` runs once as `tag`'s code is requested (the autoloader asks for the chunks it imports then). */
export function elementLoader(
  loaders: Record<string, () => Promise<unknown>> = ELEMENT_LOADERS,
  before?: (tag: string) => void,
): ElementLoader {
  const started = new Set<string>();
  const watched = new WeakSet<Node>();

  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) discover(n);
  });

  function start(tag: string): void {
    const loader = loaders[tag];
    if (!loader || started.has(tag) || customElements.get(tag)) return;
    started.add(tag);
    before?.(tag);
    loader().catch((e: unknown) => {
      started.delete(tag);
      console.error(`revops-elements: could not load <${tag}>`, e);
    });
  }

  function visit(el: Element): void {
    start(el.localName);
    // Our own elements hold none of the suite's tags in their shadow roots: only a host's are worth watching.
    if (el.shadowRoot && !(el.localName in loaders)) discover(el.shadowRoot);
  }

  function discover(root: Document | ShadowRoot | Element): void {
    if (root instanceof Element) visit(root);
    root.querySelectorAll('*').forEach(visit);
    if (!(root instanceof Element) && !watched.has(root)) {
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
  }

  function load(tag: string): Promise<CustomElementConstructor> {
    start(tag);
    return customElements.whenDefined(tag);
  }

  return { discover, load };
}
