/**
 * Host-given labels for the codes the data carries (docs/labels.md): one map
 * per kind of code, each code to a label, or to a label per locale.
 */
import * as z from 'zod/mini';
import { key, maxKeys, text } from './common.js';

/** The kinds of code a host can label, as the `labels` property names them. */
export const LABEL_KINDS = ['source', 'businessLine', 'stage', 'route', 'signal', 'team', 'group'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** A label: the same text in every locale, or a text per locale (`{ "en": "Search ads", "zh-CN": "搜索广告" }`). */
export const labelSchema = z.union([key, z.partial(z.object({ en: text, 'zh-CN': text }))]);
export type Label = z.infer<typeof labelSchema>;

/** At most this many codes per kind (a label map is configuration, not data). */
export const MAX_LABELS_PER_KIND = 10_000;

const kindMap = /* @__PURE__ */ z.record(key, labelSchema).check(maxKeys(MAX_LABELS_PER_KIND));

/** A kind the suite does not know is an error (a misspelt `sources` would otherwise label nothing, silently). */
export const codeLabelsSchema = /* @__PURE__ */ z.partial(
  z.strictObject(Object.fromEntries(LABEL_KINDS.map((k) => [k, kindMap])) as Record<LabelKind, typeof kindMap>),
);
export type CodeLabels = z.infer<typeof codeLabelsSchema>;
