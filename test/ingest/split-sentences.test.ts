import { describe, expect, it } from 'vitest'
import { ONE_SENTENCE, splitSentences } from '../../src/ingest/split-sentences.js'

describe('splitSentences', () => {
  it('keeps abbreviations such as Oct., Gen. and U.S. inside their sentence', () => {
    const text = 'Twenty personnel were hurt on Oct. 18 at the base. Brig. Gen. Pat Ryder said U.S. Central Command was looking into it. It was late.'
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Twenty personnel were hurt on Oct. 18 at the base.',
      'Brig. Gen. Pat Ryder said U.S. Central Command was looking into it.',
      'It was late.',
    ])
  })

  it('keeps the ranks U.S. releases give the dead inside their sentence', () => {
    const text = 'The drone killed Sgt. Ann Roe, Spc. Bo Lee and Pfc. Cy Ray. Nobody else died.'
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The drone killed Sgt. Ann Roe, Spc. Bo Lee and Pfc. Cy Ray.', 'Nobody else died.'])
  })

  it('gives offsets that slice the exact sentence out of the body', () => {
    const body = 'Intro line.\n\nOn Monday, rockets hit the base. Nobody was hurt.'
    const sentences = splitSentences(body.slice(13), 13)
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text)
    expect(sentences.map((s) => s.start)).toEqual([13, 46])
  })

  it('does not split a decimal or a percentage', () => {
    expect(splitSentences('Turnout was 12.53% in the province. Then it fell.')).toHaveLength(2)
  })

  it('keeps a footnote mark after the full stop with its sentence', () => {
    expect(splitSentences('The drone was shot down, with no casualties.[3] Later, rockets were fired.[3][4] It ended.').map((s) => s.text)).toEqual([
      'The drone was shot down, with no casualties.[3]',
      'Later, rockets were fired.[3][4]',
      'It ended.',
    ])
  })

  it('ends a sentence at an endnote mark in roman numerals, which the segmenter does not cut', () => {
    expect(splitSentences('The command said so on January 28.[i] It then gave a toll.[ii][iii] See note [iv] below.').map((s) => s.text)).toEqual([
      'The command said so on January 28.[i]',
      'It then gave a toll.[ii][iii]',
      'See note [iv] below.',
    ])
  })

  describe('a line the segmenter is not asked to cut (ONE_SENTENCE)', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
    const pieces = (text: string): number => [...segmenter.segment(text)].length

    it('takes in no character after which the segmenter can end a sentence', () => {
      // After a sentence-ending character and a space, the segmenter cuts before a capital: "ab. Cd" is two sentences.
      for (let code = 0; code <= 0xffff; code++) {
        const text = `ab${String.fromCharCode(code)} Cd`
        if (ONE_SENTENCE.test(text)) expect(pieces(text), `U+${code.toString(16)}`).toBe(1)
      }
      expect(ONE_SENTENCE.test('Rockets hit the base. Nobody was hurt.')).toBe(false)
    })

    it('is one piece for the segmenter whenever it says so, on lines made of the characters that matter', () => {
      const alphabet = ['a', 'B', ' ', ' ', '.', '!', '?', '"', '’', '”', ')', ']', '[', '3', '\t', '*', 'é', '…', '؟', '\u2029', '\u0085', '。']
      let seed = 21
      const next = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648
        return seed % n
      }
      let taken = 0
      for (let i = 0; i < 20000; i++) {
        let text = Array.from({ length: 1 + next(12) }, () => alphabet[next(alphabet.length)]).join('')
        if (next(4) === 0) text += '\n'
        if (!ONE_SENTENCE.test(text)) continue
        taken++
        expect(pieces(text), JSON.stringify(text)).toBe(1)
      }
      expect(taken).toBeGreaterThan(1000)
    })
  })
})
