// Test-server routes for the reliability tests (a web-test-runner middleware):
//   /__test/hang?id=X         answers nothing, ever (until the client gives up)
//   /__test/open?id=X         how many /__test/hang?id=X requests are still open (the client has not aborted)
//   /__test/stall?bytes=N     sends headers and N bytes of a JSON body, then nothing more
//   /__test/slow?id=X&bytes=N&total=T[&fixture=F]
//                             sends N of T bytes (Content-Length T) at once, the rest after /__test/release?id=X;
//                             the body is test/fixtures/F.json padded with spaces to T bytes (or a list of zeros)
//   /__test/release?id=X      lets the slow body X finish
//   /__test/flaky?id=X&fixture=F
//                             hangs the first time it is asked for X, then serves test/fixtures/F.json
import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';

const held = new Map();
const open = new Map();
const asked = new Set();

const fixture = (name) => readFileSync(new URL(`../fixtures/${name.replace(/[^\w-]/g, '')}.json`, import.meta.url));

/** A JSON body exactly `total` bytes long: the fixture padded with spaces, or `[0,0,…]`. */
const body = (total, name) => {
  if (name) {
    const json = fixture(name);
    return Buffer.concat([json, Buffer.alloc(Math.max(0, total - json.length), ' ')]);
  }
  const n = Math.max(1, Math.floor((total - 2) / 2));
  return Buffer.from(`[${new Array(n).fill('0').join(',')}]`.padEnd(total, ' '));
};

const hang = async (ctx, id) => {
  open.set(id, (open.get(id) ?? 0) + 1);
  await new Promise((resolve) => ctx.req.once('close', resolve));
  open.set(id, open.get(id) - 1);
};

export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  const q = ctx.query;
  const id = String(q.id ?? '');
  ctx.set('cache-control', 'no-store');
  switch (ctx.path) {
    case '/__test/hang':
      return hang(ctx, id);
    case '/__test/open':
      ctx.body = String(open.get(id) ?? 0);
      return;
    case '/__test/flaky':
      if (!asked.has(id)) {
        asked.add(id);
        return hang(ctx, id);
      }
      ctx.type = 'application/json';
      ctx.body = fixture(String(q.fixture));
      return;
    case '/__test/stall':
    case '/__test/slow': {
      const total = Number(q.total ?? 4096);
      const bytes = body(total, q.fixture ? String(q.fixture) : '');
      const first = Math.min(Number(q.bytes ?? 1024), total);
      const stream = new PassThrough();
      ctx.status = 200;
      ctx.type = 'application/json';
      if (ctx.path === '/__test/slow') ctx.length = total;
      ctx.body = stream;
      stream.write(bytes.subarray(0, first));
      ctx.req.once('close', () => stream.destroy());
      if (ctx.path === '/__test/slow') held.set(id, () => stream.end(bytes.subarray(first)));
      return;
    }
    case '/__test/release':
      held.get(id)?.();
      held.delete(id);
      ctx.body = 'ok';
      return;
    default:
      return next();
  }
}
