// One self-contained script for <script src> pasting. Default: every element,
// with the models as `RevopsElements.models` (dist/revops-elements.iife.js).
// `--mode tiering`: the two tiering cards and the provider only
// (dist/revops-tiering.iife.js), for pages that need nothing else.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import {
  cssLiterals,
  iifeImportCore,
  iifeImportView,
  iifeLazyChunks,
  iifeModelEditor,
  iifeLazyModule,
  localeSiblings,
} from './vite.plugins.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  const tiering = mode === 'tiering';
  const base = tiering ? 'revops-tiering' : 'revops-elements';
  // Other locales than English in a file beside the script (revops-elements.zh-CN.js), loaded when shown.
  const locales = localeSiblings({ base, root, outDir: `${root}dist` });
  // The import view in a file beside the script too (revops-elements.import-view.js), loaded when one is shown.
  const importView = iifeImportView({ base, outDir: `${root}dist` });
  // The tiering model editor as well (revops-tiering.model-editor.js), loaded when a user first opens one.
  const modelEditor = iifeModelEditor({ base, outDir: `${root}dist` });
  // An IIFE has no import.meta: the script's own URL, taken while it runs (document.currentScript), stands in.
  const scriptUrl =
    'var __revopsScriptUrl = (typeof document !== "undefined" && document.currentScript && document.currentScript.src) || (typeof location !== "undefined" ? location.href : "");';
  // Built as ES modules, then the script's chunk becomes the classic script and each dynamic import a file
  // beside it (dist/<base>/<name>-<hash>.js), loaded on first use (iifeLazyChunks in vite.plugins.js).
  const lazy = iifeLazyChunks({
    name: tiering ? 'RevopsTiering' : 'RevopsElements',
    prelude: scriptUrl + locales.loaderCode(),
    dir: `${root}dist/${base}`,
  });
  return {
    // The import pipeline and its worker stay out of the one file: loaded from dist/revops-import.js on first use.
    // The tiering cards' history part (import, validity check, calibration) in a file beside the tiering
    // script, loaded when a card has history or its section is opened; in the full script (whose tests open the
    // section and paste at once) only the check's and calibration's results, loaded when there are some.
    plugins: [
      cssLiterals(),
      iifeImportCore(),
      iifeLazyModule(`components/shared/${tiering ? 'tiering-history' : 'tiering-validity-results'}`),
      importView,
      modelEditor,
      locales,
      lazy,
    ],
    // An IIFE has no import.meta: the script's own URL, taken while it runs (document.currentScript),
    // stands in for it, so the risk worker loads from the file beside the script (same origin, no blob:).
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      'import.meta.url': '__revopsScriptUrl',
      ...importView.define(),
      ...modelEditor.define(),
    },
    // Built files (the worker) resolve against the script's URL taken at load time, not document.baseURI.
    experimental: {
      renderBuiltUrl: (file: string) => ({ runtime: `new URL(${JSON.stringify(file)}, __revopsScriptUrl).href` }),
    },
    worker: {
      format: 'es' as const,
      rolldownOptions: { output: { entryFileNames: `${base}.[name].js` } },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: {
        entry: `${root}components/${tiering ? 'tiering' : 'iife'}.ts`,
        formats: ['es'],
        fileName: () => (tiering ? 'revops-tiering.iife.js' : 'revops-elements.iife.js'),
      },
      rolldownOptions: {
        output: {
          // Vite keeps whitespace in ES library output; these files go to browsers as they are.
          minify: true,
          chunkFileNames: `${base}/[name]-[hash].js`,
          // Every module the script imports statically in one chunk: the script itself.
          codeSplitting: { groups: [{ name: base, tags: ['$initial'] }] },
        },
      },
    },
  };
});
