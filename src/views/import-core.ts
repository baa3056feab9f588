/**
 * What the import view loads on demand: the pipeline (src/import) and the
 * view's derivations (./import-view.ts). The elements import it with a
 * dynamic `import()` (a chunk of the ES build); the one-file IIFE loads the
 * same exports from `dist/revops-import.js`, which is also the import worker.
 */
export * from '../import/index.js';
export * from './import-view.js';
