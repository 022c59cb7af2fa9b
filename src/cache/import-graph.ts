import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** A relative module specifier after `from` (imports and re-exports), in `import(…)`, or in a bare `import '…'`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]*)\1/gm

/**
 * The files `file` imports by relative path, as absolute paths: `./x.js` is the `./x.ts` it is
 * compiled from, when there is one. Only TypeScript and JavaScript files are read for imports.
 * An import of a file that does not exist is a mistake in our code, and throws.
 */
export function importsOf(file: string): string[] {
  if (!/\.[cm]?[jt]s$/.test(file)) return []
  return [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)].map((match) => {
    const named = path.resolve(path.dirname(file), match[2] ?? '')
    const found = [named.replace(/\.js$/, '.ts'), named].find((candidate) => existsSync(candidate))
    if (found === undefined)
      throw new Error(
        `${file} imports "${match[2]}", but no file ${named.endsWith('.js') ? `${named.replace(/\.js$/, '.ts')} or ` : ''}${named} exists. Fix the import's path, or restore the file it names.`,
      )
    return found
  })
}

/** Every file reachable by relative imports from `entries`, the entries included, as sorted absolute paths. */
export function importGraph(entries: string[]): string[] {
  const seen = new Set(entries.map((entry) => path.resolve(entry)))
  for (const file of seen) for (const imported of importsOf(file)) seen.add(imported)
  return [...seen].sort()
}
