import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importGraph, importsOf } from '../../src/cache/import-graph.js'
import { extractionCode, extractorVersion } from '../../src/cache/extractor-version.js'

/** A folder holding `files` (path → text), for the graph to walk. */
function folderOf(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-graph-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

describe('the import graph', () => {
  it.each([
    ['a named import', `import { b } from './b.js'`, ['b.ts']],
    ['a type-only import', `import type { B } from './b.js'`, ['b.ts']],
    ['an import split over lines', `import {\n  b,\n  c,\n} from './b.js'`, ['b.ts']],
    ['a re-export', `export { b } from './b.js'`, ['b.ts']],
    ['a re-export of everything', `export * from './b.js'`, ['b.ts']],
    ['a dynamic import', `const b = await import('./b.js')`, ['b.ts']],
    ['an import for its effects', `import './b.js'`, ['b.ts']],
    ['double quotes', `import { b } from "./b.js"`, ['b.ts']],
    ['a parent folder', `import { d } from '../d.js'`, ['d.ts']],
    ['a JSON file, which is hashed but not read for imports', `import schema from './data.json' with { type: 'json' }`, ['data.json']],
    ['a JavaScript file that has no TypeScript source', `import { e } from './e.js'`, ['e.js']],
    ['a package, which is not ours to hash', `import { parse } from 'yaml'\nimport path from 'node:path'`, []],
    ['an import named in a string that is not an import', `const text = "see ./b.js"`, []],
  ])('finds %s', (_name, source, expected) => {
    const dir = folderOf({ 'sub/a.ts': source, 'sub/b.ts': '', 'd.ts': '', 'sub/data.json': `{"from": "./nowhere.js"}`, 'sub/e.js': '' })
    expect(importsOf(path.join(dir, 'sub/a.ts')).map((f) => path.relative(path.join(dir, 'sub'), f).split(path.sep).join('/'))).toEqual(
      expected.map((f) => (f === 'd.ts' ? '../d.ts' : f)),
    )
  })

  it('walks every file reachable from the entries, once each, through cycles, sorted', () => {
    const dir = folderOf({
      'a.ts': `import { b } from './b.js'\nimport { c } from './c/c.js'`,
      'b.ts': `import { a } from './a.js'`,
      'c/c.ts': `export * from '../d.js'`,
      'd.ts': '',
      'unused.ts': `import { a } from './a.js'`,
    })
    expect(importGraph([path.join(dir, 'a.ts')]).map((f) => path.relative(dir, f).split(path.sep).join('/'))).toEqual(['a.ts', 'b.ts', 'c/c.ts', 'd.ts'])
  })

  it('throws, naming the importer and the missing file, when an import names no file', () => {
    const dir = folderOf({ 'a.ts': `import { gone } from './gone.js'` })
    expect(() => importGraph([path.join(dir, 'a.ts')])).toThrow(/a\.ts imports "\.\/gone\.js", but no file .*gone\.ts or .*gone\.js exists/)
  })
})

describe('the extractor version', () => {
  const code = extractionCode().map((f) => path.relative(process.cwd(), f).split(path.sep).join('/'))

  it('hashes the modules extraction imports, those directly in src/ included', () => {
    expect(code).toEqual(
      expect.arrayContaining([
        'src/safe-slug.ts',
        'src/read-regular-file.ts',
        'src/read-yaml-file.ts',
        'src/model/diagnostic.ts',
        'src/ingest/parse-front-matter.ts',
        'src/clean/cleaning-rules.ts',
        'src/extract/find-dates.ts',
        'src/knowledge/load-knowledge.ts',
        'src/parallel/process-article.ts',
        'src/parallel/article-worker.ts',
        'src/cache/extraction-cache.ts',
        'src/cache/extractor-version.ts',
        'src/cache/import-graph.ts',
      ]),
    )
  })

  it('hashes nothing that extraction does not run: no merge, corrections, render or publish code', () => {
    expect(code.filter((f) => /^src\/(merge|editorial|render|publish|site)\/|^src\/(pipeline|timeline)\.ts$/.test(f))).toEqual([])
  })

  it('is computed in a few milliseconds, as every build starts with it', () => {
    extractorVersion('warm-up')
    const start = performance.now()
    for (let i = 0; i < 10; i++) extractorVersion('x')
    expect((performance.now() - start) / 10).toBeLessThan(50)
  })
})
