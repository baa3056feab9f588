/**
 * Saves what the user tuned or edited under the element's `storage-key`
 * (IndexedDB through idb-keyval, memory when that is unavailable), restores
 * it on load, and keeps it in step with every other element and tab that
 * uses the same key.
 *
 * - Nothing outlives the connection: each connection has an AbortController,
 *   and every storage promise checks it when it resolves, so an element
 *   removed before its saved state arrives subscribes to nothing and is
 *   never called back (it can be collected).
 * - Saves merge per field: a save writes only the fields that changed since
 *   the element last read the store, inside one read-modify-write
 *   transaction, so two elements (or tabs) editing different fields both keep
 *   their edits. A state written whole (`whole`: a loaded file's table) is one
 *   write with nothing read, cloned or compared first; the last write wins.
 * - Each write is announced on a BroadcastChannel named after the key; the
 *   other elements read the store again and restore the merged state, with
 *   their own unsaved changes laid on top.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storedKey } from '../../src/storage/key.js';

// The storage layer (with the merge) loads with the first storage-key: an element without one never fetches it.
const storage = () => import('../../src/storage/index.js');
type StorageModule = Awaited<ReturnType<typeof storage>>;

export interface PersistOptions<S> {
  /** Namespace, usually the tag name: the stored key is `${namespace}:${storage-key}`. */
  namespace: string;
  key: () => string | null | undefined;
  /** Put restored state back into the element (undefined: nothing stored). Called again when another element or tab changes it. */
  restore: (state: S | undefined) => void;
  /** Milliseconds to wait after the last change before writing. */
  delay?: number;
  /**
   * The state is one value written whole (a loaded file's table): no per-field merge, so a large one is
   * never read back, cloned or compared field by field on the page; the last write wins.
   */
  whole?: boolean;
}

/** The state of one key while the element uses it. */
interface Slot<S> {
  key: string;
  /** What the store held when this element last read or wrote the key: the base of its changes. */
  base: unknown;
  /** The element's state: its last save, or the last state restored into it. */
  local: S | undefined;
  /** Edited before the stored state was read: the edit wins. */
  touched: boolean;
  watch: { notify(): void; close(): void } | null;
}

export class Persist<S> implements ReactiveController {
  /** False when storage fell back to memory: show a notice. */
  persistent = true;
  /** True once the stored state for the current key has been read. */
  loaded = false;
  private slot: Slot<S> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Aborted on disconnect: what resolves later must not reach the element. */
  private connection: AbortController | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Writes started and not finished. */
  private writing = 0;
  /** Store operations of this element run one after another (a refresh never overtakes a write). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private host: ReactiveControllerHost,
    private opts: PersistOptions<S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connection = new AbortController();
    // A re-connected element reads its state again (sync() runs in the next update).
    if (this.opts.key()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    void this.flush();
    this.connection?.abort();
    this.connection = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.slot?.watch?.close();
    this.slot = null;
  }

  private live(slot: Slot<S>, signal: AbortSignal): boolean {
    return !signal.aborted && this.slot === slot;
  }

  /** Run a store operation after the ones before it; a failure means storage is unavailable. */
  private enqueue(op: () => Promise<void>, signal: AbortSignal | null): Promise<void> {
    const next = this.queue.then(op).catch(() => {
      if (signal?.aborted !== false) return;
      this.persistent = false;
      this.loaded = true;
      this.host.requestUpdate();
    });
    this.queue = next;
    return next;
  }

  /** Call from willUpdate: loads when the key changed. */
  sync(): void {
    const k = this.opts.key();
    const full = k ? storedKey(this.opts.namespace, k) : null;
    const conn = this.connection;
    if (full === (this.slot?.key ?? null) || !conn) return;
    void this.flush();
    this.slot?.watch?.close();
    this.slot = null;
    this.loaded = !full;
    if (!full) return;
    const slot: Slot<S> = { key: full, base: undefined, local: undefined, touched: false, watch: null };
    this.slot = slot;
    const signal = conn.signal;
    void this.enqueue(async () => {
      const mod = await storage();
      if (!this.live(slot, signal)) return;
      const store = mod.defaultStore();
      this.persistent = store.persistent;
      this.unsubscribe ??= mod.onPersistenceChange(store, (p) => {
        this.persistent = p;
        this.host.requestUpdate();
      });
      const state = await store.get(full);
      if (!this.live(slot, signal)) return;
      this.loaded = true;
      slot.base = state;
      // An edit made while reading wins over what was stored (its save, queued after this, writes it whole).
      if (!slot.touched) {
        slot.local = state as S | undefined;
        this.opts.restore(state as S | undefined);
      }
      this.persistent = store.persistent;
      slot.watch = mod.watchKey(full, () => this.refresh(slot, signal));
      this.host.requestUpdate();
    }, signal);
  }

