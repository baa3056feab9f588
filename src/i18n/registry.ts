/**
 * The locale registry: each strings module (`src/i18n/<name>.ts`) registers
 * its tables here, English static and every other locale as a loader
 * (`import('./<name>/zh-CN.js')`), so a page loads only the locales it shows.
 * The elements wait for `loadLocale(locale)` before they render; the tables
 * read like a `Record<Locale, T>` (`FUNNEL[locale]`).
 *
 * In the one-file scripts (IIFE) the loaders fetch one file beside the script
 * (`revops-elements.zh-CN.js`), which holds that locale's tables (vite.iife.config.ts).
 */
import type { Locale } from './format.js';

type Other = Exclude<Locale, 'en'>;
type Loaders<T> = Readonly<Record<Other, () => Promise<T>>>;

interface Entry {
  readonly tables: Partial<Record<Locale, unknown>>;
  readonly loaders: Loaders<unknown>;
  readonly pending: Partial<Record<Locale, Promise<void>>>;
  /** Locales that failed to load: English stands in. */
  readonly failed: Set<Locale>;
}

const entries: Entry[] = [];

function load(e: Entry, locale: Other): Promise<void> {
  return (e.pending[locale] ??= e.loaders[locale]().then(
    (t) => void (e.tables[locale] = t),
    (err: unknown) => {
      e.failed.add(locale);
      console.warn(`revops-elements: the ${locale} strings could not be loaded; showing English`, err);
    },
  ));
}

const ready = (e: Entry, locale: Locale): boolean => locale in e.tables || e.failed.has(locale);

/**
 * A module's strings in every locale: `en` at once, the others once loaded
 * (until then, and if loading fails, the English table stands in). Index it by
 * locale like a `Record<Locale, T>`.
 */
export function localized<T>(en: T, loaders: Loaders<T>): Readonly<Record<Locale, T>> {
  const entry: Entry = { tables: { en }, loaders, pending: {}, failed: new Set() };
  entries.push(entry);
  const table = { en } as Record<Locale, T>;
  for (const locale of Object.keys(loaders) as Other[])
    Object.defineProperty(table, locale, {
      enumerable: true,
      get: () => {
        if (!ready(entry, locale)) void load(entry, locale);
        return (entry.tables[locale] as T | undefined) ?? en;
      },
    });
  return table;
}

/**
 * Tables that only other locales have (the issue wording: English issues
 * carry their own message): `get(locale)` is undefined for `en`, before the
 * locale has loaded, or if it failed.
 */
export function lazyLocales<T>(loaders: Loaders<T>): { get(locale: Locale): T | undefined } {
  const entry: Entry = { tables: {}, loaders, pending: {}, failed: new Set() };
  entries.push(entry);
  return {
    get: (locale) => {
      if (locale === 'en') return undefined;
      if (!ready(entry, locale)) void load(entry, locale);
      return entry.tables[locale] as T | undefined;
    },
  };
}

/** True when every registered table has `locale` (or has given up on it). */
export function localeReady(locale: Locale): boolean {
  return locale === 'en' || entries.every((e) => ready(e, locale));
}

/** Load `locale` for every registered table; resolves when all have it (or have fallen back to English). */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en') return Promise.resolve();
  return Promise.all(entries.filter((e) => !ready(e, locale)).map((e) => load(e, locale))).then(() =>
    // Loading a table can register more (a chunk that brings another module): load those too.
    localeReady(locale) ? undefined : loadLocale(locale),
  );
}
