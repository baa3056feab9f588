// npm build: ES modules with bare imports (dependencies stay external) and one
// entry per element, plus `models` (the pure core), `sql` (the models as warehouse SQL), `import` (the CRM import pipeline) and `index` (everything).
import { defineConfig } from 'vite';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };
import { cssLiterals, syncUnzip } from './vite.plugins.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const elements = readdirSync(`${root}components`).filter(
  (d) => d !== 'shared' && existsSync(`${root}components/${d}/index.ts`),
);
const entries: Record<string, string> = {
  models: `${root}src/index.ts`,
  sql: `${root}src/sql/index.ts`,
  import: `${root}src/import/index.ts`,
};
if (existsSync(`${root}components/index.ts`)) entries.index = `${root}components/index.ts`;
for (const tag of elements) entries[tag] = `${root}components/${tag}/index.ts`;

// read-excel-file is bundled (in the import's lazy chunk), patched as in every other build (syncUnzip: its XML
// chunk loop, vite.plugins.js `patchParseXml`), so the CLI and the page's own reading of a workbook have the fix too.
const deps = Object.keys(pkg.dependencies).filter((d) => d !== 'read-excel-file');
const external = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`));

export default defineConfig({
  plugins: [cssLiterals(), syncUnzip()],
  // Relative asset URLs (the worker files) so `new URL(…, import.meta.url)` finds them wherever dist/ is served.
  base: './',
  // Workers are module files of their own: the risk worker, and the import worker (bundled whole, with
  // read-excel-file unzipping on its own thread: syncUnzip).
  worker: {
    format: 'es',
    plugins: () => [syncUnzip()],
    rolldownOptions: { output: { entryFileNames: 'chunks/[name]-[hash].js' } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external,
      output: {
        entryFileNames: '[name].js',
        // A locale's strings are named after their module and locale (chunks/funnel-forecast.zh-CN-<hash>.js).
        chunkFileNames: (chunk) => {
          const locale = /src\/i18n\/([\w-]+)\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `chunks/${locale[1]}.${locale[2]}-[hash].js` : 'chunks/[name]-[hash].js';
        },
      },
    },
  },
});
