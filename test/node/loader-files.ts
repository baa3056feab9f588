// The autoloader's chunks as built (dist/loader/, by `npm run build`): what each imports statically. For the Node
// tests that read them (loader-chunks, autoloader-preloads).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LOADER_DIR = fileURLToPath(new URL('../../dist/loader/', import.meta.url));

/** The chunks a chunk imports statically (`import … from"./x.js"`, `import"./x.js"`); dynamic `import()` is not one. */
export const importsOf = (file: string): string[] =>
  [
    ...readFileSync(`${LOADER_DIR}${file}`, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([\w.-]+\.js)["'`]/g),
  ].map((m) => m[1]!);

/** Every chunk a chunk reaches through static imports, at any depth. */
export function reached(chunk: string): Set<string> {
  const all = new Set<string>();
  const walk = (f: string) => {
    for (const i of importsOf(f))
      if (!all.has(i)) {
        all.add(i);
        walk(i);
      }
  };
  walk(chunk);
  return all;
}
