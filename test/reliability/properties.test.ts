import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDates } from '../../src/extract/find-dates.js'
import { normalizeFrontMatter } from '../../src/ingest/normalize-front-matter.js'
import { parseBody } from '../../src/ingest/parse-body.js'
import { splitSentences } from '../../src/ingest/split-sentences.js'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/** Text that looks like news some of the time: words, dates, abbreviations, punctuation, odd spaces. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Oct.',
        'Nov. 1, 2023',
        'on Monday',
        'last Thursday',
        'U.S.',
        'Gen.',
        'the previous day',
        'since Oct. 17',
        'yesterday',
        '12.53%',
        '\u00A0',
        '\n',
        '\n\n',
        '“',
        '”',
        '—',
        'Ain al-Asad',
        '**',
        '- ',
        '## ',
        '> ',
        'at least 34',
        'two dozen',
        'killed',
        '.',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '))

describe('property: normalizeFrontMatter never throws, and its output respects its type', () => {
  it('for any YAML-like value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(
            fc.constantFrom('title', 'source', 'url', 'date', 'author', 'original', 'dateInferred', 'dateNote', 'dat'),
            fc.oneof(fc.jsonValue(), fc.date(), day),
          ),
        ),
        (data) => {
          const { meta, diagnostics } = normalizeFrontMatter(data, { file: 'seeds/x.md', matter: '', firstLine: 2 })
          if (meta === null) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true)
          else {
            expect(typeof meta.title).toBe('string')
            expect(meta.title.length).toBeGreaterThan(0)
            expect(typeof meta.source).toBe('string')
            expect(meta.date).toMatch(ISO_DAY)
            expect(meta.url === null || /^https?:/.test(meta.url)).toBe(true)
          }
          for (const d of diagnostics) expect(d.message).toMatch(/\S/)
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('property: sentence splitting keeps exact offsets', () => {
  it('every sentence is the exact, trimmed slice at its offsets, in order, without overlap', () => {
    fc.assert(
      fc.property(newsy, fc.nat(50), (text, offset) => {
        const body = ' '.repeat(offset) + text
        const sentences = splitSentences(text, offset)
        let last = offset
        for (const s of sentences) {
          expect(body.slice(s.start, s.end)).toBe(s.text)
          expect(s.text).toBe(s.text.trim())
          expect(s.text.length).toBeGreaterThan(0)
          expect(s.start).toBeGreaterThanOrEqual(last)
          last = s.end
        }
      }),
      { numRuns: 500 },
    )
  })

  it('parsing a body never throws and every paragraph and sentence points into it', () => {
    fc.assert(
      fc.property(newsy, (body) => {
        for (const p of parseBody(body, 1)) {
          expect(p.start).toBeLessThanOrEqual(p.end)
          expect(p.end).toBeLessThanOrEqual(body.length)
          for (const s of p.sentences) expect(body.slice(s.start, s.end)).toBe(s.text)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('property: date resolution never throws and returns well-formed spans', () => {
  it('for any text and publication day', () => {
    fc.assert(
      fc.property(newsy, day, fc.option(day, { nil: null }), (text, published, previous) => {
        for (const m of findDates(text, published, previous)) {
          expect(m.span.start).toMatch(ISO_DAY)
          expect(m.span.end).toMatch(ISO_DAY)
          expect(m.span.start <= m.span.end).toBe(true)
          expect(['day', 'range', 'month']).toContain(m.span.precision)
          if (m.span.precision === 'day') expect(m.span.start).toBe(m.span.end)
          if (m.role === 'point' || m.role === 'since') expect(m.span.start <= published).toBe(true)
          expect(text.slice(m.start, m.end)).toBe(m.text)
        }
      }),
      { numRuns: 500 },
    )
  })
})
