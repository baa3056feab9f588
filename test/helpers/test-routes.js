// Test-server routes for the reliability tests (a web-test-runner middleware):
//   /__test/hang            answers nothing, ever (until the client gives up)
//   /__test/stall?bytes=N   sends headers and N bytes of a JSON body, then nothing more
//   /__test/slow?id=X&bytes=N&total=T
//                           sends N of T bytes of a JSON list at once, the rest when /__test/release?id=X is asked
//   /__test/release?id=X    lets the slow body X finish
import { PassThrough } from 'node:stream';

const held = new Map();

/** A JSON list of numbers exactly `total` bytes long: `[0,0,…,0]` padded with spaces. */
const body = (total) => {
  const n = Math.max(1, Math.floor((total - 2) / 2));
  const text = `[${new Array(n).fill('0').join(',')}]`;
  return Buffer.from(text.padEnd(total, ' '));
};

export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  const q = ctx.query;
  if (ctx.path === '/__test/hang') {
    await new Promise((resolve) => ctx.req.once('close', resolve));
    return;
  }
  if (ctx.path === '/__test/stall' || ctx.path === '/__test/slow') {
    const total = Number(q.total ?? 4096);
    const bytes = body(total);
    const first = Math.min(Number(q.bytes ?? 1024), total);
    const stream = new PassThrough();
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.set('cache-control', 'no-store');
    if (ctx.path === '/__test/slow') ctx.length = total;
    ctx.body = stream;
    stream.write(bytes.subarray(0, first));
    ctx.req.once('close', () => stream.destroy());
    if (ctx.path === '/__test/slow') held.set(String(q.id), () => stream.end(bytes.subarray(first)));
    return;
  }
  if (ctx.path === '/__test/release') {
    held.get(String(q.id))?.();
    held.delete(String(q.id));
    ctx.body = 'ok';
    return;
  }
  return next();
}