  /** Another element or tab wrote the key: read it, and restore it with this element's unsaved changes on top. */
  private refresh(slot: Slot<S>, signal: AbortSignal): void {
    void this.enqueue(async () => {
      const mod = await storage();
      if (!this.live(slot, signal)) return;
      const stored = await mod.defaultStore().get(slot.key);
      if (this.live(slot, signal)) this.rebase(mod, slot, stored, slot.base);
    }, signal);
  }

  /** The store now holds `stored`: keep the element's own changes since `since` and restore the result if it differs. */
  private rebase(
    { changes, applyChanges, sameValue }: StorageModule,
    slot: Slot<S>,
    stored: unknown,
    since: unknown,
  ): void {
    if (this.opts.whole) {
      // Written whole: an own change not yet written wins (its save writes it), else what the store holds.
      const next = slot.local !== since ? slot.local : (stored as S | undefined);
      slot.base = stored;
      if (next === slot.local) return;
      slot.local = next;
      if (next !== undefined) this.opts.restore(next);
      this.host.requestUpdate();
      return;
    }
    const mine = changes(since, slot.local);
    const next = (mine.length ? applyChanges(stored, mine) : stored) as S | undefined;
    slot.base = stored;
    if (sameValue(next, slot.local)) return;
    slot.local = next;
    if (next !== undefined) this.opts.restore(next);
    this.host.requestUpdate();
  }

  /** True while a save is scheduled or being written (tests wait for it instead of sleeping past the debounce). */
  get saving(): boolean {
    return this.timer !== null || this.writing > 0;
  }

  /** True while the state of a given storage-key is still being read. */
  pending(): boolean {
    return !!this.opts.key() && !this.loaded;
  }

  /** Schedule a save of the element's state (no-op without a storage-key). */
  save(state: S): void {
    const slot = this.slot;
    if (!slot) return;
    if (!this.loaded) slot.touched = true;
    slot.local = state;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.opts.delay ?? 150);
  }

  /** Write a scheduled save now: the fields changed since the last read, merged into what the store holds. */
  flush(): Promise<void> {
    const slot = this.slot;
    const due = this.timer !== null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!slot || !due) return Promise.resolve();
    // Written even after a disconnect (the user's edit must not be lost); only the element is left alone.
    const signal = this.connection?.signal ?? null;
    this.writing++;
    const done = () => void this.writing--;
    return this.enqueue(async () => {
      const mod = await storage();
      // Read when it runs, after the load and any refresh queued before it: the base is what the store held.
      const sent = slot.local;
      if (this.opts.whole) {
        if (sent === slot.base) return;
        slot.base = sent;
        const store = mod.defaultStore();
        await (sent === undefined ? store.del(slot.key) : store.set(slot.key, sent));
        slot.watch?.notify();
        if (signal && this.live(slot, signal)) this.persistent = store.persistent;
        return;
      }
      const list = mod.changes(slot.base, sent);
      if (!list.length) return;
      slot.base = sent;
      const store = mod.defaultStore();
      const written = await mod.updateValue(store, slot.key, (current) => mod.applyChanges(current, list));
      slot.watch?.notify();
      if (!signal || !this.live(slot, signal)) return;
      this.persistent = store.persistent;
      // Others' fields came in with the write: restore them, keeping what was edited since it was sent.
      this.rebase(mod, slot, written, sent);
    }, signal).finally(done);
  }

  /** Forget the stored state for the current key. */
  clear(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const slot = this.slot;
    if (!slot) return Promise.resolve();
    slot.base = undefined;
    slot.local = undefined;
    return this.enqueue(async () => {
      const { defaultStore } = await storage();
      await defaultStore().del(slot.key);
      slot.watch?.notify();
    }, this.connection?.signal ?? null);
  }
}
