// dist/autoloader.js (built by `npm run build`) requests, together with an element's chunk, the large shared chunks
// that chunk imports (rolldown's runtime, core, the table writers, the families' groups): the list the build writes into it
// (vite.plugins.js, chunkPreloads) must name exactly those of each element's static imports, and all of the
// funnel's, so that page gets every file in one round after the autoloader. Those files, and each element's chunk,
// carry V8's compile hint (compileHints): compiled as they load, off the main thread; files loaded on demand do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { LOADER_DIR, reached } from './loader-files.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const dir = LOADER_DIR;

/** The autoloader's text, its tags in the order of its loaders, and its preload list decoded as the page does. */
function built() {
  assert.ok(existsSync(`${dist}autoloader.js`), 'dist/autoloader.js is missing: run `npm run build` first');
  const text = readFileSync(`${dist}autoloader.js`, 'utf8');
  const loaders = [...text.matchAll(/["'`]?([a-z-]+)["'`]?:\(\)=>import\(["'`]\.\/loader\/([\w.-]+\.js)["'`]\)/g)];
  const list = /["'`]([\w.-]+(?: [\w.-]+)*);([\d,]*)["'`]/.exec(text);
  assert.ok(list, 'the preload list');
  const files = list[1]!.split(' ').map((f) => `${f}.js`);
  const digits = list[2]!.split(',');
  const preloads = new Map(loaders.map((m, i) => [m[1]!, [...(digits[i] ?? '')].map((d) => files[Number(d)]!)]));
  return { text, files, digits, preloads, chunks: new Map(loaders.map((m) => [m[1]!, m[2]!])) };
}

test('the autoloader lists, for each element, exactly the listed shared chunks its chunk imports', () => {
  const { text, files, digits, preloads, chunks } = built();
  assert.ok(!text.includes('__REVOPS_PRELOADS__'), 'the build wrote the list in');
  assert.equal(chunks.size, 12, 'every element has a loader');
  assert.equal(digits.length, chunks.size, 'one entry per loader, in their order');
  // The large shared chunks (vite.loader.config.ts, FIRST_LOAD), each a file of the build.
  const names = files.map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
  for (const n of ['rolldown-runtime', 'core', 'planners', 'risk', 'tiering']) assert.ok(names.includes(n), n);
  for (const f of files) assert.ok(existsSync(`${dir}${f}`), f);
  for (const [tag, chunk] of chunks) {
    const imports = reached(chunk);
    assert.deepEqual(
      preloads.get(tag),
      files.filter((f) => imports.has(f)),
      `<${tag}>`,
    );
  }
  // Every element page needs core; the provider needs nothing else.
  for (const tag of chunks.keys())
    assert.ok(
      preloads.get(tag)!.some((f) => f.startsWith('core-')),
      tag,
    );
  assert.deepEqual(
    preloads.get('revops-provider')!.map((f) => f.replace(/-[\w-]{8}\.js$/, '')),
    ['core'],
  );
});

test('a page with one funnel-forecast gets every chunk it imports with its own chunk: nothing is left for later', () => {
  const { preloads, chunks } = built();
  const funnel = chunks.get('funnel-forecast')!;
  assert.deepEqual([...preloads.get('funnel-forecast')!].sort(), [...reached(funnel)].sort());
  assert.ok(reached(funnel).size >= 3, 'the funnel imports shared chunks');
});

test('the autoloader stays within 1 KB gzip with its list', () => {
  const { text } = built();
  const bytes = gzipSync(text, { level: 9 }).length;
  assert.ok(bytes <= 1024, `${bytes} B`);
  assert.ok(readdirSync(dir).length > 0);
});

test('the files a funnel-forecast page loads at once carry the compile hint; files it loads on demand do not', () => {
  const { chunks } = built();
  const hinted = (f: string) => readFileSync(`${dir}${f}`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
  const funnel = chunks.get('funnel-forecast')!;
  for (const f of [funnel, ...reached(funnel)]) assert.ok(hinted(f), f);
  for (const chunk of chunks.values()) assert.ok(hinted(chunk), chunk);
  // On demand: the funnel's dynamic imports (its history view, the storage layer, the table writers…) and strings.
  const lazy = [
    ...readFileSync(`${dir}${funnel}`, 'utf8').matchAll(/\bimport\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g),
  ].map((m) => m[1]!);
  assert.ok(lazy.length > 0, 'the funnel loads files on demand');
  for (const f of lazy) assert.ok(!hinted(f), f);
  for (const f of readdirSync(dir).filter((x) => /\.zh-CN-[\w-]{8}\.js$/.test(x))) assert.ok(!hinted(f), f);
});
