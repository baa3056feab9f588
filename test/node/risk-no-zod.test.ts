// The risk panels check their input by hand (src/validate/, issue 10): no file their autoloader pages may load
// — at once, on demand (plans, the CRM import, the rules editor), the risk worker, their Chinese strings —
// carries zod (after `npm run build`). zod's objects keep their `_zod` property through minification.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../dist/loader/', import.meta.url));

/** Every loader file a file names (static and dynamic imports, worker URLs): `name-<8-char hash>.js`. */
const named = (file: string, files: Set<string>): string[] =>
  [...readFileSync(`${dir}${file}`, 'utf8').matchAll(/[\w.-]+-[\w-]{8}\.js/g)]
    .map((m) => m[0])
    .filter((f) => files.has(f));

test('the risk panels load no zod, at once or on demand', () => {
  assert.ok(existsSync(dir), 'dist/loader is missing: run `npm run build` first');
  const files = new Set(readdirSync(dir));
  const zod = [...files].filter((f) => readFileSync(`${dir}${f}`, 'utf8').includes('_zod'));
  assert.ok(zod.length > 0, 'the planners still load zod: the check below would find it');
  for (const tag of ['opportunity-alert-panel', 'churn-alert-panel']) {
    const start = [...files].find((f) => new RegExp(`^${tag}-[\\w-]{8}\\.js$`).test(f));
    assert.ok(start, `the chunk of <${tag}>`);
    const reached = new Set([start]);
    for (const f of reached) for (const g of named(f, files)) reached.add(g);
    assert.ok(
      [...reached].some((f) => f.startsWith('risk-worker-')),
      `<${tag}> reaches its worker`,
    );
    assert.deepEqual(
      [...reached].filter((f) => zod.includes(f)),
      [],
      `<${tag}>: files with zod`,
    );
  }
});
