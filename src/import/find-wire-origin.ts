import type { Found, FoundOriginal } from './read-page-metadata.js'

/** Wire agencies as a dateline or byline names them, and the outlet's name as Salvo records it. */
export const WIRE_AGENCIES: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /^(?:AP|Associated Press|The Associated Press)$/i, name: 'Associated Press' },
  { pattern: /^Reuters$/i, name: 'Reuters' },
  { pattern: /^(?:AFP|Agence France[- ]Presse)$/i, name: 'Agence France-Presse' },
  { pattern: /^(?:dpa)$/i, name: 'dpa' },
  { pattern: /^(?:UPI|United Press International)$/i, name: 'United Press International' },
  { pattern: /^(?:ANI)$/i, name: 'ANI' },
]

/** The outlet a wire name stands for, or `null`. */
export const wireAgency = (name: string): string | null => WIRE_AGENCIES.find((a) => a.pattern.test(name.trim()))?.name ?? null

/** How many paragraphs at the top are read for a dateline: datelines open articles. */
const LEAD_PARAGRAPHS = 8

/** "BAGHDAD (AP) —", "Nov. 1, 2023 (Reuters) -", "(AFP) —": a dateline that credits an agency. */
const AGENCY_DATELINE = /^[^()\n]{0,60}\(([A-Za-z][A-Za-z .-]{1,30})\)\s*[-–—]/

/**
 * The agency that first published syndicated copy, read from the text as the page prints it:
 * a dateline crediting an agency ("BEIRUT (AP) —") in the opening paragraphs, or a byline
 * that is an agency's name ("By The Associated Press"). `null` when the text names none,
 * or names the outlet itself (`outlet`: an agency's own page is not a republication).
 */
export function findWireOrigin(body: string, byline: string | null, outlet: string | null): Found<FoundOriginal> | null {
  const own = outlet === null ? null : wireAgency(outlet)
  const paragraphs = body.split(/\n\s*\n/).slice(0, LEAD_PARAGRAPHS)
  for (const paragraph of paragraphs) {
    const m = AGENCY_DATELINE.exec(paragraph.trim())
    const agency = m?.[1] === undefined ? null : wireAgency(m[1])
    if (agency !== null && agency !== own) return { value: { source: agency, url: null }, from: `the dateline "${m?.[0].trim()}"` }
  }
  const credited = byline === null ? null : wireAgency(byline.replace(/^\s*by\s+/i, ''))
  if (credited !== null && credited !== own) return { value: { source: credited, url: null }, from: `the byline "${byline?.trim()}"` }
  return null
}
