// Build plugins shared by the library builds (vite.config.ts, vite.iife.config.ts) and the size bench.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Collapse the whitespace and comments of a CSS text (the bodies of Lit `css` templates). */
export function minifyCss(body) {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/,\s+/g, ',')
    .replace(/\s+/g, ' ')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Minify the CSS inside Lit `css` tagged templates of our own sources (Lit
 * ships them as written). Templates with `${…}` interpolations are left alone.
 */
export function cssLiterals() {
  return {
    name: 'revops-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (all, body) =>
        body.includes('${') ? all : `css\`${minifyCss(body)}\``,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * One-file scripts (IIFE) have no chunks: a dynamic import would be inlined,
 * shipping every locale in the script. Instead each strings module's loader
 * (`import('./<name>/<locale>.js')` in src/i18n/<name>.ts) becomes a read from
 * one file beside the script, `<base>.<locale>.js` (an ES module holding that
 * locale's tables of the modules the script uses), found from the script's own
 * URL (`__revopsScriptUrl`, see vite.iife.config.ts). The files are built when
 * the script is. `intro()` is the loader's code for the script's intro.
 */
export function localeSiblings({ base, root, outDir }) {
  /** locale → module names (src/i18n/<name>) the script loads it for. */
  const used = new Map();
  const id = (name) => name.replace(/[^A-Za-z0-9_$]/g, '_');
  return {
    name: 'revops-locale-siblings',
    enforce: 'pre',
    intro: () =>
      `var __revopsLocales = {}; function __revopsLocale(l) { return __revopsLocales[l] || (__revopsLocales[l] = import(new URL(${JSON.stringify(`${base}.`)} + l + ".js", __revopsScriptUrl).href)); }`,
    transform(code, file) {
      if (!/[\\/]src[\\/]i18n[\\/][^\\/]+\.ts$/.test(file)) return null;
      const out = code.replace(/import\(\s*['"]\.\/([\w-]+)\/([\w-]+)\.js['"]\s*\)/g, (_, name, locale) => {
        if (!used.has(locale)) used.set(locale, new Set());
        used.get(locale).add(name);
        return `__revopsLocale(${JSON.stringify(locale)}).then((m) => m.${id(name)})`;
      });
      return out === code ? null : { code: out, map: null };
    },
    async closeBundle() {
      const { build } = await import('vite');
      for (const [locale, names] of used) {
        const entry = [...names]
          .sort()
          .map((n) => `export * as ${id(n)} from ${JSON.stringify(`${root}src/i18n/${n}/${locale}.ts`)};`)
          .join('\n');
        const dir = mkdtempSync(join(tmpdir(), 'revops-locale-'));
        const file = join(dir, `${locale}.js`);
        writeFileSync(file, entry);
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            minify: true,
            sourcemap: false,
            lib: { entry: file, formats: ['es'], fileName: () => `${base}.${locale}.js` },
            rolldownOptions: { output: { minify: true } },
          },
        }).finally(() => rmSync(dir, { recursive: true, force: true }));
      }
    },
  };
}

/**
 * read-excel-file's `fflate` → src/import/fflate-sync.ts (fflate with `unzip` on its synchronous path), so
 * reading a workbook never starts fflate's own blob: workers (refused by a strict CSP, and pointless inside
 * the import worker). Used by every build that bundles read-excel-file, and by the test server.
 */
export function syncUnzip() {
  const shim = fileURLToPath(new URL('./src/import/fflate-sync.ts', import.meta.url));
  return {
    name: 'revops-sync-unzip',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && importer && /[\\/]read-excel-file[\\/]/.test(importer)) return shim;
      return null;
    },
  };
}

/** The one-file IIFE builds: components/shared/import/load-core.ts → load-core.iife.ts (the pipeline from revops-import.js). */
export function iifeImportCore() {
  return {
    name: 'revops-iife-import-core',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/[\\/]components[\\/]shared[\\/]import[\\/]/.test(importer) || !/\/load-core\.js$/.test(source))
        return null;
      return fileURLToPath(new URL('./components/shared/import/load-core.iife.ts', import.meta.url));
    },
  };
}
