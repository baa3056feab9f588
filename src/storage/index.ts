/**
 * Key-value persistence for tuned models and edits: IndexedDB through
 * idb-keyval, with an in-memory fallback when IndexedDB is missing or fails
 * (private windows, blocked storage). The store is injectable for tests.
 */
import type { UseStore } from 'idb-keyval';

export { storedKey } from './key.js';
export { applyChanges, changes, sameValue, type Change } from './merge.js';

// idb-keyval loads on the first read or write: an element without a storage-key never fetches it.
type Idb = typeof import('idb-keyval');
let idbModule: Promise<Idb> | null = null;
const loadIdb = (): Promise<Idb> => (idbModule ??= import('idb-keyval'));

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /**
   * Read, change and write one value in a single transaction (two tabs never
   * interleave); resolves with the value written. Optional for a host's own
   * store: `updateValue` falls back to get + set.
   */
  update?(key: string, change: (current: unknown) => unknown): Promise<unknown>;
  /** False once the store has fallen back to memory (data lasts until the page closes). */
  readonly persistent: boolean;
}

/** A store that keeps values in memory only. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    persistent: false,
    get: async (k) => structuredClone(map.get(k)),
    set: async (k, v) => void map.set(k, structuredClone(v)),
    del: async (k) => void map.delete(k),
    update: async (k, change) => {
      const next = structuredClone(change(structuredClone(map.get(k))));
      map.set(k, next);
      return structuredClone(next);
    },
  };
}

type Listener = (persistent: boolean) => void;

class FallbackStore implements KeyValueStore {
  persistent = true;
  private idb: Promise<{ lib: Idb; store: UseStore } | null> | null = null;
  private memory = memoryStore();
  private listeners = new Set<Listener>();
  constructor(
    private dbName: string,
    private storeName: string,
  ) {
    if (typeof indexedDB === 'undefined') this.persistent = false;
  }
  private open(): Promise<{ lib: Idb; store: UseStore } | null> {
    return (this.idb ??= this.persistent
      ? loadIdb().then(
          (lib) => ({ lib, store: lib.createStore(this.dbName, this.storeName) }),
          () => null,
        )
      : Promise.resolve(null));
  }
  onChange(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  private fail(): void {
    if (!this.persistent) return;
    this.persistent = false;
    this.idb = Promise.resolve(null);
    for (const fn of this.listeners) fn(false);
  }
  private async run<T>(op: (lib: Idb, s: UseStore) => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    try {
      const db = await this.open();
      if (db) return await op(db.lib, db.store);
    } catch {
      // Opening or using IndexedDB failed (blocked, private mode, quota): memory from now on.
    }
    this.fail();
    return fallback();
  }
  get(k: string) {
    return this.run(
      (lib, s) => lib.get(k, s),
      () => this.memory.get(k),
    );
  }
  set(k: string, v: unknown) {
    return this.run(
      (lib, s) => lib.set(k, v, s),
      () => this.memory.set(k, v),
    );
  }
  del(k: string) {
    return this.run(
      (lib, s) => lib.del(k, s),
      () => this.memory.del(k),
    );
  }
  update(k: string, change: (current: unknown) => unknown): Promise<unknown> {
    return this.run(
      async (lib, s) => {
        let written: unknown;
        await lib.update(k, (current) => (written = change(current)), s);
        return written;
      },
      () => this.memory.update!(k, change),
    );
  }
}

/** Read-change-write of one value: atomic where the store supports it, else get then set. */
export async function updateValue(
  store: KeyValueStore,
  key: string,
  change: (current: unknown) => unknown,
): Promise<unknown> {
  if (store.update) return store.update(key, change);
  const next = change(await store.get(key));
  await store.set(key, next);
  return next;
}

const nothing = (): void => undefined;

/**
 * Tell the other elements and tabs of this origin that a key changed, and
 * listen for it: a BroadcastChannel per key (nothing when the browser has
 * none). `close()` stops listening and closes the channel.
 */
export function watchKey(key: string, onChange: () => void): { notify(): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { notify: nothing, close: nothing };
  const channel = new BroadcastChannel(`revops-elements:${key}`);
  channel.onmessage = () => onChange();
  return {
    notify: () => channel.postMessage('changed'),
    close: () => {
      channel.onmessage = null;
      channel.close();
    },
  };
}

/** A store in its own IndexedDB database, falling back to memory when IndexedDB is missing or fails. */
export const createStore = (dbName: string, storeName = 'state'): KeyValueStore => new FallbackStore(dbName, storeName);

let shared: KeyValueStore | null = null;

/** The page-wide store (database `revops-elements`). */
export function defaultStore(): KeyValueStore {
  return (shared ??= new FallbackStore('revops-elements', 'state'));
}

/** Replace the page-wide store (tests, or a host with its own persistence). */
export function setDefaultStore(store: KeyValueStore | null): void {
  shared = store;
}

/** Subscribe to the store falling back to memory; returns an unsubscribe function. */
export function onPersistenceChange(store: KeyValueStore, fn: Listener): () => void {
  return store instanceof FallbackStore ? store.onChange(fn) : nothing;
}
