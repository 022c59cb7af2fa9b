import type { Paragraph } from '../ingest/article.js'
import { COLUMN_NAME } from '../ingest/line-table.js'
import { FIELD, RECORD_KEY } from '../ingest/record-block.js'
import type { Count } from '../model/report.js'
import { HARM_WORD } from './find-casualties.js'

/**
 * A row of a Markdown table, read by its header: "| 21 Apr 2024 | Rumalyn | Rockets fired | None | U.S. official |"
 * under "| Date | Base | What happened | Casualties | Source |". Ingest makes each row a paragraph of its own
 * (parse-body.ts); this names what each cell is, so that a row says who reported it and that no one was hurt as a
 * sentence would ("…, a U.S. official said; no one was hurt").
 */
export interface TableRow {
  /** Offsets of the cell that names the row's source ("Source", "According to", "Reported by"), in the row's text. */
  source: { start: number; end: number } | null
  /** The row's casualty cell says no one was killed or hurt ("None", "No casualties", "0"). */
  noneHurt: boolean
  /** Offsets of the cell that names who claimed the row ("Claimed by", "Claimant"), in the row's text. */
  claim: { start: number; end: number } | null
  /** Offsets of the cell of the table's own verdict ("Status": "Confirmed (Pentagon)", "Reported", "Claimed only"). */
  verdict: { start: number; end: number } | null
  /** The figures of the row's own killed and injured columns ("| Killed | Wounded |": "| 0 | 5 |"), `null` where it has none. */
  killed: Count | null
  injured: Count | null
  /** The table logs incidents: its header has a day, a place and what was used or happened ("| Date | Site | Weapon |"). */
  incident: boolean
  /**
   * What the row's own "Type", "What" or "Weapon" cells say is no attack: a deployment, a drill, a visit, a sighting, an
   * alert, or another state's strike ("C-RAM counter-rocket system installed", "Turkish drone strike on SDF vehicle").
   */
  notAnAttack: boolean
  /** The row's date cell gives no day ("n/d", "—", "unknown"): the row tells nothing of a day, nor of the row above's. */
  undated: boolean
}

/** A row of a Markdown table: "| a | b |". */
const ROW = /^\s*\|.*\|\s*$/
/** The row under a table's header: "|---|:---:|". */
const DELIMITER = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/
/** "Source", "According to", "Status and source", "Account": the column that says who reported the row. */
const SOURCE_HEADER =
  /^(?:(?:status|confirmation)\s*(?:and|&|\/|,)\s*)?(?:(?:best\s+|main\s+)?sources?|accounts?|according to|reported by|attribution|confirmed by|who (?:said|says) (?:so|it)|(?:reporting|confirming) source|sourced? to)(?:\s*(?:and|&|\/|,)\s*(?:status|confirmation))?$/i
