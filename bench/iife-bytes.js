// Where the bytes of a one-file script are: `node bench/iife-bytes.js [tiering] [N]` builds
// vite.iife.config.ts in memory and prints the script's gzip -9 size, its bytes by folder and its N
// largest modules (each module's share of the script's gzip, by its minified length), then the files
// beside the script (dist/<base>/…, loaded on first use) with their gzip sizes.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { relative, join } from 'node:path';

const root = process.cwd();
const mode = process.argv[2] === 'tiering' ? 'tiering' : 'production';
const top = Number(process.argv[3] ?? 40);
// The script's modules, taken before iifeLazyChunks makes the script out of their chunk.
let scriptModules = {};
const capture = {
  name: 'capture-script-modules',
  generateBundle: {
    order: 'pre',
    handler(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      const main = entry.imports.length === 1 ? bundle[entry.imports[0]] : entry;
      scriptModules = { ...main.modules };
    },
  },
};
const out = await build({
  configFile: join(root, 'vite.iife.config.ts'),
  mode,
  logLevel: 'silent',
  plugins: [capture],
  build: { write: false },
});
const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
const kb = (b) => (b / 1024).toFixed(2).padStart(7);
const gz = (code) => gzipSync(code, { level: 9 }).length;
const name = (id) => relative(root, id.replace(/^\0/, '').split('?')[0]).replace(/^node_modules\//, 'nm/');
const folder = (rel) => {
  const parts = rel.split('/');
  if (rel.startsWith('nm/')) return parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/');
  return parts.slice(0, rel.startsWith('components/shared/') || rel.startsWith('src/') ? 3 : 2).join('/');
};

const script = chunks.find((c) => c.isEntry);
const total = gz(script.code);
const byMod = new Map();
const byDir = new Map();
const mods = Object.entries(scriptModules);
const sum = mods.reduce((s, [, m]) => s + m.renderedLength, 0);
for (const [id, m] of mods) {
  const share = (total * m.renderedLength) / sum;
  const rel = name(id);
  byMod.set(rel, (byMod.get(rel) ?? 0) + share);
  byDir.set(folder(rel), (byDir.get(folder(rel)) ?? 0) + share);
}
const list = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${kb(v)}  ${k}`)
    .join('\n');
console.log(`${script.fileName}: ${kb(total)} KB gzip -9`);
console.log('--- the script by folder (KB)');
console.log(list(byDir, top));
console.log(`--- the script's ${top} largest modules (KB)`);
console.log(list(byMod, top));
console.log('--- files beside the script, loaded on first use (KB gzip -9)');
console.log(
  chunks
    .filter((c) => c !== script)
    .map((c) => [c.fileName, gz(c.code)])
    .sort((a, b) => b[1] - a[1])
    .map(([f, b]) => `${kb(b)}  ${f}`)
    .join('\n'),
);
