/**
 * Values the elements under one <revops-provider> publish for each other, by
 * name (sales-target-planner's plan, which sales-org-designer follows). Kept
 * apart from the context's value, which stays the same object while they
 * change: a keystroke in a planner wakes the elements that watch its name, not
 * every element under the provider. Lives as long as the page; not saved (the
 * publisher saves its own state and publishes it again on load).
 */
export class SharedValues {
  private readonly values = new Map<string, { value: unknown; owner: object }>();
  private readonly watchers = new Map<string, Set<() => void>>();

  get(name: string): unknown {
    return this.values.get(name)?.value;
  }

  /** Publish `value` under `name` for `owner`; `undefined` withdraws it (only when `owner` published it last). */
  set(name: string, value: unknown, owner: object): void {
    const had = this.values.get(name);
    if (value === undefined) {
      if (had?.owner !== owner) return;
      this.values.delete(name);
    } else {
      if (had?.value === value && had.owner === owner) return;
      this.values.set(name, { value, owner });
    }
    for (const fn of this.watchers.get(name) ?? []) fn();
  }

  /** Call `fn` after each change under `name`; returns how to stop. */
  watch(name: string, fn: () => void): () => void {
    let set = this.watchers.get(name);
    if (!set) this.watchers.set(name, (set = new Set()));
    set.add(fn);
    return () => set.delete(fn);
  }
}
