import { execFile } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { fifoWithLateWriter, RUNNING_AS_ROOT, runWithoutPermissionOverride, sharedTempDir } from '../helpers/data-file-cases.js'
import { foldText } from '../../src/knowledge/fold-text.js'
import { outsideCampaign } from '../../src/knowledge/campaign.js'
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
    for (const id of [
      'ain-al-asad',
      'erbil-air-base',
      'harir-air-base',
      'victory-base',
      'al-tanf',
      'tower-22',
      'mss-conoco',
      'green-village',
      'shaddadi',
      'rumalyn-landing-zone',
      'tal-baydar',
      'qasrak',
      'kharab-al-jir',
    ])
      expect(ids).toContain(id)
    for (const place of knowledge.places.filter((p) => knowledge.campaign.region.includes(p.country))) {
      expect(place.lat).toBeGreaterThan(28)
      expect(place.lat).toBeLessThan(38)
      expect(place.lon).toBeGreaterThan(34)
      expect(place.lon).toBeLessThan(49)
    }
  })

  it('knows the places outside the region that stories name as where other attacks happened, and sets them aside', () => {
    const outside = knowledge.places.filter((p) => !knowledge.campaign.region.includes(p.country))
    expect(outside.map((p) => p.id).sort()).toEqual(['gaza-strip', 'israel', 'lebanon', 'west-bank', 'yemen'])
    for (const place of outside) {
      expect(place.lat).toBeGreaterThan(12)
      expect(place.lat).toBeLessThan(38)
      expect(place.lon).toBeGreaterThan(34)
      expect(place.lon).toBeLessThan(55)
    }
    const gaza = knowledge.findPlaces('Israeli bombardment of Gaza')[0]?.value
    expect(gaza?.id).toBe('gaza-strip')
    expect(outsideCampaign(knowledge.campaign, { date: { start: '2023-10-29', end: '2023-10-29' }, location: gaza ?? null })).toBe(
      "it took place in Palestinian territories, outside the campaign's region (Iraq, Syria, Jordan)",
    )
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

  it('knows which militias are no party to the campaign', () => {
    const outside = knowledge.groups.filter((g) => g.kind === 'militia' && !g.campaign).map((g) => g.id)
    expect(outside).toEqual(expect.arrayContaining(['islamic-state', 'syrian-democratic-forces', 'hamas']))
    expect(outside).not.toContain('islamic-resistance-in-iraq')
    expect(knowledge.groups.find((g) => g.id === 'kataib-hezbollah')?.campaign).toBe(true)
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
    [
      'a latitude that is text',
      'gazetteer.yaml',
      (t: string) => t.replace(/lat: 33\.786[^\n]*/, 'lat: "north"'),
      /gazetteer\.yaml:\d+: field `lat` must be a number/,
    ],
    [
      'a missing name',
      'gazetteer.yaml',
      (t: string) => t.replace('name: Ain al-Asad Air Base', 'nme: Ain al-Asad Air Base'),
      /gazetteer\.yaml:\d+: field `name`/,
    ],
    [
      'a precision outside the vocabulary',
      'gazetteer.yaml',
      (t: string) => t.replace('\n  precision: site', '\n  precision: base'),
      /field `precision` must be one of site, area, country/,
    ],
    ['invalid YAML', 'gazetteer.yaml', (t: string) => t.replace('- id: ain-al-asad', '- id: [ain-al-asad'), /gazetteer\.yaml:\d+: the file is not valid YAML/],
    ['a duplicate id', 'weapons.yaml', (t: string) => t.replace('- id: mortar', '- id: rocket'), /id "rocket" is already used at line \d+/],
    [
      'an unknown umbrella',
      'groups.yaml',
      (t: string) => t.replace('partOf: [islamic-resistance-in-iraq, popular-mobilization-forces]', 'partOf: [no-such-group]'),
      /`partOf` names "no-such-group"/,
    ],
    [
      'a campaign flag that is not true or false',
      'groups.yaml',
      (t: string) => t.replace(/(- id: islamic-state\n(?:.*\n)*?)  campaign: false/, '$1  campaign: no-never'),
      /groups\.yaml:\d+: field `campaign` must be true or false/,
    ],
  ])('refuses %s, naming file, line and field', (_name, file, edit, message) => {
    expect(errorFor(file, edit)).toMatch(message)
  })

  it('reads the campaign scope, and names the line and field of a scope it cannot use', () => {
    expect(loadKnowledge().campaign).toMatchObject({ start: '2023-10-17', end: null, region: ['Iraq', 'Syria', 'Jordan'] })
    const lineOf = (field: string): number =>
      readFileSync(path.join(DEFAULT_DATA_DIR, 'campaign.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith(`${field}:`)) + 1
    expect(errorFor('campaign.yaml', (t) => t.replace(/^start: .*$/m, 'start: October 2023'))).toContain(
      `campaign.yaml:${lineOf('start')}: field \`start\` must be the first day of the campaign, as YYYY-MM-DD`,
    )
    expect(errorFor('campaign.yaml', (t) => t.replace(/^region: .*$/m, 'region: [Iraq, Narnia]'))).toMatch(
      new RegExp(`campaign\\.yaml:${lineOf('region')}: field \`region\` names "Narnia", which no place in gazetteer\\.yaml has as its country`),
    )
    expect(errorFor('campaign.yaml', (t) => `${t}\nend: 2023-01-01\n`)).toMatch(/field `end` is before `start` \(2023-10-17\)/)
  })

  it('names the line of the broken entry', () => {
    const text = readFileSync(path.join(DEFAULT_DATA_DIR, 'gazetteer.yaml'), 'utf8')
    const line = text.split('\n').findIndex((l) => l.startsWith('- id: ain-al-asad')) + 1
    expect(errorFor('gazetteer.yaml', (t) => t.replace(/lat: 33\.786[^\n]*/, 'lat: "north"'))).toContain(`gazetteer.yaml:${line}:`)
  })
})

const DATA_FILES = 'test/fixtures/bad-input/data-files'

/** A copy of the shipped data in a folder others can enter, with `file` put in place by `make`. */
function dataWith(file: string, make: (target: string) => void): string {
  const dir = sharedTempDir('salvo-data-')
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true })
  rmSync(path.join(dir, file))
  make(path.join(dir, file))
  return dir
}

