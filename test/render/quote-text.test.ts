import { describe, expect, it } from 'vitest'
import { quoteText } from '../../src/render/quote-text.js'

describe('quoteText: a quote as a reader sees it', () => {
  it("sets a record block's fields and a tab-separated row's cells one after another", () => {
    expect(quoteText('**Harir air base**\n\n- Date: 5 Nov 2023\n- Weapon: drone\n- Status: Reported')).toBe(
      'Harir air base · Date: 5 Nov 2023 · Weapon: drone · Status: Reported',
    )
    expect(quoteText('16 Dec\tal-Malikiyah base\tdrones\tnot known')).toBe('16 Dec · al-Malikiyah base · drones · not known')
  })

  it('keeps a hard-wrapped sentence and a hyphen as they are', () => {
    expect(quoteText('Rockets hit the base\non Monday - a U.S. official said')).toBe('Rockets hit the base\non Monday - a U.S. official said')
  })
})
