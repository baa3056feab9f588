/**
 * Words instead of codes (issue 12): the label a host gives a code through
 * the elements' `labels` property (docs/labels.md), read leniently — one bad
 * entry is reported by its path and dropped, the others stay in use.
 */
import { baseIssue, shownValue, type Issue } from '../schemas/issues.js';
import { LABEL_KINDS, MAX_LABELS_PER_KIND, type CodeLabels, type Label, type LabelKind } from '../schemas/labels.js';
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
  if (!isObject(raw))
    return { labels: {}, issues: [baseIssue('labels', 'type', { expected: ['object'], got: shownValue(raw) })] };
  const labels: CodeLabels = {};
  const issues: Issue[] = [];
  const unknown = Object.keys(raw).filter((k) => !(LABEL_KINDS as readonly string[]).includes(k));
  if (unknown.length) issues.push(baseIssue('labels', 'unknown_keys', { keys: unknown }));
  for (const kind of LABEL_KINDS) {
    const map = raw[kind];
    if (map == null) continue;
    const at = `labels.${kind}`;
    if (!isObject(map)) {
      issues.push(baseIssue(at, 'type', { expected: ['object'], got: shownValue(map) }));
      continue;
    }
    const codes = Object.keys(map);
    if (codes.length > MAX_LABELS_PER_KIND) {
      issues.push(baseIssue(at, 'max_keys', { max: MAX_LABELS_PER_KIND, got: codes.length }));
      continue;
    }
    const good: Record<string, Label> = {};
    for (const code of codes) {
      const issue = labelIssue(`${at}.${code}`, map[code]);
      if (issue) issues.push(issue);
      else good[code] = map[code] as Label;
    }
    labels[kind] = good;
  }
  return { labels, issues };
}

/** What is wrong with one label, if anything: it is non-empty text, or an object of texts by locale. */
function labelIssue(path: string, v: unknown): Issue | null {
  if (typeof v === 'string') return v ? null : baseIssue(path, 'not_empty', {});
  if (!isObject(v)) return baseIssue(path, 'type', { expected: ['string', 'object'], got: shownValue(v) });
  const extra = Object.keys(v).filter((k) => k !== 'en' && k !== 'zh-CN');
  if (extra.length) return baseIssue(path, 'unknown_keys', { keys: extra });
  for (const k of ['en', 'zh-CN'] as const)
    if (v[k] !== undefined && typeof v[k] !== 'string')
      return baseIssue(`${path}.${k}`, 'type', { expected: ['string'], got: shownValue(v[k]) });
  return null;
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
