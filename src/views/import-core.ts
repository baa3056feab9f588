/**
 * What the import view loads on demand: the pipeline (src/import) and the
 * view's derivations (./import-view.ts). The elements import it with a
 * dynamic `import()` (a chunk of the ES build); the one-file IIFE loads the
 * same exports from `dist/revops-import.js`, which is also the import worker.
 */
export * from '../import/index.js';
export * from './import-view.js';
// Mapping rows while the import worker still reads the file (the import view's controller).
export { MappingAhead } from '../import/ahead.js';
export type { ColumnEvidence } from '../import/run.js';
