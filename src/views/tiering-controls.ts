/**
 * Which of a tiering card's controls an issue names, so they can be marked
 * aria-invalid: `values.<key>` is the what-if control of that factor
 * (`f-<i>`), `model.…` a tuning control (`w-<i>` weight, `ref-<i>` band
 * reference, `t-<i>` tier threshold, `target`, `tolerance`).
 */
export function invalidControlIds(issues: readonly { path: string }[], factorKeys: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const { path } of issues) {
    const p = path.split('.');
    if (p[0] === 'values' && p[1]) {
      const i = factorKeys.indexOf(p[1]);
      if (i >= 0) ids.add(`f-${i}`);
    } else if (p[0] === 'model') {
      if (p[1] === 'factors' && p[3] === 'weight') ids.add(`w-${p[2]}`);
      else if (p[1] === 'factors' && p[3] === 'reference') ids.add(`ref-${p[2]}`);
      else if (p[1] === 'tiers' && p[3] === 'minScore') ids.add(`t-${p[2]}`);
      else if (p[1] === 'targetFocusShare') ids.add('target');
      else if (p[1] === 'shareTolerance') ids.add('tolerance');
    }
  }
  return ids;
}

/** The words a tiering card names its tuning fields with. */
export interface TieringFieldWords {
  weight: string;
  referenceLabel: string;
  minScore: string;
  targetShare: string;
  tolerance: string;
}

interface LabelledModel {
  factors: readonly { key: string; label?: string | null | undefined }[];
  tiers: readonly { key: string }[];
}

/**
 * The field an issue path names, in words: `values.<key>` is the factor,
 * `model.factors.<i>.weight` the factor's weight, `model.tiers.<i>` the tier's
 * threshold; undefined when the path names nothing the card shows.
 */
export function tieringFieldLabel(
  path: string,
  model: LabelledModel | undefined,
  words: TieringFieldWords,
  factorLabel: (key: string, label: string) => string,
): string | undefined {
  const p = path.split('.');
  if (p[0] === 'values' && p[1]) {
    const f = model?.factors.find((x) => x.key === p[1]);
    return factorLabel(p[1], f?.label ?? p[1]);
  }
  if (p[0] !== 'model' || !model) return undefined;
  if (p[1] === 'factors' && p[2] !== undefined) {
    const f = model.factors[Number(p[2])];
    if (!f) return undefined;
    const name = factorLabel(f.key, f.label ?? f.key);
    return p[3] === 'weight'
      ? `${name} · ${words.weight}`
      : p[3] === 'reference'
        ? `${name} · ${words.referenceLabel}`
        : name;
  }
  if (p[1] === 'tiers' && p[2] !== undefined) {
    const tier = model.tiers[Number(p[2])];
    return tier ? `${tier.key} · ${words.minScore}` : undefined;
  }
  if (p[1] === 'targetFocusShare') return words.targetShare;
  if (p[1] === 'shareTolerance') return words.tolerance;
  return undefined;
}
