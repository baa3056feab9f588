// The autoloader's element chunks (dist/loader/<tag>-<hash>.js, built by `npm run build`) name every chunk
// they need as an import of their own, so a page requests them all in one round once it has the element's
// chunk, never one level of imports after another (vite.plugins.js, hoistChunkImports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../dist/loader/', import.meta.url));
const TAGS = readdirSync(fileURLToPath(new URL('../../components/', import.meta.url))).filter((d) =>
  existsSync(fileURLToPath(new URL(`../../components/${d}/index.ts`, import.meta.url))),
);

/** The chunks a chunk imports statically (`import … from"./x.js"`, `import"./x.js"`); dynamic `import()` is not one. */
const importsOf = (file: string): string[] =>
  [...readFileSync(`${dir}${file}`, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([\w.-]+\.js)["'`]/g)].map(
    (m) => m[1]!,
  );

test('every element chunk imports all the chunks it needs itself: one round of requests', () => {
  assert.ok(existsSync(dir), 'dist/loader is missing: run `npm run build` first');
  const files = readdirSync(dir);
  let checked = 0;
  for (const tag of TAGS) {
    const chunk = files.find((f) => new RegExp(`^${tag}-[\\w-]{8}\\.js$`).test(f));
    assert.ok(chunk, `the chunk of <${tag}>`);
    const direct = new Set(importsOf(chunk));
    const all = new Set<string>();
    const walk = (f: string) => {
      for (const i of importsOf(f))
        if (!all.has(i)) {
          all.add(i);
          walk(i);
        }
    };
    walk(chunk);
    assert.deepEqual(
      [...all].filter((f) => !direct.has(f)),
      [],
      `<${tag}>: chunks reached only through another chunk`,
    );
    checked += direct.size;
  }
  assert.ok(checked > TAGS.length, 'the element chunks import shared chunks');
});
