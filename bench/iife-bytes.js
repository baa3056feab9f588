// usage: node breakdown.mjs [tiering]  — gzip share per module of the IIFE build
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { relative, join } from 'node:path';
const root = process.cwd();
const mode = process.argv[2] === 'tiering' ? 'tiering' : 'production';
const out = await build({
  configFile: join(root, 'vite.iife.config.ts'),
  mode,
  logLevel: 'silent',
  build: { write: false },
});
const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
const byMod = new Map(),
  byDir = new Map();
for (const c of chunks) {
  if (!/iife/.test(c.fileName)) continue;
  const gz = gzipSync(c.code, { level: 9 }).length;
  console.log(c.fileName, gz);
  const mods = Object.entries(c.modules);
  const sum = mods.reduce((s, [, m]) => s + m.renderedLength, 0);
  for (const [id, m] of mods) {
    const share = (gz * m.renderedLength) / sum;
    let rel = relative(root, id.replace(/^\0/, '').split('?')[0]);
    rel = rel.replace(/^node_modules\/(\.pnpm\/)?/, 'nm/');
    byMod.set(rel, (byMod.get(rel) ?? 0) + share);
    const d = rel.startsWith('nm/')
      ? rel
          .split('/')
          .slice(0, rel.split('/')[1].startsWith('@') ? 3 : 2)
          .join('/')
      : rel
          .split('/')
          .slice(0, rel.startsWith('components/shared/') || rel.startsWith('src/') ? 3 : 2)
          .join('/');
    byDir.set(d, (byDir.get(d) ?? 0) + share);
  }
}
const p = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / 1024).toFixed(2).padStart(7)}  ${k}`)
    .join('\n');
console.log('--- by folder');
console.log(p(byDir, 60));
console.log('--- by module');
console.log(p(byMod, Number(process.argv[3] ?? 80)));
