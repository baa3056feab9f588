// dist/autoloader.js: an ES module for pages without a bundler (`<script type="module" src>`). It
// imports each element's chunk (dist/loader/<tag>-<hash>.js, dependencies bundled and shared between
// chunks) the first time the tag appears. Built after the npm ES build, into the same dist/.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { basename, dirname } from 'node:path';
import { cssLiterals, hoistChunkImports, syncUnzip } from './vite.plugins.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [cssLiterals(), syncUnzip(), hoistChunkImports()],
  // The workers as files of their own, found relative to the chunk that starts them.
  base: './',
  worker: {
    format: 'es',
    plugins: () => [syncUnzip()],
    rolldownOptions: { output: { entryFileNames: 'loader/[name]-[hash].js' } },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: { entry: `${root}components/autoloader.ts`, formats: ['es'], fileName: () => 'autoloader.js' },
    rolldownOptions: {
      output: {
        // Vite keeps whitespace in ES library output; these files go to browsers as they are.
        minify: true,
        // An element's chunk is named after its tag (its folder), so a page's requests say what it loaded.
        // A locale's strings are named after their module and locale (loader/funnel-forecast.zh-CN-<hash>.js).
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          if (/components\/[^/]+\/index\.ts$/.test(id)) return `loader/${basename(dirname(id))}-[hash].js`;
          const locale = /src\/i18n\/([\w-]+)\/([\w-]+)\.ts$/.exec(id);
          return locale ? `loader/${locale[1]}.${locale[2]}-[hash].js` : 'loader/[name]-[hash].js';
        },
      },
    },
  },
});
