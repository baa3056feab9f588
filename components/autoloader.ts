/**
 * revops-elements autoloader: `<script type="module" src=".../dist/autoloader.js">` and use the tags.
 * Each element's code is imported the first time its tag appears in the page, so a page pays only
 * for the elements it shows (Shoelace's autoloader is the model).
 *
 * It watches the document, and the open shadow roots of elements that are in the page when it scans
 * them (a host component's shadow root attached later, or a closed one, is not seen: call
 * `discover(root)` for it). Loading it next to the full script (IIFE) or twice is harmless: a tag
 * that is already defined is skipped.
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'revops-provider': () => import('./revops-provider/index.js'),
  'lead-score-card': () => import('./lead-score-card/index.js'),
  'customer-value-card': () => import('./customer-value-card/index.js'),
  'lead-score-table': () => import('./lead-score-table/index.js'),
  'customer-value-table': () => import('./customer-value-table/index.js'),
  'opportunity-alert-panel': () => import('./opportunity-alert-panel/index.js'),
  'churn-alert-panel': () => import('./churn-alert-panel/index.js'),
  'funnel-forecast': () => import('./funnel-forecast/index.js'),
  'sales-target-planner': () => import('./sales-target-planner/index.js'),
  'sales-org-designer': () => import('./sales-org-designer/index.js'),
  'cs-capacity-planner': () => import('./cs-capacity-planner/index.js'),
  'lead-flow-monitor': () => import('./lead-flow-monitor/index.js'),
};

const started = new Set<string>();
const watched = new WeakSet<Node>();

const observer = new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) discover(n);
});

function load(tag: string): void {
  const loader = LOADERS[tag];
  if (!loader || started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  loader().catch((e: unknown) => {
    started.delete(tag);
    console.error(`revops-elements: could not load <${tag}>`, e);
  });
}

function visit(el: Element): void {
  load(el.localName);
  // Our own elements hold none of the suite's tags in their shadow roots: only a host's are worth watching.
  if (el.shadowRoot && !(el.localName in LOADERS)) discover(el.shadowRoot);
}

/** Load the elements used in `root` (a document, a shadow root, an element) and watch it for more. */
export function discover(root: Document | ShadowRoot | Element): void {
  if (root instanceof Element) visit(root);
  root.querySelectorAll('*').forEach(visit);
  if (!(root instanceof Element) && !watched.has(root)) {
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
}

discover(document);
