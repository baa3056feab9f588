// Where the bytes of a loader page are: `node bench/loader-bytes.js [tag] [min]` builds vite.loader.config.ts in
// memory and prints, for the chunks a cold page with dist/autoloader.js and one <tag> loads before anything is
// imported on demand (the element's chunk and its static imports), each chunk's gzip size (level 6, what a server
// sends) and each module's share of it (by its minified length; modules under `min` bytes, default 150, left out).
// Then the files the page may import on demand (dynamic `import()` of those chunks), with what each adds.
// `--chunk=<text>` also prints every chunk whose file name contains <text> (e.g. a lazy file's modules).
// `node bench/loader-bytes.js all` prints only each element's page: KB gzip and files, autoloader included (the
// same count as bench/embed.js's loader pages, which take the files requested before the first rows).
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { relative, join } from 'node:path';
import { readFileSync } from 'node:fs';

const root = process.cwd();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const also = process.argv.find((a) => a.startsWith('--chunk='))?.slice('--chunk='.length);
const tag = args[0] ?? 'opportunity-alert-panel';
const min = Number(args[1] ?? 150);
const out = await build({
  configFile: join(root, 'vite.loader.config.ts'),
  logLevel: 'silent',
  build: { write: false },
});
const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
const byName = new Map(chunks.map((c) => [c.fileName, c]));
const gz = (code) => gzipSync(code, { level: 6 }).length;
const name = (id) => relative(root, id.replace(/^\0/, '').split('?')[0]).replace(/^node_modules\//, 'nm/');
const closure = (start, have = new Set()) => {
  const seen = [start];
  for (let i = 0; i < seen.length; i++)
    for (const f of byName.get(seen[i]).imports) if (!seen.includes(f) && !have.has(f)) seen.push(f);
  return seen.filter((f) => !have.has(f));
};
const chunkOf = (t) => chunks.find((c) => new RegExp(`^loader/${t}-[\\w-]{8}\\.js$`).test(c.fileName));
const loader = gz(readFileSync(join(root, 'dist/autoloader.js')));
if (tag === 'all') {
  for (const c of chunks
    .filter((c) => /components\/[^/]+\/index\.ts$/.test(c.facadeModuleId ?? ''))
    .sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    const files = closure(c.fileName);
    const bytes = files.reduce((s, f) => s + gz(byName.get(f).code), loader);
    console.log(
      `${(bytes / 1024).toFixed(2).padStart(7)} KB  ${String(files.length + 1).padStart(2)} files  ${c.fileName.replace(/^loader\/|-[\w-]{8}\.js$/g, '')}`,
    );
  }
  process.exit(0);
}
const start = chunkOf(tag);
if (!start) throw new Error(`no chunk for <${tag}>`);
const page = closure(start.fileName);
const show = (f) => {
  const c = byName.get(f);
  const size = gz(c.code);
  const mods = Object.entries(c.modules);
  const sum = mods.reduce((s, [, m]) => s + m.renderedLength, 0) || 1;
  console.log(`\n${f}  ${size} B`);
  for (const [n, s] of mods
    .map(([id, m]) => [name(id), Math.round((size * m.renderedLength) / sum)])
    .sort((a, b) => b[1] - a[1]))
    if (s >= min) console.log(`${String(s).padStart(8)}  ${n}`);
  return size;
};
let total = loader;
for (const f of page) total += show(f);
console.log(`\n<${tag}> page: ${(total / 1024).toFixed(2)} KB in ${page.length + 1} files (autoloader ${loader} B)`);
const have = new Set(page);
if (also) for (const c of chunks) if (c.fileName.includes(also)) show(c.fileName);
const lazy = [...new Set(page.flatMap((f) => byName.get(f).dynamicImports))].filter((f) => !have.has(f));
console.log('\non demand (what each import() adds to the page):');
for (const f of lazy) {
  const adds = closure(f, have);
  const bytes = adds.reduce((s, a) => s + gz(byName.get(a).code), 0);
  console.log(`${String(bytes).padStart(8)}  ${f}${adds.length > 1 ? ` (+ ${adds.slice(1).join(', ')})` : ''}`);
}
