import { describe, expect, it } from 'vitest'
import { allMatches } from '../../src/extract/all-matches.js'
import { figureRules } from '../../src/extract/find-casualties.js'
import { lowerAscii, lowerCasePattern } from '../../src/extract/lower-case-pattern.js'
import { corpusLines } from '../helpers/corpus-lines.js'

/** Every line of the corpora, and lines whose case or letters could trip the claim. */
const lines = (): string[] => [
  ...corpusLines(),
  'THREE U.S. SOLDIERS WERE KILLED AND 34 WERE WOUNDED',
  'Two Iraqi Soldiers Were Killed; The Death Toll Rose To Five',
  'İstanbul: ſix ſoldiers were killed, the Kelvin sign K, ÉTÉ, ǅ and ﬁve people were injured',
]

describe('lowerCasePattern', () => {
  it('lowers only ASCII capitals, keeping the length', () => {
    expect(lowerAscii('U.S. Forces İN ÉRBIL')).toBe('u.s. forces İn Érbil')
    expect(lowerAscii('ſ K ǅ').length).toBe(5)
  })

  it('refuses a pattern with a capital or another cased letter, escapes aside', () => {
    expect(() => lowerCasePattern('killed by US')).toThrow(/"US"/)
    expect(() => lowerCasePattern('communiqu[eé]')).toThrow(/"é"/)
    expect(lowerCasePattern(String.raw`\S+\s\W\b\D`).flags).toBe('g')
  })

  it('finds what each casualty pattern with the i flag finds in the sentence itself, on every line of the corpora', () => {
    const all = lines()
    expect(all.length).toBeGreaterThan(5000)
    let found = 0
    for (const { pattern } of figureRules) {
      const ignoringCase = new RegExp(pattern.source, 'gi')
      for (const line of all) {
        const lower = allMatches(pattern, lowerAscii(line)).map((m) => [m.index, m[0].length, m.groups?.list?.toLowerCase()])
        const before = allMatches(ignoringCase, line).map((m) => [m.index, m[0].length, m.groups?.list?.toLowerCase()])
        expect(lower, line).toEqual(before)
        found += before.length
      }
    }
    expect(found).toBeGreaterThan(300)
  })
})
