/**
 * Strings of the tiering model editor. The editor is loaded on first use (components/shared/tiering-editor/),
 * and its strings with it: both locales are in its module, so neither adds to a card's first paint.
 */
import { TIERING_EDITOR as EN } from './tiering-editor/en.js';
import { TIERING_EDITOR as ZH } from './tiering-editor/zh-CN.js';
import type { Locale } from './format.js';

export type * from './tiering-editor/en.js';

export const TIERING_EDITOR: Record<Locale, typeof EN> = { en: EN, 'zh-CN': ZH };
