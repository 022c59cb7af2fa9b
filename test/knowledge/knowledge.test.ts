import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/knowledge/fold-text.js'
import { DEFAULT_DATA_DIR, KnowledgeError, loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { createTermMatcher } from '../../src/knowledge/term-matcher.js'

describe('foldText', () => {
  it.each([
    ['Ain Al-Assad', 'ain al assad'],
    ['Kata’ib Hezbollah', 'kataib hezbollah'],
    ['U.S. Central Command', 'us central command'],
    ['Iraq’s Anbar', 'iraq anbar'],
    ['Deir ez‑Zor', 'deir ez zor'],
    ['Dayr az Zawr', 'dayr az zawr'],
    ['Ḥasakah', 'hasakah'],
  ])('%s → %s', (input, folded) => expect(foldText(input).text).toBe(folded))

  it('maps every folded character back to the original', () => {
    const text = 'at Iraq’s Ain al‑Asad base'
    const folded = foldText(text)
    const i = folded.text.indexOf('ain')
    expect(text.slice(folded.map[i], (folded.map[i + 'ain al asad'.length - 1] ?? 0) + 1)).toBe('Ain al‑Asad')
  })
})

describe('createTermMatcher', () => {
  const match = createTermMatcher([
    { terms: ['Erbil air base', 'Erbil airport'], value: 'base' },
    { terms: ['Erbil'], value: 'city' },
    { terms: ['Islamic Resistance in Iraq'], acronyms: ['IRI'], value: 'iri' },
  ])
  it('prefers the longest term and never overlaps', () => {
    expect(match('Drones hit Erbil air base, near Erbil.').map((m) => m.value)).toEqual(['base', 'city'])
  })
  it('matches acronyms only in capitals and as whole words', () => {
    expect(match('The IRI said; iri and IRIS do not count.').map((m) => m.value)).toEqual(['iri'])
  })
  it('needs whole words', () => expect(match('Erbilian')).toEqual([]))
})

describe('loadKnowledge', () => {
  const knowledge = loadKnowledge()

  it('loads the shipped files with every base the issue names', () => {
    const ids = new Set(knowledge.places.map((p) => p.id))
    for (const id of ['ain-al-asad', 'erbil-air-base', 'harir-air-base', 'victory-base', 'al-tanf', 'tower-22', 'mss-conoco', 'green-village', 'shaddadi', 'rumalyn-landing-zone', 'tal-baydar', 'qasrak', 'kharab-al-jir']) expect(ids).toContain(id)
    for (const place of knowledge.places) {
      expect(place.lat).toBeGreaterThan(28)
      expect(place.lat).toBeLessThan(38)
      expect(place.lon).toBeGreaterThan(34)
      expect(place.lon).toBeLessThan(49)
    }
  })

  it('resolves the spellings outlets use', () => {
    const ids = (text: string) => knowledge.findPlaces(text).map((m) => m.value.id)
    expect(ids('Ain Al Assad Air Base')).toEqual(['ain-al-asad'])
    expect(ids('the Omar Oil Field')).toEqual(['green-village'])
    expect(ids('Al-Shadadi')).toEqual(['shaddadi'])
    expect(ids('the Tanf garrison')).toEqual(['al-tanf'])
  })

  it('maps weapon words to the vocabulary', () => {
    const ids = (text: string) => knowledge.findWeapons(text).map((m) => m.value.id)
    expect(ids('Katyusha rockets')).toEqual(['rocket'])
    expect(ids('a one-way attack drone')).toEqual(['drone'])
    expect(ids('a close-range ballistic missile')).toEqual(['missile'])
  })

  it('knows umbrella relations', () => {
    const kh = knowledge.groups.find((g) => g.id === 'kataib-hezbollah')
    expect(kh?.partOf).toContain('islamic-resistance-in-iraq')
    expect(knowledge.findGroups('Hezbollah Brigades and KH').map((m) => m.value.id)).toEqual(['kataib-hezbollah', 'kataib-hezbollah'])
  })

  /** Copies the shipped data, breaks one file, and returns the load error. */
  function errorFor(file: string, edit: (text: string) => string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-data-'))
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true })
    writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')))
    try {
      loadKnowledge(dir)
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeError)
      return (error as Error).message
    }
    throw new Error('malformed data loaded without an error')
  }

  it.each([
    ['a latitude that is text', 'gazetteer.yaml', (t: string) => t.replace(/lat: 33\.786[^\n]*/, 'lat: "north"'), /gazetteer\.yaml:\d+: field `lat` must be a number/],
    ['a missing name', 'gazetteer.yaml', (t: string) => t.replace('name: Ain al-Asad Air Base', 'nme: Ain al-Asad Air Base'), /gazetteer\.yaml:\d+: field `name`/],
    ['a precision outside the vocabulary', 'gazetteer.yaml', (t: string) => t.replace('\n  precision: site', '\n  precision: base'), /field `precision` must be one of site, area, country/],
    ['invalid YAML', 'gazetteer.yaml', (t: string) => t.replace('- id: ain-al-asad', '- id: [ain-al-asad'), /gazetteer\.yaml:\d+: the file is not valid YAML/],
    ['a duplicate id', 'weapons.yaml', (t: string) => t.replace('- id: mortar', '- id: rocket'), /id "rocket" is already used at line \d+/],
    ['an unknown umbrella', 'groups.yaml', (t: string) => t.replace('partOf: [islamic-resistance-in-iraq, popular-mobilization-forces]', 'partOf: [no-such-group]'), /`partOf` names "no-such-group"/],
  ])('refuses %s, naming file, line and field', (_name, file, edit, message) => {
    expect(errorFor(file, edit)).toMatch(message)
  })

  it('names the line of the broken entry', () => {
    const text = readFileSync(path.join(DEFAULT_DATA_DIR, 'gazetteer.yaml'), 'utf8')
    const line = text.split('\n').findIndex((l) => l.startsWith('- id: ain-al-asad')) + 1
    expect(errorFor('gazetteer.yaml', (t) => t.replace(/lat: 33\.786[^\n]*/, 'lat: "north"'))).toContain(`gazetteer.yaml:${line}:`)
  })
})
