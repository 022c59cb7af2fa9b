import { describe, expect, it } from 'vitest'
import { SITELESS_ATTACKS, sitelessAttack } from '../../src/extract/siteless-attack.js'

describe('the ways of telling an attack on U.S. forces with no base named', () => {
  it.each(SITELESS_ATTACKS.map((row) => [row.example, row] as const))('reads its own example: %s', (example, row) => {
    expect(row.pattern.test(example)).toBe(true)
  })

  it('reads no attack in a sentence about U.S. forces that tells none', () => {
    expect(sitelessAttack('About 2,500 U.S. troops are stationed in Iraq and 900 in Syria.')).toBeUndefined()
    expect(sitelessAttack('The Pentagon said it would respond at a time of its choosing.')).toBeUndefined()
  })

  it('reads "US" only as a word: "a safe house", "thus", "a campus" name no U.S. side', () => {
    expect(sitelessAttack("The Pentagon said Sunday's strikes hit a training facility and a safe house near the border.")).toBeUndefined()
    expect(sitelessAttack('The rockets struck a university campus, and thus no one was hurt.')).toBeUndefined()
    expect(sitelessAttack('The rockets struck a US position near the border.')).toBeDefined()
  })
})
