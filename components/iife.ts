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
import { ELEMENT_LOADERS, elementLoader } from './shared/element-loader.js';

export * from './revops-provider/index.js';
export * from './lead-score-card/index.js';
export * from './customer-value-card/index.js';
export * as models from '../src/models-core.js';
export { setDefaultStore, memoryStore, type KeyValueStore } from '../src/storage/index.js';

// The provider and the tiering cards are in the script (above): their loaders resolve at once.
const loader = elementLoader();

/** Load the elements used in `root` (a document, a shadow root, an element) and watch it for more. */
export const discover = loader.discover;

/** Load the element `tag` now; resolves with its class once it is defined (e.g. before a framework renders it). */
export const load = loader.load;

/** Every element's class once all are defined: what `data-load="all"` on the script tag does as the script runs. */
export const loadAll = (): Promise<CustomElementConstructor[]> => Promise.all(Object.keys(ELEMENT_LOADERS).map(load));

if (typeof document !== 'undefined') {
  const script = document.currentScript as HTMLScriptElement | null;
  if (script?.dataset.load === 'all') void loadAll();
  else discover(document);
}
