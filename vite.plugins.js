// Build plugins shared by the library builds (vite.config.ts, vite.iife.config.ts) and the size bench.
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
