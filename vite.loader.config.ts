// dist/autoloader.js: an ES module for pages without a bundler (`<script type="module" src>`). It
// imports each element's chunk (dist/loader/<tag>-<hash>.js, dependencies bundled and shared between
// chunks) the first time the tag appears. Built after the npm ES build, into the same dist/.
import { build, defineConfig, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { basename, dirname } from 'node:path';
import { chunkPreloads, compileHints, cssLiterals, hoistChunkImports, syncUnzip } from './vite.plugins.js';
import { elementChunkGroups, FAMILIES } from './vite.chunks.js';

const root = fileURLToPath(new URL('.', import.meta.url));
/**
 * The large shared chunks an element's first render runs: rolldown's runtime, core, the table writers (seven
 * elements' pages), the families' groups (vite.chunks.ts names them). test/node/autoloader-preloads.test.ts fails
 * if a funnel-forecast page loads a chunk this leaves out.
 */
const FIRST_LOAD = ['rolldown-runtime', 'core', 'download-tables', ...Object.keys(FAMILIES)];

/** The build, with `codeSplitting` groups or rolldown's own splitting. */
const config = (codeSplitting?: object): UserConfig => ({
  plugins: [
    cssLiterals(),
    syncUnzip(),
    hoistChunkImports(),
    // What the autoloader requests together with an element's chunk (components/autoloader.ts), compiled as it loads.
    chunkPreloads(FIRST_LOAD),
    compileHints(FIRST_LOAD),
  ],
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
        // These files go to browsers, not to another bundler: no `/* @__PURE__ */` marks (licence comments stay).
        comments: { legal: true, annotation: false, jsdoc: false },
        // Small shared chunks merged into fewer files (vite.chunks.js): groups planned from a first build.
        ...(codeSplitting ? { codeSplitting } : {}),
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

export default defineConfig(async () =>
  config(
    await elementChunkGroups(async () => {
      const out = await build({
        ...config(),
        configFile: false,
        logLevel: 'silent',
        build: { ...config().build, write: false },
      });
      return (Array.isArray(out) ? out : [out])
        .flatMap((o) => ('output' in o ? o.output : []))
        .filter((c) => c.type === 'chunk');
    }),
  ),
);
