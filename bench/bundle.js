// Bundle an entry as a consumer ships it (every dependency, fully minified) and weigh it:
// the gzip bytes of what loads with the entry (its static import graph) and of everything,
// chunks loaded later on demand included. Used by bench/run.js (sizes) and the risk panels'
// virtualizer comparison (bench/risk-list-virtualizer/compare.js).
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { cssLiterals } from '../vite.plugins.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `code`: the entry's source (written to a temporary file), or `file`: the entry itself
 * (a side-effect import of a file package.json's sideEffects does not list would be dropped).
 * `format` 'es' (default) or 'iife'; `define` replacements (an IIFE for a page wants
 * process.env.NODE_ENV). Returns gzip bytes `initial` and `all`, and `code`,
 * the text of what loads with the entry.
 */
export async function bundledGzip({ code, file, name = 'entry', format = 'es', define }) {
  const dir = mkdtempSync(join(tmpdir(), 'revops-size-'));
  const entry = file ?? join(dir, `${name}.js`);
  if (!file) writeFileSync(entry, code);
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [cssLiterals()],
      ...(define ? { define } : {}),
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry, formats: [format], name: 'RevopsBench', fileName: name },
        rolldownOptions: { output: { minify: true } },
      },
    });
    const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const seen = new Set();
    const walk = (c) => {
      if (!c || seen.has(c.fileName)) return;
      seen.add(c.fileName);
      for (const i of c.imports) walk(byName.get(i));
    };
    for (const c of chunks) if (c.isEntry) walk(c);
    const initial = chunks.filter((c) => seen.has(c.fileName));
    const text = (list) => list.map((c) => c.code).join('\n');
    const gz = (list) => gzipSync(text(list), { level: 9 }).length;
    return { initial: gz(initial), all: gz(chunks), code: text(initial) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
