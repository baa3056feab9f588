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
import { elementLoader } from './shared/element-loader.js';

const loader = elementLoader();

/** Load the elements used in `root` (a document, a shadow root, an element) and watch it for more. */
export const discover = loader.discover;

discover(document);
