import type { GroupEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'

/** Right before a group named only as what something else concerns: "solidarity with Hamas", "because of ISIS", "the war on Hamas". */
const NAMED_AS_OBJECT = /\b(?:of|with|on|against|for|by|from|to|in|and|like|than|between|toward|towards|about|over)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i

/** A verb of firing or speaking soon after the group, in its clause: "Islamic State militants fired", "the SDF, …, said". */
const ITS_VERB = /^[^.;]{0,60}?\b(?:fired|launched|attacked|struck|targeted|hit|shelled|claimed|claims|said|says|announced|announces|stated|added|warned)\b/i

/**
 * Whether the group is the subject of its clause, acting or speaking ("Islamic State militants fired mortars", "The
 * Kurdish-led SDF militia, which is backed by Washington, said"), not a group named as what a war, a reason or a
 * solidarity concerns ("in retaliation for Israel's war on Hamas", "they had fled because of ISIS").
 */
export function actsAsSubject(text: string, group: TermMatch<GroupEntry>): boolean {
  return !NAMED_AS_OBJECT.test(text.slice(Math.max(0, group.start - 30), group.start)) && ITS_VERB.test(text.slice(group.end))
}
