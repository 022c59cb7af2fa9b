/**
 * Serializes `value` as JSON with object keys sorted at every depth, so the same
 * data always gives the same bytes (arrays keep their order: it is meaningful).
 */
export function stableJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key]
    return sorted
  }, indent) + '\n'
}
