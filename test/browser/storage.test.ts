import { expect } from '@open-wc/testing';
import {
  createStore,
  memoryStore,
  onPersistenceChange,
  updateValue,
  watchKey,
  type KeyValueStore,
} from '../../src/storage/index.js';
import { until } from '../helpers/fixtures.js';

describe('storage', () => {
  it('round-trips through IndexedDB', async () => {
    const store = createStore(`revops-test-${Math.random().toString(36).slice(2)}`);
    await store.set('k', { weights: [0.2, 0.8], at: 'x' });
    expect(await store.get('k')).to.deep.equal({ weights: [0.2, 0.8], at: 'x' });
    await store.del('k');
    expect(await store.get('k')).to.equal(undefined);
    expect(store.persistent).to.equal(true);
  });

  it('falls back to memory when IndexedDB throws, says so once, and keeps the data', async () => {
    // An own property over IDBFactory.prototype.open; deleting it puts the real one back.
    (indexedDB as { open: unknown }).open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const store = createStore(`revops-broken-${Math.random().toString(36).slice(2)}`);
      let told = 0;
      onPersistenceChange(store, (p) => {
        if (!p) told++;
      });
      await store.set('k', { a: 1 });
      expect(store.persistent).to.equal(false);
      expect(told).to.equal(1);
      expect(await store.get('k')).to.deep.equal({ a: 1 });
      await store.set('k', { a: 2 });
      expect(await store.get('k')).to.deep.equal({ a: 2 });
      expect(told).to.equal(1);
    } finally {
      delete (indexedDB as { open?: unknown }).open;
    }
  });

  it('the memory store copies values (no shared mutation)', async () => {
    const m = memoryStore();
    const v = { list: [1] };
    await m.set('k', v);
    v.list.push(2);
    expect(await m.get('k')).to.deep.equal({ list: [1] });
  });

  it('update reads, changes and writes in one transaction: concurrent updates all land (IndexedDB and memory)', async () => {
    for (const store of [createStore(`revops-update-${Math.random().toString(36).slice(2)}`), memoryStore()]) {
      await store.set('k', { n: 0, seen: [] as number[] });
      const add = (i: number) =>
        updateValue(store, 'k', (cur) => {
          const c = cur as { n: number; seen: number[] };
          return { n: c.n + 1, seen: [...c.seen, i] };
        });
      const written = await Promise.all(Array.from({ length: 20 }, (_, i) => add(i)));
      const final = (await store.get('k')) as { n: number; seen: number[] };
      expect(final.n).to.equal(20);
      expect([...final.seen].sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i));
      // Each call resolves with what it wrote.
      expect(written.map((w) => (w as { n: number }).n).sort((a, b) => a - b)).to.deep.equal(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
    }
  });

  it('a host store without update still merges, through get and set', async () => {
    const m = memoryStore();
    const plain: KeyValueStore = {
      persistent: false,
      get: (k) => m.get(k),
      set: (k, v) => m.set(k, v),
      del: (k) => m.del(k),
    };
    await plain.set('k', { a: 1 });
    expect(await updateValue(plain, 'k', (cur) => ({ ...(cur as object), b: 2 }))).to.deep.equal({ a: 1, b: 2 });
    expect(await plain.get('k')).to.deep.equal({ a: 1, b: 2 });
  });

  it('watchKey tells the other watchers of the key, not itself nor other keys, and stops when closed', async () => {
    const key = `watch-${Math.random().toString(36).slice(2)}`;
    const heard = { a: 0, b: 0, c: 0, other: 0 };
    const wa = watchKey(key, () => heard.a++);
    const wb = watchKey(key, () => heard.b++);
    const wc = watchKey(key, () => heard.c++);
    const wo = watchKey(`${key}-other`, () => heard.other++);
    wa.notify();
    await until(() => heard.b === 1 && heard.c === 1, 2000, 'the other watchers');
    wb.close();
    wa.notify();
    // c hears the second message; b, closed, does not; nobody hears their own or another key's.
    await until(() => heard.c === 2, 2000, 'the second message');
    expect(heard).to.deep.equal({ a: 0, b: 1, c: 2, other: 0 });
    for (const w of [wa, wc, wo]) w.close();
  });
});
