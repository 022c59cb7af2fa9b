import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Every line with text of every article under test/fixtures and seeds: for tests that compare two ways of reading real sentences. */
export function corpusLines(): string[] {
  return ['test/fixtures', 'seeds']
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join(dir, f)),
    )
    .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
}
