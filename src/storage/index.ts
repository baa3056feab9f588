/**
 * Key-value persistence for tuned models and edits: IndexedDB through
 * idb-keyval, with an in-memory fallback when IndexedDB is missing or fails
 * (private windows, blocked storage). The store is injectable for tests.
 */
import { createStore as idbStore, del as idbDel, get as idbGet, set as idbSet, type UseStore } from 'idb-keyval';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
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
  };
}

type Listener = (persistent: boolean) => void;

class FallbackStore implements KeyValueStore {
  persistent = true;
  private idb: UseStore | null = null;
  private memory = memoryStore();
  private listeners = new Set<Listener>();
  constructor(private dbName: string, private storeName: string) {
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      this.idb = idbStore(dbName, storeName);
    } catch {
      this.persistent = false;
    }
  }
  onChange(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  private fail(): void {
    if (!this.persistent) return;
    this.persistent = false;
    this.idb = null;
    for (const fn of this.listeners) fn(false);
  }
  private async run<T>(op: (s: UseStore) => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (this.idb) {
      try {
        return await op(this.idb);
      } catch {
        this.fail();
      }
    }
    return fallback();
  }
  get(k: string) {
    return this.run((s) => idbGet(k, s), () => this.memory.get(k));
  }
  set(k: string, v: unknown) {
    return this.run((s) => idbSet(k, v, s), () => this.memory.set(k, v));
  }
  del(k: string) {
    return this.run((s) => idbDel(k, s), () => this.memory.del(k));
  }
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
  return store instanceof FallbackStore ? store.onChange(fn) : () => {};
}
