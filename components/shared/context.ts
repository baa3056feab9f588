/** What a <revops-provider> shares with every element inside it. */
import { ContextRoot, createContext } from '@lit/context';
import type { Locale } from '../../src/i18n/format.js';
import type { SharedValues } from './shared-values.js';

export type Theme = 'light' | 'dark' | 'auto';

export interface RevopsContext {
  locale?: Locale;
  currency?: string;
  /** Named model configurations (host-given, overlaid with tuned ones). */
  models: Readonly<Record<string, unknown>>;
  /** Store a tuned configuration under a name, or drop the tuning (undefined) to return to the host's. */
  setModel(name: string, model: unknown): void;
  /** Values the elements publish for each other (a planner's plan), by name; absent from an older provider. */
  shared?: SharedValues;
}

// A string key, not a Symbol: an ESM copy and the IIFE copy on one page still find each other.
export const revopsContext = createContext<RevopsContext | undefined>('revops-elements/context');

// A bundler may define a card before <revops-provider> (the order of its chunks, not the page's):
// the card's request then finds no provider. A ContextRoot on the document keeps such requests
// and replays them when a provider connects. One root per page, however many copies of the library load.
const ROOT = Symbol.for('revops-elements/context-root');
if (typeof document !== 'undefined' && !(ROOT in document)) {
  Object.defineProperty(document, ROOT, { value: true });
  new ContextRoot().attach(document as unknown as HTMLElement);
}
