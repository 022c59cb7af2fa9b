import { describe, expect, it } from 'vitest'
import { parseBody } from '../../src/ingest/parse-body.js'

describe('parseBody', () => {
  it('treats each line of scraped text that ends a sentence as a paragraph', () => {
    const body = 'First paragraph ends here.\nSecond one starts here.\nNo comments:\nPost a Comment\n'
    const paragraphs = parseBody(body, 7)
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual(['First paragraph ends here.', 'Second one starts here.', 'No comments:', 'Post a Comment'])
    expect(paragraphs.map((p) => p.line)).toEqual([7, 8, 9, 10])
  })

  it('keeps a hard-wrapped Markdown paragraph together and joins its sentence across the line break', () => {
    const body = 'Rockets were fired at the base by the\nIslamic Resistance in Iraq on Sunday.\n\nNext.\n'
    const paragraphs = parseBody(body, 1)
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]?.sentences).toHaveLength(1)
    expect(paragraphs[0]?.sentences[0]?.text).toBe('Rockets were fired at the base by the\nIslamic Resistance in Iraq on Sunday.')
  })

  it('reads the text of headings, list items and block quotes with offsets that point into the body', () => {
    const body = '## Background\n\n- A drone hit the base.\n\n> “We will respond,” he said.\n'
    const paragraphs = parseBody(body, 1)
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual(['Background', 'A drone hit the base.', '“We will respond,” he said.'])
  })
})
