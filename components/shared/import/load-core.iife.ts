/**
 * load-core.ts for the one-file IIFE (vite.iife.config.ts puts this module
 * in its place): the pipeline and the worker are `revops-import.js`, built
 * beside the IIFE (vite.core.config.ts), found from the IIFE script's own URL
 * (`__revopsScript`, set by the IIFE's first line while it runs).
 */
export type ImportCore = typeof import('../../../src/views/import-core.js');

declare const __revopsScript: string | undefined;

const coreUrl = (): URL => {
  const script = typeof __revopsScript === 'string' && __revopsScript ? __revopsScript : document.baseURI;
  return new URL('revops-import.js', script);
};

let core: Promise<ImportCore> | null = null;

export const loadImportCore = (): Promise<ImportCore> =>
  (core ??= (import(/* @vite-ignore */ coreUrl().href) as Promise<ImportCore>).catch((e: unknown) => {
    core = null;
    throw e;
  }));

export const startImportWorker = (): Worker => new Worker(coreUrl(), { type: 'module', name: 'revops-import' });