/** "Status", "Confirmation", "Verified": the column of the table's own verdict on who vouches for the row. */
const VERDICT_HEADER = /^(?:status|confirmation|verification|verified|confirmed\?)(?:\s*\([^)]*\))?$/i
/** "Date", "Day", "When": the column of the row's day. */
const DATE_HEADER = /^(?:date|day|when|event[_ ]date|date of (?:attack|incident)|(?:attack|incident) date)$/i
/** "Site", "Location", "Where", "Target": the column of the row's place. */
const PLACE_HEADER = /^(?:site|location|where|target|base|place|target named)$/i
/** "Weapon", "Type", "What happened", "Outcome": the column of what was used or what happened. */
const WHAT_HEADER = /^(?:weapons?|type|what|what happened|outcome|result|incident|sub[_ ]event[_ ]type|means)$/i
/** "Claimed by", "Claimant", "Claim": the column of who claimed the row. */
const CLAIM_HEADER = /^(?:claimed|claimed by|claimant|claim|who claimed|responsibility)$/i
/** "Killed", "Dead", "KIA", "fatalities": a column of the row's dead, a number to a cell. */
const KILLED_HEADER = /^(?:(?:U\.S\.\s+)?(?:killed|dead|deaths|fatalities)|KIA)$/i
/** "Wounded", "Injured", "WIA", "injuries": a column of the row's wounded. */
const INJURED_HEADER = /^(?:(?:U\.S\.\s+)?(?:wounded|injured|injuries|hurt)|WIA)$/i
/** A cell that is one whole number: "0", " 5 ". */
const figure = (cell: string): Count | null => {
  const n = /^\s*(\d{1,4})\s*$/.exec(cell)
  return n ? { min: Number(n[1]), max: Number(n[1]) } : null
}
/** A date cell that gives a day: a number or a weekday. "n/d", "—", "unknown", "undated" give none. */
const GIVES_A_DAY = /\d|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:christmas|new year)/i
/** A date cell of a stretch, not a day: "Week of 12 Nov", "Nov 2023", "October 2023 (exact day unknown)", "25–26 July 2024 (day not yet established)". */
const A_STRETCH =
  /\b(?:week|weeks|month|unknown|unclear|between|since|until|through|not\s+(?:yet\s+)?(?:established|known|confirmed|clear))\b|^\s*(?:(?:early|mid|late)[-\s]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/i
/** A date cell that repeats the row above's: blank, "〃", "ditto", "same day". */
const SAME_AS_ABOVE = /^\s*(?:[〃"”'-]*|ditto|same(?: day)?|do\.?)\s*$/i
/** Whether a date cell gives no day of its own, and does not repeat the row above's. */
const noDay = (cell: string): boolean => !SAME_AS_ABOVE.test(cell) && (!GIVES_A_DAY.test(cell) || A_STRETCH.test(cell))
/** A type, what or weapon cell (`WHAT_HEADER`) that tells no attack. */
const NOT_AN_ATTACK =
  /\b(?:install\w*|deploy\w*|drills?|exercises?|visits?|visited|tour(?:ed|s)?|briefed|briefings?|sightings?|sighted|alerts?|warnings?|feared|upgrade[sd]?|deliver\w*|arriv\w*|talks|discuss\w*|meetings?|handover|elections?|precaution\w*|rehears\w*)\b|\b(?:Iranian|IRGC|Revolutionary\s+Guards?|Israeli|Turkish|Jordanian|Russian)(?![\w-])/i
const CASUALTY_HEADER = /\b(?:casualt(?:y|ies)|killed|dead|deaths|injur(?:ed|ies)|wounded|hurt|toll)\b/i
/** A casualty cell that says there were none ("None", "None; base itself not struck"). A dash or a blank says nothing. */
const NONE =
  /^\s*(?:none|no casualties|no injuries|nobody hurt|no one hurt|0|zero|none reported)\.?(?:\s*[;,–—-]\s*(?![^|]*(?:\d|\b(?:killed|wounded|injur\w*|hurt|dead)\b))[^|]*)?\s*$/i

/** A line with a tab between its cells, as a scraper leaves a table: "15 Dec\tAin al-Asad air base\tdrones". */
const TAB_ROW = /^[^\t\n]*\t[^\n]*$/
/** A column's name in a tab-separated header: a few words, no figure ("Date", "Site", "Who says so"). */
const HEADER_NAME = /^[A-Za-z][A-Za-z /&?()._-]{0,30}$/
/** The cells of a tab-separated row: offsets of each cell's text between its tabs, in `text`. */
function tabCells(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = []
  let start = 0
  for (let tab = text.indexOf('\t'); tab !== -1; tab = text.indexOf('\t', start)) {
    found.push({ start, end: tab })
    start = tab + 1
  }
  found.push({ start, end: text.length })
  return found
}

/** The cells of a row scraped one cell to a line: offsets of each line, in `text`. */
function lineCells(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = []
  for (let at = 0; at <= text.length;) {
    const newline = text.indexOf('\n', at)
    const end = newline === -1 ? text.length : newline
    found.push({ start: at, end })
    at = end + 1
  }
  return found
}

/** The cells of a row: offsets of each cell's text between its bars, in `text`. */
function cells(text: string): { start: number; end: number }[] {
  const bars = [...text.matchAll(/\|/g)].map((m) => m.index ?? 0)
  return bars.slice(0, -1).map((bar, i) => ({ start: bar + 1, end: bars[i + 1] ?? text.length }))
}

/**
 * A record block's fields (ingest/record-block.ts), read as a row is read by its header: the key of each field line is
 * its column's name, and the value after the colon its cell. `null` for a paragraph that is no record.
 */
function recordRow(text: string): TableRow | null {
  const fields: { key: string; start: number; end: number }[] = []
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at)
    const m = FIELD.exec(text.slice(at, end))
    const key = m?.[1]?.trim()
    if (m && key && RECORD_KEY.test(key)) {
      const colon = text.indexOf(':', at + (m.index ?? 0) + key.length)
      fields.push({ key, start: colon + 1, end })
    }
    at = end + 1
  }
  if (fields.length < 3) return null
  const field = (pattern: RegExp) => fields.find((f) => pattern.test(f.key))
  const value = (f: { start: number; end: number } | undefined) => (f === undefined ? '' : text.slice(f.start, f.end).replace(/[*_]/g, ''))
  const casualties = field(CASUALTY_HEADER)
  const date = field(DATE_HEADER)
  const killed = field(KILLED_HEADER)
  const injured = field(INJURED_HEADER)
  const tolls = [killed, injured].filter((f) => f !== undefined)
  const harmElsewhere = HARM_WORD.test(
    fields
      .filter((f) => !tolls.includes(f))
      .map((f) => value(f))
      .join(' '),
  )
  return {
    notAnAttack: fields.some((f) => WHAT_HEADER.test(f.key) && NOT_AN_ATTACK.test(value(f))),
    claim: field(CLAIM_HEADER) ?? null,
    source: field(/^(?:sources?|attribution|reported by|confirmed by)$/i) ?? null,
    noneHurt: casualties !== undefined && NONE.test(value(casualties)),
    verdict: field(VERDICT_HEADER) ?? null,
    incident: true,
    killed: killed === undefined || harmElsewhere ? null : figure(value(killed)),
    injured: injured === undefined || harmElsewhere ? null : figure(value(injured)),
    undated: date !== undefined && noDay(value(date)),
  }
}

/**
 * How each of `paragraphs` reads as a table row: `null` for a paragraph that is none, and for a row of a table with no
 * header row (a row right before a delimiter row). One pass: each row is read by the header of the table it is in.
 * `body` is the article's body, which the paragraphs' offsets point into.
 */
export function tableRows(body: string, paragraphs: readonly Paragraph[]): (TableRow | null)[] {
  let names: string[] | null = null
  // The header of the tab-separated table being read, if it is one, and of the table scraped one cell to a line.
  let tabNames: string[] | null = null
  let lineNames: string[] | null = null
  return paragraphs.map((p, i) => {
    const text = body.slice(p.start, p.end)
    // A table a scraper left one cell to a line (ingest/line-table.ts made its header and each row a paragraph): its
    // lines are its cells, read by the header's names.
    if (text.includes('\n') && (lineNames !== null || COLUMN_NAME.test(text.slice(0, text.indexOf('\n')).trim()))) {
      const own = lineCells(text)
      const names = own.map((c) => text.slice(c.start, c.end).trim())
      if (names.length >= 3 && names.every((name) => COLUMN_NAME.test(name))) {
        lineNames = names
        return null
      }
      if (lineNames !== null && own.length === lineNames.length) return readRow(text, own, lineNames)
    }
    lineNames = null
    // A table a scraper left with tabs between its cells ("Date\tSite\tWeapon\tResult"): its first line of names is
    // its header, and each line under it a row.
    if (TAB_ROW.test(text)) {
      const own = tabCells(text)
      if (names === null || tabNames !== names) {
        const header = own.map((c) => text.slice(c.start, c.end).trim())
        names = tabNames = header.every((name) => HEADER_NAME.test(name)) ? header : null
        return null
      }
      return readRow(text, own, names)
    }
    tabNames = null
    if (!ROW.test(text)) {
      names = null
      return text.includes('\n') && text.includes(':') ? recordRow(text) : null
    }
    if (DELIMITER.test(text)) {
      // The header is the row right above the delimiter.
      const header = paragraphs[i - 1]
      const headerText = header === undefined ? '' : body.slice(header.start, header.end)
      names = ROW.test(headerText) ? cells(headerText).map((c) => headerText.slice(c.start, c.end).trim()) : null
      return null
    }
    if (names === null) return null
    return readRow(text, cells(text), names)
  })
}

/** A row read by its table's column names: which cell says what. */
function readRow(text: string, own: { start: number; end: number }[], names: readonly string[]): TableRow {
  const column = (pattern: RegExp) => {
    const k = (names ?? []).findIndex((name) => pattern.test(name))
    return k === -1 ? undefined : own[k]
  }
  const casualties = column(CASUALTY_HEADER)
  const date = column(DATE_HEADER)
  const killed = column(KILLED_HEADER)
  const injured = column(INJURED_HEADER)
  const incident = [DATE_HEADER, PLACE_HEADER, WHAT_HEADER].every((header) => (names ?? []).some((name) => header.test(name)))
  const cellText = (c: { start: number; end: number }) => text.slice(c.start, c.end)
  // "shot down; 3 militants killed in U.S. response | 3 | 0 |": a toll column, when the row's words tell of harm, may be
  // another side's; only a row whose words tell none takes its figures.
  const harmElsewhere = HARM_WORD.test(
    own
      .filter((c) => c !== killed && c !== injured)
      .map(cellText)
      .join(' | '),
  )
  return {
    incident,
    claim: column(CLAIM_HEADER) ?? null,
    notAnAttack: names.some((name, k) => WHAT_HEADER.test(name) && own[k] !== undefined && NOT_AN_ATTACK.test(cellText(own[k]))),
    killed: killed === undefined || harmElsewhere ? null : figure(cellText(killed)),
    injured: injured === undefined || harmElsewhere ? null : figure(cellText(injured)),
    source: column(SOURCE_HEADER) ?? null,
    noneHurt: casualties !== undefined && NONE.test(text.slice(casualties.start, casualties.end)),
    verdict: column(VERDICT_HEADER) ?? null,
    undated: date !== undefined && noDay(text.slice(date.start, date.end)),
  }
}
