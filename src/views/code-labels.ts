/**
 * Words instead of codes (issue 12): the label a host gives a code through
 * the elements' `labels` property (docs/labels.md), read leniently — one bad
 * entry is reported by its path and dropped, the others stay in use.
 */
import { tryParse, type Issue } from '../schemas/issues.js';
import { codeLabelsSchema, labelSchema, LABEL_KINDS, type CodeLabels, type LabelKind } from '../schemas/labels.js';
import { isObject } from '../models/guards.js';
import type { Locale } from '../i18n/format.js';

export type { CodeLabels, LabelKind };

export interface LabelsRead {
  labels: CodeLabels;
  /** Entries that could not be used, each named by its path (`labels.source.sem`). */
  issues: Issue[];
}

const EMPTY: LabelsRead = Object.freeze({ labels: Object.freeze({}), issues: [] });

/**
 * The labels a host gave, checked: none (undefined or null) is no label; a
 * map that is not an object is one issue at `labels`; inside it, each kind
 * and each entry is checked on its own, so a bad entry drops only itself.
 * Unknown kinds are reported and ignored.
 */
export function readLabels(raw: unknown): LabelsRead {
  if (raw == null) return EMPTY;
  const whole = tryParse(codeLabelsSchema, raw, 'labels');
  if (whole.ok) return { labels: whole.data, issues: [] };
  if (!isObject(raw)) return { labels: {}, issues: whole.issues };
  const labels: CodeLabels = {};
  const issues: Issue[] = [];
  const unknown: Record<string, unknown> = {};
  for (const [kind, map] of Object.entries(raw)) {
    if (!(LABEL_KINDS as readonly string[]).includes(kind)) {
      unknown[kind] = map;
      continue;
    }
    const k = kind as LabelKind;
    const one = tryParse(codeLabelsSchema, { [k]: map }, 'labels');
    if (one.ok) labels[k] = one.data[k]!;
    else if (!isObject(map)) issues.push(...one.issues);
    else {
      const good: NonNullable<CodeLabels[LabelKind]> = {};
      const bad: Issue[] = [];
      for (const [code, label] of Object.entries(map)) {
        const r = tryParse(labelSchema, label, `labels.${k}.${code}`);
        if (r.ok && code) good[code] = r.data;
        else if (!r.ok) bad.push(...r.issues);
      }
      // Entries fine one by one but not together (too many codes): the kind's own issue, no label of it kept.
      if (bad.length) labels[k] = good;
      issues.push(...(bad.length ? bad : one.issues));
    }
  }
  if (Object.keys(unknown).length) {
    const r = tryParse(codeLabelsSchema, unknown, 'labels');
    if (!r.ok) issues.push(...r.issues);
  }
  return { labels, issues };
}

/**
 * The words for a code: the host's label (its text for `locale`, else its
 * English, else its Chinese), else the element's own name for the code
 * (`builtin`: a stage or signal name from the element's strings), else the
 * code as the data gives it.
 */
export function codeLabel(
  labels: CodeLabels | undefined,
  kind: LabelKind,
  code: string,
  locale: Locale,
  builtin?: string,
): string {
  const host = labels?.[kind]?.[code];
  if (typeof host === 'string') return host;
  if (host) {
    const text = host[locale] ?? host.en ?? host['zh-CN'];
    if (text) return text;
  }
  return builtin ?? code;
}

/** A labeller bound to one label map and locale: `label('source', 'sem')`. */
export type Labeller = (kind: LabelKind, code: string, builtin?: string) => string;

export const labeller =
  (labels: CodeLabels | undefined, locale: Locale): Labeller =>
  (kind, code, builtin) =>
    codeLabel(labels, kind, code, locale, builtin);
