/**
 * Serializes `value` as JSON with object keys sorted at every depth, so the same
 * data always gives the same bytes (arrays keep their order: it is meaningful).
 * An object whose keys are already in order is serialized as it is, without a sorted copy.
 */
export function stableJson(value: unknown, indent = 2): string {
  return (
    JSON.stringify(
      value,
      (_key, v: unknown) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
        const keys = Object.keys(v)
        let ordered = true
        for (let i = 1; i < keys.length && ordered; i++) ordered = (keys[i - 1] ?? '') < (keys[i] ?? '')
        if (ordered) return v
        const sorted: Record<string, unknown> = {}
        for (const key of keys.sort()) sorted[key] = (v as Record<string, unknown>)[key]
        return sorted
      },
      indent,
    ) + '\n'
  )
}
