/**
 * dist/revops-elements.iife.js, the one-file script for pages that take one `<script src>`. It defines
 * the provider and the two tiering cards as it runs, and every other element the first time its tag
 * appears in the page (or `RevopsElements.load(tag)` asks for it): that element's code is a file beside
 * the script (dist/revops-elements/<tag>-<hash>.js, with the files it shares with other elements),
 * found from the script's own URL. A page with one card requests no other element's code.
 *
 * `<script src="…/revops-elements.iife.js" data-load="all">` loads every element at once instead (for
 * tags the script cannot see: in closed shadow roots, or rendered by a framework that sets properties
 * before the tag is defined).
 */
import { elementLoader } from './shared/element-loader.js';

export * from './revops-provider/index.js';
export * from './lead-score-card/index.js';
export * from './customer-value-card/index.js';
export * as models from '../src/models-core.js';
export { setDefaultStore, memoryStore, type KeyValueStore } from '../src/storage/index.js';

const defined = () => Promise.resolve();
const LOADERS: Record<string, () => Promise<unknown>> = {
  'revops-provider': defined,
  'lead-score-card': defined,
  'customer-value-card': defined,
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

const loader = elementLoader(LOADERS);

/** Load the elements used in `root` (a document, a shadow root, an element) and watch it for more. */
export const discover = loader.discover;

/** Load the element `tag` now; resolves with its class once it is defined (e.g. before a framework renders it). */
export const load = loader.load;

/** Every element's class once all are defined: what `data-load="all"` on the script tag does as the script runs. */
export const loadAll = (): Promise<CustomElementConstructor[]> => Promise.all(Object.keys(LOADERS).map(load));

if (typeof document !== 'undefined') {
  const script = document.currentScript as HTMLScriptElement | null;
  if (script?.dataset.load === 'all') void loadAll();
  else discover(document);
}
