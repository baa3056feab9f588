import { expect } from '@open-wc/testing';
import { createStore, memoryStore, onPersistenceChange } from '../../src/storage/index.js';

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
    const original = indexedDB.open;
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
      (indexedDB as { open: unknown }).open = original;
    }
  });

  it('the memory store copies values (no shared mutation)', async () => {
    const m = memoryStore();
    const v = { list: [1] };
    await m.set('k', v);
    v.list.push(2);
    expect(await m.get('k')).to.deep.equal({ list: [1] });
  });
});
