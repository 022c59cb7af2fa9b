import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The publication day of the newest article in the reader corpus: later than any seed, and not the day the tests run. */
export const NEWEST_DAY = '2024-02-03'
/** The newest article's own address and its archived copy. */
export const NEWEST_URL = 'https://example.org/news/2024/02/03/drones-tanf'
export const NEWEST_ARCHIVED = 'https://web.archive.org/web/20240203120000/https://example.org/news/2024/02/03/drones-tanf'
/** The article whose `archived` is not an http(s) address, and the line of that field. */
export const BAD_ARCHIVED_FILE = '2023-10-26-bad-archived.md'
export const BAD_ARCHIVED_LINE = 5

/**
 * seeds/ and, beside them: a newer article with an archived copy, one without a `url` (a warning), one whose `archived`
 * is a script (an error: skipped), and a corrections.yaml with one correction that applies and one that names no event.
 * What the methods page counts, the footer's "data as of" and the event page's links are read from its build.
 */
export function readerCorpus(): string {
  const seeds = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-reader-')), 'seeds')
  cpSync('seeds', seeds, { recursive: true })
  writeFileSync(
    path.join(seeds, '2024-02-03-drones-tanf.md'),
    `---\ntitle: "Drones strike al-Tanf garrison"\nsource: "Gulf Wire (test)"\nurl: "${NEWEST_URL}"\narchived: "${NEWEST_ARCHIVED}"\ndate: ${NEWEST_DAY}\n---\nTwo drones struck the al-Tanf garrison in Syria on Friday, U.S. officials said.\n`,
  )
  writeFileSync(
    path.join(seeds, '2023-10-25-no-url.md'),
    `---\ntitle: "Rockets hit Ain al-Asad"\nsource: "Levant Desk (test)"\ndate: 2023-10-25\n---\nRockets struck Ain al-Asad air base in Iraq on Wednesday, Iraqi security sources said.\n`,
  )
  writeFileSync(
    path.join(seeds, BAD_ARCHIVED_FILE),
    `---\ntitle: "An archived copy given as a script"\nsource: "Gulf Wire (test)"\nurl: "https://example.org/bad"\narchived: "javascript:alert(1)"\ndate: 2023-10-26\n---\nTwo drones struck the al-Tanf garrison in Syria on Thursday, U.S. officials said.\n`,
  )
  writeFileSync(
    path.join(seeds, 'corrections.yaml'),
    [
      '- target: {event: 2023-10-18-al-tanf-attack}',
      '  note: "Checked against the Pentagon\'s statement."',
      '  reason: "Editor\'s check."',
      '- target: {event: 2023-09-01-nowhere-attack}',
      '  note: "Nothing to attach to."',
      '  reason: "Names no event."',
      '',
    ].join('\n'),
  )
  return seeds
}
