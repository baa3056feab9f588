/**
 * load-core.ts for the one-file IIFE (vite.iife.config.ts puts this module
 * in its place): the pipeline and the worker are `revops-import.js`, built
 * beside the IIFE (vite.core.config.ts), found from the IIFE script's own URL
 * (`__revopsScriptUrl`, set by the IIFE's first line while it runs).
 */
import { trustedWorker } from '../trusted-worker.js';

export type ImportCore = typeof import('../../../src/views/import-core.js');

declare const __revopsScriptUrl: string | undefined;

const coreUrl = (): URL => {
  const script = typeof __revopsScriptUrl === 'string' && __revopsScriptUrl ? __revopsScriptUrl : document.baseURI;
  return new URL('revops-import.js', script);
};

let core: Promise<ImportCore> | null = null;

export const loadImportCore = (): Promise<ImportCore> =>
  (core ??= (import(/* @vite-ignore */ coreUrl().href) as Promise<ImportCore>).catch((e: unknown) => {
    core = null;
    throw e;
  }));

export const startImportWorker = (): Worker => {
  const Worker = trustedWorker();
  return new Worker(coreUrl(), { type: 'module', name: 'revops-import' });
};
