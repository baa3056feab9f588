/** What a <revops-provider> shares with every element inside it. */
import { createContext } from '@lit/context';
import type { Locale } from '../../src/i18n/format.js';

export type Theme = 'light' | 'dark' | 'auto';

export interface RevopsContext {
  locale?: Locale;
  currency?: string;
  /** Named model configurations (host-given, overlaid with tuned ones). */
  models: Readonly<Record<string, unknown>>;
  /** Store a tuned configuration under a name, or drop the tuning (undefined) to return to the host's. */
  setModel(name: string, model: unknown): void;
}

// A string key, not a Symbol: an ESM copy and the IIFE copy on one page still find each other.
export const revopsContext = createContext<RevopsContext | undefined>('revops-elements/context');
