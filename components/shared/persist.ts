/**
 * Saves what the user tuned or edited under the element's `storage-key`
 * (IndexedDB through idb-keyval, memory when that is unavailable) and
 * restores it on load.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KeyValueStore } from '../../src/storage/index.js';

// The storage layer loads with the first storage-key: an element without one never fetches it.
const storage = () => import('../../src/storage/index.js');

export interface PersistOptions<S> {
  /** Namespace, usually the tag name: the stored key is `${namespace}:${storage-key}`. */
  namespace: string;
  key: () => string | null | undefined;
  /** Put restored state back into the element (undefined: nothing stored). */
  restore: (state: S | undefined) => void;
  /** Milliseconds to wait after the last change before writing. */
  delay?: number;
}

export class Persist<S> implements ReactiveController {
  /** False when storage fell back to memory: show a notice. */
  persistent = true;
  /** True once the stored state for the current key has been read. */
  loaded = false;
  private currentKey: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queued: S | undefined;
  private touched = false;
  private unsubscribe: (() => void) | null = null;
  private store: Promise<KeyValueStore> | null = null;

  constructor(
    private host: ReactiveControllerHost,
    private opts: PersistOptions<S>,
  ) {
    host.addController(this);
  }

  private get db(): Promise<KeyValueStore> {
    return (this.store ??= storage().then(({ defaultStore, onPersistenceChange }) => {
      const store = defaultStore();
      this.persistent = store.persistent;
      this.unsubscribe = onPersistenceChange(store, (p) => {
        this.persistent = p;
        this.host.requestUpdate();
      });
      return store;
    }));
  }

  hostDisconnected(): void {
    this.flush();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.store = null;
    this.currentKey = null;
  }

  /** Call from willUpdate: loads when the key changed. */
  sync(): void {
    const k = this.opts.key();
    const full = k ? `${this.opts.namespace}:${k}` : null;
    if (full === this.currentKey) return;
    this.flush();
    this.currentKey = full;
    this.loaded = !full;
    this.touched = false;
    if (!full) return;
    this.db
      .then(async (store) => {
        const state = await store.get(full);
        if (this.currentKey !== full) return;
        this.loaded = true;
        // An edit made while reading wins over what was stored.
        if (!this.touched) this.opts.restore(state as S | undefined);
        this.persistent = store.persistent;
        this.host.requestUpdate();
      })
      .catch(() => {
        this.loaded = true;
        this.persistent = false;
        this.host.requestUpdate();
      });
  }

  /** True while the state of a given storage-key is still being read. */
  pending(): boolean {
    return !!this.opts.key() && !this.loaded;
  }

  /** Schedule a save of the element's state (no-op without a storage-key). */
  save(state: S): void {
    this.touched = true;
    if (!this.currentKey) return;
    this.queued = state;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.opts.delay ?? 150);
  }

  /** Write a scheduled save now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const key = this.currentKey;
    const state = this.queued;
    this.queued = undefined;
    if (!key || state === undefined) return Promise.resolve();
    return this.db
      .then((store) => store.set(key, state))
      .catch(() => {
        this.persistent = false;
        this.host.requestUpdate();
      });
  }

  /** Forget the stored state for the current key. */
  clear(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queued = undefined;
    const key = this.currentKey;
    return key ? this.db.then((store) => store.del(key)) : Promise.resolve();
  }
}
