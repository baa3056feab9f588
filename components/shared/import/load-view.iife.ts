/**
 * import-view.ts for the one-file IIFE builds (vite.iife.config.ts puts this module in its place for the
 * elements): the view itself (import-view.ts, mapping-step.ts, import-result.ts) is `<base>.import-view.js`,
 * built beside the script (vite.plugins.js `iifeImportView`) and loaded the first time an import view is
 * rendered, so a page that never shows one does not carry it in the script. That file bundles none of
 * what the script already has: the script hands it over (`init`), so both use the same lit, the same
 * strings tables (a zh-CN table loaded by the script) and the same controller ids.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ACCEPT, fieldIssue, fieldName, fileIssueText, type ImportViewContext } from './view-context.js';
import { constantId, fieldId, valueId, type ImportController } from './import-controller.js';
import { downloadText } from '../download.js';
import { issueSentence } from '../../../src/i18n/issues.js';

export type { ImportViewContext };

/** What the view's file imports from the script: the names its modules use, as IMPORT_VIEW_SHARED in vite.plugins.js lists them. */
export const IMPORT_VIEW_DEPS = {
  html,
  nothing,
  ACCEPT,
  fieldIssue,
  fieldName,
  fileIssueText,
  constantId,
  fieldId,
  valueId,
  downloadText,
  issueSentence,
};

interface ViewFile {
  init(deps: typeof IMPORT_VIEW_DEPS): void;
  renderImportView(c: ImportViewContext): TemplateResult;
}

declare const __revopsScriptUrl: string | undefined;
declare const __revopsImportViewFile: string;

let render: ViewFile['renderImportView'] | undefined;
let loading: Promise<void> | undefined;
/** Controllers whose hosts rendered the placeholder: rendered again once the view is in. */
const waiting = new Set<ImportController>();

const load = (): Promise<void> => {
  const script = typeof __revopsScriptUrl === 'string' && __revopsScriptUrl ? __revopsScriptUrl : document.baseURI;
  return (import(/* @vite-ignore */ new URL(__revopsImportViewFile, script).href) as Promise<ViewFile>).then(
    (m) => {
      m.init(IMPORT_VIEW_DEPS);
      render = m.renderImportView;
      for (const ctl of waiting) ctl.requestUpdate();
      waiting.clear();
    },
    () => {
      // Not served (yet): the next render asks again.
      loading = undefined;
    },
  );
};

/** The shared import view, or an empty placeholder (marked busy) while its file loads. */
export function renderImportView(c: ImportViewContext): TemplateResult {
  if (render) return render(c);
  waiting.add(c.ctl);
  loading ??= load();
  return html`<div data-import class="import-loading" aria-busy="true"></div>`;
}
