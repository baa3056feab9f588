import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every export file (CSV, text, .xlsx) under a folder, deepest first in each folder's order: the import's fixtures. */
export function exportFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return exportFiles(p);
    return /\.(csv|xlsx|txt)$/.test(f) ? [p] : [];
  });
}

/** Every export file of test/fixtures (there are at least 30: fewer means a folder went missing). */
export function fixtureExports(): string[] {
  const files = exportFiles(fileURLToPath(new URL('../fixtures', import.meta.url)));
  if (files.length < 30) throw new Error(`only ${files.length} export files in test/fixtures`);
  return files;
}
