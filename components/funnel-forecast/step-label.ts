/** A stage or activity as the funnel names it. */
interface Named {
  key?: string;
  label?: string | null;
}

/** The given label, else the translated name of a known key, else the key in words (`online-events` → Online events). */
export function stepLabel(s: Named | undefined, names: Record<string, string>): string {
  const k = String(s?.key ?? '');
  return (
    s?.label ||
    names[k] ||
    k
      .replace(/[A-Z]/g, ' $&')
      .replace(/-/g, ' ')
      .replace(/^./, (c) => c.toUpperCase())
  );
}
