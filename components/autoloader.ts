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

const loader = elementLoader(LOADERS);

/** Load the elements used in `root` (a document, a shadow root, an element) and watch it for more. */
export const discover = loader.discover;

discover(document);
