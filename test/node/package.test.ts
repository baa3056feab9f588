// What the npm package ships (after `npm run build`): a manifest of the public API only, a
// definition export for every element, typed events, no source maps, the autoloader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const manifestPath = `${root}custom-elements.json`;
const TAGS = readdirSync(`${root}components`).filter((d) => existsSync(`${root}components/${d}/index.ts`));

interface Decl {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: { name: string; privacy?: string }[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string; type?: { text: string } }[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Decl[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const manifest = (): Manifest => {
  assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run `npm run build` first');
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
};
const declarations = () => manifest().modules.flatMap((m) => m.declarations ?? []);
const elements = () => declarations().filter((d) => d.customElement);

test('custom-elements.json is under 150 KB', () => {
  manifest();
  assert.ok(statSync(manifestPath).size < 150 * 1024, `${statSync(manifestPath).size} bytes`);
});

test('the manifest lists no private, protected or underscore member', () => {
  const hidden = declarations().flatMap((d) =>
    (d.members ?? [])
      .filter((m) => (m.privacy && m.privacy !== 'public') || m.name.startsWith('_') || m.name.startsWith('#'))
      .map((m) => `${d.name}.${m.name}`),
  );
  assert.deepEqual(hidden, []);
});

test('the elements are exactly the tags, and no base class is listed as one', () => {
  assert.deepEqual(
    elements()
      .map((d) => d.tagName)
      .sort(),
    [...TAGS].sort(),
  );
  const names = declarations().map((d) => d.name);
  for (const base of ['RevopsElement', 'TieringCard', 'Planner', 'RiskPanel']) assert.ok(!names.includes(base), base);
});

test('every element tag has a custom-element-definition export naming its class', () => {
  const m = manifest();
  const classes = new Map(elements().map((d) => [d.tagName, d.name]));
  for (const tag of TAGS) {
    const def = m.modules
      .flatMap((x) => x.exports ?? [])
      .find((e) => e.kind === 'custom-element-definition' && e.name === tag);
    assert.ok(def, `no definition export for ${tag}`);
    assert.equal(def.declaration.name, classes.get(tag), tag);
    const owner = m.modules.find((x) => x.path === def.declaration.module);
    assert.ok(
      owner?.declarations?.some((d) => d.name === def.declaration.name),
      `${tag}: the definition points at its class`,
    );
  }
});

test('every attribute names its field, every event its detail type, with an LWC-legal twin', () => {
  for (const d of elements()) {
    for (const a of d.attributes ?? []) assert.ok(a.fieldName, `${d.tagName} [${a.name}] has no fieldName`);
    const events = d.events ?? [];
    for (const e of events) assert.match(e.type?.text ?? '', /^CustomEvent<.+>$/, `${d.tagName} ${e.name}`);
    for (const e of events.filter((x) => x.name.includes('-')))
      assert.ok(
        events.some((x) => x.name === e.name.replace(/-/g, '')),
        `${d.tagName}: twin of ${e.name}`,
      );
    assert.ok(
      events.some((e) => e.name === 'revops-invalid'),
      `${d.tagName} revops-invalid`,
    );
  }
});

test('the package ships the autoloader and the manifest, and no source map', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  assert.deepEqual(
    files.filter((f) => f.endsWith('.map')),
    [],
  );
  for (const f of ['dist/autoloader.js', 'dist/revops-elements.iife.js', 'dist/index.js', 'custom-elements.json'])
    assert.ok(files.includes(f), f);
  assert.ok(
    files.some((f) => /^dist\/loader\/funnel-forecast-[\w-]+\.js$/.test(f)),
    'the loader chunks',
  );
});
