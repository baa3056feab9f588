// One self-contained script for <script src> pasting. Default: every element,
// with the models as `RevopsElements.models` (dist/revops-elements.iife.js).
// `--mode tiering`: the two tiering cards and the provider only
// (dist/revops-tiering.iife.js), for pages that need nothing else.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { cssLiterals, iifeImportCore } from './vite.plugins.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  const tiering = mode === 'tiering';
  return {
    // The import pipeline and its worker stay out of the one file: loaded from dist/revops-import.js on first use.
    plugins: [cssLiterals(), iifeImportCore()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: {
        entry: `${root}components/${tiering ? 'tiering' : 'index'}.ts`,
        formats: ['iife'],
        name: tiering ? 'RevopsTiering' : 'RevopsElements',
        fileName: () => (tiering ? 'revops-tiering.iife.js' : 'revops-elements.iife.js'),
      },
      rolldownOptions: {
        // Where this script was loaded from, read while it runs: revops-import.js is found beside it.
        output: { intro: 'var __revopsScript = document.currentScript && document.currentScript.src;' },
      },
    },
  };
});
