/**
 * load-editor.ts for the one-file IIFE builds: the editor is `<base>.model-editor.js` beside the script,
 * built with none of what the script already has (lit's `html` and `nothing` are handed over by `init`),
 * and loaded from the script's own URL the first time a user opens an editor.
 */
import { html, nothing } from 'lit';
import type { EditorModule } from './load-editor.js';

declare const __revopsScriptUrl: string | undefined;
declare const __revopsModelEditorFile: string;

interface EditorFile extends EditorModule {
  init(deps: { html: typeof html; nothing: typeof nothing }): void;
}

let loaded: Promise<EditorModule> | undefined;

export const loadEditor = (): Promise<EditorModule> =>
  (loaded ??= (() => {
    const script = typeof __revopsScriptUrl === 'string' && __revopsScriptUrl ? __revopsScriptUrl : document.baseURI;
    return (import(/* @vite-ignore */ new URL(__revopsModelEditorFile, script).href) as Promise<EditorFile>).then(
      (m) => {
        m.init({ html, nothing });
        return m;
      },
      (e: unknown) => {
        // Not served (yet): the next opening asks again.
        loaded = undefined;
        throw e;
      },
    );
  })());
