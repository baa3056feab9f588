/**
 * Host-given labels for the codes the data carries (docs/labels.md): one map
 * per kind of code, each code to a label, or to a label per locale. Checked
 * by hand in `readLabels` (src/views/code-labels.ts), not with zod: every
 * element reads labels, and the tiering script's bytes are counted (issue 10).
 */

/** The kinds of code a host can label, as the `codeLabels` property names them. */
export const LABEL_KINDS = [
  'source',
  'businessLine',
  'stage',
  'activity',
  'field',
  'route',
  'factor',
  'option',
  'tier',
  'signal',
  'team',
  'group',
] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** A label: the same text in every locale, or a text per locale (`{ "en": "Search ads", "zh-CN": "搜索广告" }`). */
export type Label = string | { en?: string; 'zh-CN'?: string };

export type CodeLabels = Partial<Record<LabelKind, Record<string, Label>>>;

/** At most this many codes per kind (a label map is configuration, not data). */
export const MAX_LABELS_PER_KIND = 10_000;
