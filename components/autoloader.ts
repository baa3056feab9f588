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
import { ELEMENT_LOADERS, elementLoader } from './shared/element-loader.js';

/**
 * The large shared chunks each tag's chunk imports, as `file file…;digits,digits,…` (files of dist/loader/ without
 * `.js`, then for each tag of ELEMENT_LOADERS in order the positions of its files): the build writes them in place
 * of this text (`chunkPreloads` in vite.plugins.js). Requested together with the tag's own chunk, they arrive in
 * the same round of requests instead of one round later, once that chunk has been read.
 */
const PRELOADS = '__REVOPS_PRELOADS__';

/** Fetch (not run) the shared chunks `tag`'s chunk imports: its imports then find them in the page's module map. */
function preload(tag: string): void {
  const [list = '', digits = ''] = PRELOADS.split(';');
  const files = list.split(' ');
  for (const i of digits.split(',')[Object.keys(ELEMENT_LOADERS).indexOf(tag)] ?? '')
    document.head.append(
      Object.assign(document.createElement('link'), {
        rel: 'modulepreload',
        href: new URL('loader/' + files[+i]! + '.js', import.meta.url).href,
      }),
    );
}

const loader = elementLoader(undefined, preload);

/** Load the elements used in `root` (a document, a shadow root, an element) and watch it for more. */
export const discover = loader.discover;

discover(document);
