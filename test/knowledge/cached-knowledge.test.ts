import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cachedKnowledge, knowledgeLoaderVersion } from '../../src/knowledge/cached-knowledge.js'
import type { Knowledge } from '../../src/knowledge/knowledge.js'
import { DEFAULT_DATA_DIR, KnowledgeError, loadKnowledge } from '../../src/knowledge/load-knowledge.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A copy of the shipped knowledge files and an empty cache folder beside it. */
function workspace(): { data: string; cache: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-knowledge-cache-'))
  dirs.push(dir)
  const data = path.join(dir, 'data')
  cpSync(DEFAULT_DATA_DIR, data, { recursive: true })
  return { data, cache: path.join(dir, 'cache') }
}

/** Everything a knowledge holds but its matchers, as JSON: key order included, since pages print entries. */
const dataOf = (k: Knowledge): string => JSON.stringify([k.places, k.groups, k.weapons, k.claimants, k.campaign, k.hash, k.dir])

const SENTENCE =
  'Kataib Hezbollah and the IRI claimed two one-way attack drones and Katyusha rockets fired at Ain al-Asad and Al-Tanf garrison, U.S. Central Command said.'

describe('the knowledge cache', () => {
  it('gives the knowledge the files give, read and checked or kept', () => {
    const { data, cache } = workspace()
    const fresh = loadKnowledge(data)
    const first = cachedKnowledge(data, cache)
    expect(readdirSync(cache)).toHaveLength(1)
    const kept = cachedKnowledge(data, cache)
    for (const k of [first, kept]) {
      expect(dataOf(k)).toBe(dataOf(fresh))
      for (const find of ['findPlaces', 'findGroups', 'findWeapons', 'findClaimants'] as const) expect(k[find](SENTENCE)).toEqual(fresh[find](SENTENCE))
    }
    expect(fresh.findPlaces(SENTENCE).length).toBeGreaterThan(0)
  })

  it('reads what it kept while the files and the loader are unchanged, and reads the files again when either changes', () => {
    const { data, cache } = workspace()
    cachedKnowledge(data, cache, 'v1')
    const [file] = readdirSync(cache)
    const keptFile = path.join(cache, file ?? '')
    const kept = JSON.parse(readFileSync(keptFile, 'utf8')) as { weapons: { label: string }[] }
    writeFileSync(keptFile, JSON.stringify({ ...kept, weapons: kept.weapons.map((w) => ({ ...w, label: `kept ${w.label}` })) }))
    // The kept copy is what a build with the same files and loader uses.
    expect(cachedKnowledge(data, cache, 'v1').weapons.every((w) => w.label.startsWith('kept '))).toBe(true)
    // Another loader reads the files again, and its copy replaces the old one.
    expect(cachedKnowledge(data, cache, 'v2').weapons.some((w) => w.label.startsWith('kept '))).toBe(false)
    expect(readdirSync(cache)).toHaveLength(1)
    expect(readdirSync(cache)).not.toContain(file)
    // So does an edited file: a weapon's label, changed in weapons.yaml.
    const weapons = path.join(data, 'weapons.yaml')
    const label = /label: "?([^"\n]+)"?/.exec(readFileSync(weapons, 'utf8'))?.[1] ?? ''
    expect(label).not.toBe('')
    writeFileSync(
      weapons,
      readFileSync(weapons, 'utf8').replace(`label: ${label}`, 'label: Edited label').replace(`label: "${label}"`, 'label: "Edited label"'),
    )
    const edited = cachedKnowledge(data, cache, 'v2')
    expect(edited.weapons.map((w) => w.label)).toContain('Edited label')
    expect(edited.hash).toBe(loadKnowledge(data).hash)
  })

  it('refuses a malformed file as loadKnowledge does, whatever it kept', () => {
    const { data, cache } = workspace()
    cachedKnowledge(data, cache)
    const groups = readFileSync(path.join(data, 'groups.yaml'), 'utf8')
    writeFileSync(path.join(data, 'groups.yaml'), `${groups}\n- id: Not Kebab\n  name: x\n`)
    expect(() => cachedKnowledge(data, cache)).toThrow(KnowledgeError)
    writeFileSync(path.join(data, 'groups.yaml'), groups)
    rmSync(path.join(data, 'campaign.yaml'))
    expect(() => cachedKnowledge(data, cache)).toThrow(/campaign\.yaml: the file is missing/)
  })

  it('reads the files again over a kept copy cut short or of another shape, and over a cache folder that is a file', () => {
    const { data, cache } = workspace()
    const fresh = dataOf(loadKnowledge(data))
    cachedKnowledge(data, cache)
    const keptFile = path.join(cache, readdirSync(cache)[0] ?? '')
    const whole = readFileSync(keptFile, 'utf8')
    for (const broken of [whole.slice(0, whole.length / 2), JSON.stringify({ ...JSON.parse(whole), places: [{ id: 'x' }] }), '{}']) {
      writeFileSync(keptFile, broken)
      expect(dataOf(cachedKnowledge(data, cache))).toBe(fresh)
      expect(readFileSync(keptFile, 'utf8')).toBe(whole)
    }
    const asFile = path.join(path.dirname(cache), 'a-file')
    writeFileSync(asFile, 'not a folder')
    expect(dataOf(cachedKnowledge(data, asFile))).toBe(fresh)
    expect(dataOf(cachedKnowledge(data, null))).toBe(fresh)
  })

  it('has a loader version that changes with the loader and the modules it imports, and only with them', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'salvo-knowledge-version-'))
    dirs.push(root)
    mkdirSync(path.join(root, 'src', 'knowledge'), { recursive: true })
    const loader = path.join(root, 'src', 'knowledge', 'load-knowledge.ts')
    const helper = path.join(root, 'src', 'knowledge', 'helper.ts')
    writeFileSync(loader, "import { x } from './helper.js'\nexport const load = x\n")
    writeFileSync(helper, 'export const x = 1\n')
    writeFileSync(path.join(root, 'src', 'knowledge', 'other.ts'), 'export const y = 1\n')
    const versions = [knowledgeLoaderVersion(root)]
    writeFileSync(path.join(root, 'src', 'knowledge', 'other.ts'), 'export const y = 2\n')
    expect(knowledgeLoaderVersion(root)).toBe(versions[0])
    writeFileSync(helper, 'export const x = 2\n')
    versions.push(knowledgeLoaderVersion(root))
    writeFileSync(loader, "import { x } from './helper.js'\nexport const load = x + 1\n")
    versions.push(knowledgeLoaderVersion(root))
    expect(new Set(versions).size).toBe(3)
  })
})
