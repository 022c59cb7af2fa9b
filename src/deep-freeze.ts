/** Freezes `value` and everything under it; stops at what is frozen already (a reused record is, whole). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  Object.freeze(value)
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  return value
}

/**
 * `true` when what a memo keeps between builds is to be frozen: under tests (`NODE_ENV=test`) only, so that a stage
 * writing into a record shared with a later build throws there. It costs a walk of every new record, which `npm
 * start` need not pay.
 */
export const FREEZE_SHARED = process.env.NODE_ENV === 'test'