/** The KnowledgeError `loadKnowledge(dir)` throws, and how long it took. */
function refusal(dir: string): { message: string; took: number } {
  const started = Date.now()
  try {
    loadKnowledge(dir)
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError)
    return { message: (error as Error).message, took: Date.now() - started }
  }
  throw new Error('the data loaded without an error')
}

describe('a knowledge file that cannot be read is a KnowledgeError naming the file and the fix', () => {
  const MB = 1024 * 1024
  it.each([
    [
      'missing',
      'groups.yaml',
      () => undefined,
      /groups\.yaml: the file is missing, and every article is read against it\. .*Restore it from version control \(git checkout -- .*groups\.yaml\)/,
    ],
    [
      'a folder in its place',
      'groups.yaml',
      (f: string) => mkdirSync(f),
      /groups\.yaml: the file is a folder, not a file\. .*Remove the folder and put the YAML file in its place\./,
    ],
    [
      'Latin-1 bytes',
      'gazetteer.yaml',
      (f: string) => cpSync(path.join(DATA_FILES, 'gazetteer-latin1.yaml'), f),
      /gazetteer\.yaml:3: the file is not valid UTF-8 text \(the first bad byte is on line 3\)\. Likely cause: it was saved as Latin-1 or Windows-1252\. Save it as UTF-8/,
    ],
    [
      'NUL bytes',
      'weapons.yaml',
      (f: string) => writeFileSync(f, Buffer.from([0x2d, 0x20, 0x00])),
      /weapons\.yaml: the file contains NUL bytes: it is binary, not text\./,
    ],
    [
      'over the size limit',
      'claimants.yaml',
      (f: string) => writeFileSync(f, '# padding\n'.repeat((2 * MB) / 10 + 1)),
      /claimants\.yaml: the file is 2\.0 MB, over the 2 MB limit for a data file/,
    ],
    ['empty', 'weapons.yaml', (f: string) => writeFileSync(f, ''), /weapons\.yaml:1: the file is empty\. Restore it/],
    [
      'a link to nothing',
      'groups.yaml',
      (f: string) => symlinkSync(path.join(path.dirname(f), 'gone.yaml'), f),
      /groups\.yaml: the file is a symbolic link to a file that does not exist\./,
    ],
    [
      'anchors and aliases',
      'groups.yaml',
      (f: string) => cpSync(path.join(DATA_FILES, 'groups-anchor-alias.yaml'), f),
      /groups\.yaml:5: the file uses the anchor `&none`\. Salvo does not expand YAML anchors \(&name\), aliases \(\*name\) or merge keys \(<<\).*Write the values out in full/,
    ],
    [
      'an alias bomb',
      'weapons.yaml',
      (f: string) => cpSync(path.join(DATA_FILES, 'weapons-alias-bomb.yaml'), f),
      /weapons\.yaml:5: the file uses the anchor `&a0`/,
    ],
    [
      'a merge key',
      'weapons.yaml',
      (f: string) => writeFileSync(f, '- id: rocket\n  <<: {label: rocket, terms: [rocket]}\n'),
      /weapons\.yaml:2: the file uses a merge key `<<`/,
    ],
  ])('%s', (_name, file, make, message) => {
    const { message: said, took } = refusal(dataWith(file, make))
    expect(said).toMatch(message)
    expect(said).toMatch(/\.$/)
    expect(took).toBeLessThan(2_000)
  })

  it('a named pipe (FIFO) is refused at once, without waiting for a writer', () => {
    let writer: { stop: () => void } | null = null
    try {
      const { message, took } = refusal(
        dataWith('weapons.yaml', (f) => {
          writer = fifoWithLateWriter(f)
        }),
      )
      expect(message).toMatch(
        /weapons\.yaml: the file is a named pipe \(FIFO\), not a regular file, so it was not read: reading a pipe waits for a writer and would hang the build\. Remove the pipe/,
      )
      expect(took).toBeLessThan(3_000)
    } finally {
      ;(writer as { stop: () => void } | null)?.stop()
    }
  })

  it(`an unreadable file (EACCES) is refused${RUNNING_AS_ROOT ? ', checked by root without its permission override, since root reads a chmod 000 file' : ''}`, (ctx) => {
    const dir = dataWith('groups.yaml', (f) => cpSync(path.join(DEFAULT_DATA_DIR, 'groups.yaml'), f))
    chmodSync(path.join(dir, 'groups.yaml'), 0o000)
    let message: string
    if (RUNNING_AS_ROOT) {
      const run = runWithoutPermissionOverride(
        [
          `import { KnowledgeError, loadKnowledge } from ${JSON.stringify(path.resolve('src/knowledge/load-knowledge.ts'))}`,
          `try { loadKnowledge(${JSON.stringify(dir)}); console.log('loaded') } catch (error) { console.log(error instanceof KnowledgeError ? error.message : 'not a KnowledgeError: ' + String(error)) }`,
        ].join('\n'),
      )
      if ('skipped' in run) return ctx.skip(`Skipped: ${run.skipped}.`)
      message = run.stdout
    } else {
      message = refusal(dir).message
    }
    expect(message).toMatch(
      /groups\.yaml: the file cannot be read: the user running the build has no permission to read it or to enter its folder \(EACCES\)\. Give that user read permission, for example `chmod a\+r .*groups\.yaml`\./,
    )
  })

  it('a FIFO in the data folder fails a real build at once: exit 1, the message, no stack trace, the previous site kept', async () => {
    let writer: { stop: () => void } | null = null
    try {
      const data = dataWith('gazetteer.yaml', (f) => {
        writer = fifoWithLateWriter(f, 30)
      })
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-prev-')), '_site')
      mkdirSync(out)
      writeFileSync(path.join(out, 'index.html'), 'previous build')
      writeFileSync(path.join(out, '.salvo-site'), '') // marks the folder as a site Salvo built, which a build may replace
      const run = await promisify(execFile)('npx', ['tsx', 'scripts/build.ts', '--seeds', 'seeds', '--out', out, '--no-cache'], {
        env: { ...process.env, SALVO_TODAY: '2025-01-01', SALVO_DATA_DIR: data },
        timeout: 25_000,
      }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number | null; stderr: string; killed?: boolean }) => ({ code: e.killed ? 'timed out' : e.code, stderr: e.stderr }),
      )
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/gazetteer\.yaml: the file is a named pipe \(FIFO\)/)
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build')
    } finally {
      ;(writer as { stop: () => void } | null)?.stop()
    }
  })
})

