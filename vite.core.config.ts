// dist/revops-import.js: the import pipeline and its worker as one self-contained ES module, for the one-file
// IIFE builds (which load it on first use, as the worker and as the page's pipeline: load-core.iife.ts).
// Built after the other builds, into the same dist/.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { syncUnzip } from './vite.plugins.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [syncUnzip()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: { entry: `${root}src/worker/import-worker.ts`, formats: ['es'], fileName: () => 'revops-import.js' },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});
