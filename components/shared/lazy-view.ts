/**
 * Templates that load on first use: `lazyView(() => import('./x.js'))` gives a
 * function that returns the module once it is in, and otherwise starts loading
 * it and has each host that asked render again when it arrives. A failed load
 * (not served) is asked for again on the next render.
 */
export function lazyView<T>(load: () => Promise<T>): (host: { requestUpdate(): void }) => T | undefined {
  let view: T | undefined;
  let loading: Promise<void> | undefined;
  const waiting = new Set<{ requestUpdate(): void }>();
  return (host) => {
    if (view) return view;
    waiting.add(host);
    loading ??= load().then(
      (m) => {
        view = m;
        for (const h of waiting) h.requestUpdate();
        waiting.clear();
      },
      () => {
        loading = undefined;
      },
    );
    return undefined;
  };
}
