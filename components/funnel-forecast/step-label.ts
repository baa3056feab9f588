/** A stage or activity as the funnel names it. */
export interface Named {
  key?: string;
  label?: string | null;
}

/**
 * The given label, else the host's label for the key (`host`, the element's
 * `codeLabels`, docs/labels.md), else the translated name of a known key, else
 * the key in words (`online-events` → Online events).
 */
export function stepLabel(
  s: Named | undefined,
  names: Record<string, string>,
  host?: (key: string, builtin: string) => string,
): string {
  const k = String(s?.key ?? '');
  if (s?.label) return s.label;
  const builtin =
    names[k] ||
    k
      .replace(/[A-Z]/g, ' $&')
      .replace(/-/g, ' ')
      .replace(/^./, (c) => c.toUpperCase());
  return host ? host(k, builtin) : builtin;
}

/** A keyed row of the funnel's lists in words (the scenario comparison): stages and activities by their namers. */
export const stepNamer =
  (stage: (s: Named) => string, activity: (a: Named) => string) =>
  (list: string, row: Named): string | undefined =>
    list === 'stages' ? stage(row) : list === 'activities' ? activity(row) : undefined;
