/**
 * Load the model editor (ES builds: a chunk of its own). The one-file IIFE builds put load-editor.iife.ts
 * in this module's place (vite.plugins.js `iifeLazyView`).
 */
export type EditorModule = typeof import('./index.js');

export const loadEditor = (): Promise<EditorModule> => import('./index.js');
