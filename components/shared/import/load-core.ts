/**
 * Where the import pipeline and its worker come from. The ES builds (and the
 * test server) load the pipeline as a chunk and let the bundler place the
 * worker next to it; the one-file IIFE loads both from `revops-import.js`
 * beside it (load-core.iife.ts takes this module's place there), so neither
 * build carries the pipeline until a user imports something. The worker is a
 * same-origin module file: no blob: or data: URL, allowed by `worker-src 'self'`.
 */
import { trustedWorker } from '../trusted-worker.js';

export type ImportCore = typeof import('../../../src/views/import-core.js');

let core: Promise<ImportCore> | null = null;

/** The pipeline and the import view's derivations (loaded once). */
export const loadImportCore = (): Promise<ImportCore> =>
  (core ??= import('../../../src/views/import-core.js').catch((e: unknown) => {
    core = null;
    throw e;
  }));

/** Start the import worker (its URL through the library's Trusted Types policy where a page requires one). */
export const startImportWorker = (): Worker => {
  const Worker = trustedWorker();
  return new Worker(new URL('../../../src/worker/import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'revops-import',
  });
};
