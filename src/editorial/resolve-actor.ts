import { editDistance } from '../edit-distance.js'
import { foldText } from '../knowledge/fold-text.js'
import type { GroupEntry } from '../knowledge/knowledge.js'

const fold = (text: string): string => foldText(text).text.trim()

/**
 * The group an editor's `actors:` entry names, as events hold it (the group's `name`): its id in
 * `src/data/groups.yaml`, or its name as written there (any case or spelling the matcher folds
 * alike). Anything else is a sentence naming the entry, the group it most likely meant
 * (an alias, an acronym, or an id or name at most a couple of letters off) and the fix.
 */
export function resolveActor(written: string, groups: readonly GroupEntry[]): { name: string } | { problem: string } {
  const folded = fold(written)
  const exact = groups.find((g) => g.id === written || fold(g.name) === folded)
  if (exact) return { name: exact.name }
  const closest =
    groups.find((g) => g.acronyms.includes(written) || g.aliases.some((a) => fold(a) === folded)) ??
    groups
      .map((g) => ({ g, d: Math.min(editDistance(written, g.id), editDistance(folded, fold(g.name))) }))
      .filter(({ d }) => d <= Math.max(2, Math.floor(written.length / 5)))
      .sort((a, b) => a.d - b.d || a.g.id.localeCompare(b.g.id))[0]?.g
  const hint = closest ? ` Did you mean \`${closest.id}\` (${closest.name})?` : ''
  return {
    problem: `\`${written}\` is not a group in src/data/groups.yaml, so it would make a group page with no group behind it.${hint} Write a group's id, for example \`${closest?.id ?? groups[0]?.id ?? 'kataib-hezbollah'}\`, or add the group to src/data/groups.yaml first.`,
  }
}
