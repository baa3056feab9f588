/**
 * The stored key of an element's saved state: its namespace (usually the tag name) and its `storage-key`.
 * A file of its own so that Persist, which loads the storage code on demand, can name keys without it.
 */
export const storedKey = (namespace: string, storageKey: string): string => `${namespace}:${storageKey}`;
