/** Groups items under string keys (an item may have several, or none), keeping first-seen order of keys and of items. */
export function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of keys(item)) {
      const list = groups.get(key)
      if (list === undefined) groups.set(key, [item])
      else list.push(item)
    }
  }
  return groups
}
