import { describe, expect, it } from 'vitest'
import { parseBody } from '../../src/ingest/parse-body.js'
import { tableRows } from '../../src/extract/table-row.js'

/** Each paragraph of `body` as a table row: the source cell's text and whether no one was hurt, or null. */
function rowsOf(body: string): ({ source: string | null; noneHurt: boolean } | null)[] {
  const paragraphs = parseBody(body, 1)
  return tableRows(body, paragraphs).map((row, i) => {
    const p = paragraphs[i]
    if (row === null || p === undefined) return null
    const text = body.slice(p.start, p.end)
    return { source: row.source === null ? null : text.slice(row.source.start, row.source.end).trim(), noneHurt: row.noneHurt }
  })
}

describe('tableRows: a Markdown table row read by its header', () => {
  it("names the source cell and reads a casualty cell's none; a dash says nothing", () => {
    const body =
      '| Date | Base | Casualties | Source |\n|---|:---:|---|---|\n| 3 Dec | Rumalyn | None | CENTCOM |\n| 26/12/2023 | al-Shaddadi | — | Syrian Observatory |\n\nAfter.\n'
    expect(rowsOf(body)).toEqual([null, null, { source: 'CENTCOM', noneHurt: true }, { source: 'Syrian Observatory', noneHurt: false }, null])
  })

  it('reads no row of a table without a header, and a new table by its own header', () => {
    const body =
      '| 3 Dec | Rumalyn | None |\n| 4 Dec | Harir | None |\n\nText.\n\n| When | Killed | According to |\n|---|---|---|\n| 5 Dec | 0 | a U.S. official |\n'
    expect(rowsOf(body)).toEqual([null, null, null, null, null, { source: 'a U.S. official', noneHurt: true }])
  })
})