describe('a spelling two entries share is a KnowledgeError naming both', () => {
  it.each([
    [
      'two bases (folded: "AIN AL ASAD" is "Ain al-Asad")',
      'gazetteer.yaml',
      'gazetteer-duplicate-alias-two-bases.yaml',
      /gazetteer\.yaml:19: the spelling "AIN AL ASAD" in `aliases` of place "al-asad-annex" \(entry at line 11\) is already a spelling of place "ain-al-asad" \("Ain al-Asad" in `aliases`, line 9, entry at line 2\) once case, diacritics, apostrophes, full stops and hyphens are set aside.*would only ever find "ain-al-asad"\. .*Keep the spelling in the one entry it names and remove it from the other\./,
    ],
    [
      'a base and a town',
      'gazetteer.yaml',
      'gazetteer-duplicate-alias-base-and-town.yaml',
      /gazetteer\.yaml:18: the spelling "TANF" in `aliases` of place "tanf-town" \(entry at line 11\) is already a spelling of place "al-tanf" \("Tanf" in `aliases`, line 9, entry at line 2\)/,
    ],
    [
      'two groups, by alias',
      'groups.yaml',
      'groups-duplicate-alias.yaml',
      /groups\.yaml:12: the spelling "Kata'ib Hezbollah" in `aliases` of group "hezbollah-brigades-splinter" \(entry at line 8\) is already a spelling of group "kataib-hezbollah" \("Kataib Hezbollah" in `name`, line 3, entry at line 2\)/,
    ],
    [
      'two groups, by acronym',
      'groups.yaml',
      'groups-duplicate-acronym.yaml',
      /groups\.yaml:13: the spelling "KH" in `acronyms` of group "kataib-hamas" \(entry at line 8\) is already a spelling of group "kataib-hezbollah" \("KH" in `acronyms`, line 7, entry at line 2\), so/,
    ],
    [
      'two weapons',
      'weapons.yaml',
      'weapons-duplicate-term.yaml',
      /weapons\.yaml:7: the spelling "One Way Attack Drone" in `terms` of weapon "missile" \(entry at line 5\) is already a spelling of weapon "drone" \("one-way attack drone" in `terms`, line 4, entry at line 2\)/,
    ],
    [
      'two claimants',
      'claimants.yaml',
      'claimants-duplicate-term.yaml',
      /claimants\.yaml:7: the spelling "President Biden" in `terms` of claimant "Joe Biden" \(entry at line 5\) is already a spelling of claimant "the White House" \("President Biden" in `terms`, line 4, entry at line 2\)/,
    ],
  ])('%s', (_name, file, fixture, message) => {
    expect(refusal(dataWith(file, (f) => cpSync(path.join(DATA_FILES, fixture), f))).message).toMatch(message)
  })

  it('allows a spelling repeated within one entry (a name listed again among its aliases), as the shipped files do', () => {
    const kh = loadKnowledge().groups.find((g) => g.id === 'kataib-hezbollah')
    expect(kh?.aliases).toContain(kh?.name)
  })

  it('allows one spelling in two different files: a place and a group are different matchers', () => {
    const dir = dataWith('weapons.yaml', (f) => writeFileSync(f, '- id: rocket\n  label: rocket\n  terms: [rocket, Kataib Hezbollah]\n'))
    expect(() => loadKnowledge(dir)).not.toThrow()
  })
})
