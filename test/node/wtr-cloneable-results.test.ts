// The browser tests' result reporting (test/helpers/cloneable-results.js): a failed assertion that holds a DOM node
// or a function must reach the runner, not leave its file "not finished within 180000ms" with no results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const helper = (await import(pathToFileURL(`${root}test/helpers/cloneable-results.js`).href)) as {
  WEB_SOCKET_MODULE: string;
  CLONEABLE_SOURCE: string;
  patchWebSocketModule(body: string): string | null;
  cloneableResultsPlugin(): {
    transform(ctx: { path: string; body: unknown }): { body: string } | undefined;
  };
};
const wds = require(`${root}node_modules/@web/dev-server-core/dist/web-sockets/webSocketsPlugin.js`) as {
  webSocketsPlugin: () => { serve: (ctx: { path: string }) => string };
};

/** The module the dev server sends to the browser (the installed @web/dev-server-core). */
const served = wds.webSocketsPlugin().serve({ path: helper.WEB_SOCKET_MODULE });

/** The served module's `stable` (what sends a file's results), run in Node with structuredClone. */
function stableOf(body: string): (value: unknown) => string {
  const start = body.indexOf('var arr = []');
  const end = body.indexOf('const { protocol, host }');
  assert.ok(start > 0 && end > start, 'the serializer is where the dev server keeps it');
  const code = body.slice(start, end).replace('export function stable', 'function stable');
  const extra = body.includes('function revopsCloneable') ? helper.CLONEABLE_SOURCE : '';
  return vm.runInNewContext(`${code}\n${extra}\nstable`, { structuredClone }) as (value: unknown) => string;
}

/** A failed chai assertion as the mocha adapter reports it: `actual` kept as the value compared. */
const failed = (actual: unknown) => ({
  type: 'wtr-session-finished',
  result: { passed: false, errors: [], testResults: { tests: [{ name: 't', error: { message: 'm', actual } }] } },
});

test('unpatched, a failed assertion holding a function cannot be sent (the reason a file never finished)', () => {
  const stable = stableOf(served);
  assert.throws(
    () =>
      stable(
        failed(function spy() {
          return 0;
        }),
      ),
    { name: 'DataCloneError' },
  );
});

test('patched, it is sent: a function reads as its name, plain values as they were', () => {
  const body = helper.cloneableResultsPlugin().transform({ path: helper.WEB_SOCKET_MODULE, body: served });
  assert.ok(body, 'the installed dev server module is patched');
  const stable = stableOf(body.body);
  const out = JSON.parse(
    stable(
      failed(function spy() {
        return 0;
      }),
    ),
  ) as ReturnType<typeof failed>;
  assert.equal(out.result.testResults.tests[0]!.error.actual, '[Function spy]');
  const rows = Object.freeze([{ id: 'a', n: 1, when: new Date(0) }]);
  const plain = JSON.parse(stable(failed({ rows, f: () => 1 }))) as { result: { testResults: { tests: unknown[] } } };
  assert.deepEqual(plain.result.testResults.tests[0], {
    name: 't',
    error: { message: 'm', actual: { rows: [{ id: 'a', n: 1, when: '1970-01-01T00:00:00.000Z' }], f: '[Function f]' } },
  });
  // Messages that clone as they are (every passing file's) are sent exactly as before.
  const ok = { type: 'wtr-session-finished', result: { passed: true, errors: [], logs: ['x'] } };
  assert.equal(stable(ok), stableOf(served)(ok));
});

test('a DOM node reads as its opening tag; a cycle stays one (stable then marks it [Circular])', () => {
  // Node's own globals have no DOM: a stand-in with the two members the description reads.
  class Node {
    nodeType = 1;
    nodeName = 'BUTTON';
    cloneNode() {
      return { outerHTML: '<button id="h4" class="head">Opportunity 4</button>' };
    }
  }
  const clone = vm.runInNewContext(`${helper.CLONEABLE_SOURCE}\nrevopsCloneable`, { structuredClone, Node }) as (
    v: unknown,
  ) => unknown;
  // The stand-in alone would clone (a DOM node does not): a function makes the value need the fallback.
  const a: Record<string, unknown> = { el: new Node(), list: [new Node()], onClick: () => 0 };
  a.self = a;
  const c = clone(a) as Record<string, unknown>;
  assert.equal(c.el, '<button id="h4" class="head">');
  assert.deepEqual([...(c.list as unknown[])], ['<button id="h4" class="head">']);
  assert.equal(c.self, c);
  assert.equal(c.onClick, '[Function onClick]');
});

test('the plugin leaves every other file alone, and a dev server that changed its code unpatched', () => {
  const plugin = helper.cloneableResultsPlugin();
  assert.equal(plugin.transform({ path: '/test/browser/x.test.ts', body: served }), undefined);
  assert.equal(helper.patchWebSocketModule('export function stable(obj) { return JSON.stringify(obj) }'), null);
});
