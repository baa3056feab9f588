// Static half of the strict-CSP guarantee (the browser half is test/browser/csp.test.ts): no template
// writes a `style` attribute, neither as text nor through Lit's styleMap (which writes the attribute
// on the first render). Inline styles go through components/shared/style-props.ts (the CSSOM only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../components/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.styles.ts') ? [p] : [];
  });

const offending = (text: string): string[] =>
  text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => !line.startsWith('*') && !line.startsWith('//'))
    .filter(({ line }) => /\sstyle=/.test(line) || /\bstyleMap\(/.test(line))
    .map(({ line, n }) => `${n}: ${line.slice(0, 100)}`);

// One test per element folder, and one per shared file (they have different owners).
const units = readdirSync(root)
  .sort()
  .flatMap((d) =>
    d === 'shared' ? files(join(root, d)) : statSync(join(root, d)).isDirectory() ? [join(root, d)] : [],
  );

for (const unit of units) {
  test(`components/${unit.slice(root.length)}: no style attribute in any template`, () => {
    const list = statSync(unit).isDirectory() ? files(unit) : [unit];
    const hits = list.flatMap((f) => offending(readFileSync(f, 'utf8')).map((h) => `${f.slice(root.length)}:${h}`));
    assert.deepEqual(hits, []);
  });
}
