/**
 * Immutable inputs. The models cache prepared configurations (compiled
 * tiering models, pipeline rules) only for objects frozen here, so a caller
 * that changes its own object between calls always gets a fresh result.
 */
const frozen = new WeakSet<object>();

/** Freeze an object and everything inside it; the models may then cache what they prepare from it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !frozen.has(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
    frozen.add(value);
  }
  return value;
}

/** True for an object deep-frozen by deepFreeze: safe to cache by identity. */
export const isDeepFrozen = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && frozen.has(value);
