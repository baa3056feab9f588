/**
 * Templates that load on first use: `lazyView(() => import('./x.js'))` gives a
 * function that returns the module once it is in, and otherwise starts loading
 * it and has each host that asked render again when it arrives. A failed load
 * (not served) is asked for again on the next render. `loaded()` starts the
 * load without a host and settles once it is over (in, or failed: never
 * rejects), for an element that draws a part only once its code is in.
 */
export interface LazyView<T> {
  (host: { requestUpdate(): void }): T | undefined;
  loaded(): Promise<void>;
}

export function lazyView<T>(load: () => Promise<T>): LazyView<T> {
  let view: T | undefined;
  let loading: Promise<void> | undefined;
  const waiting = new Set<{ requestUpdate(): void }>();
  const start = (): Promise<void> =>
    (loading ??= load().then(
      (m) => {
        view = m;
        for (const h of waiting) h.requestUpdate();
        waiting.clear();
      },
      () => {
        loading = undefined;
      },
    ));
  const get = (host: { requestUpdate(): void }): T | undefined => {
    if (view) return view;
    waiting.add(host);
    void start();
    return undefined;
  };
  return Object.assign(get, { loaded: () => (view ? Promise.resolve() : start()) });
}
