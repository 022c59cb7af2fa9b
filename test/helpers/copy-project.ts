import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * What a clone of the project holds that a command reads: its code, templates, static files, articles and
 * settings, `.gitignore` included (Eleventy reads it). Not the tests, the docs, or anything a command makes.
 */
const PROJECT_FILES = [
  '.gitignore',
  'eleventy.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'public',
  'scripts',
  'seeds',
  'src',
  'templates',
]

/**
 * Copies the project into a new temporary folder, as a fresh clone would lay it out, with `node_modules` a link
 * to this one's: a command run there with its default paths (`seeds/`, `_site/`, `build/`, `.cache/`) writes
 * only there, and a test may edit the articles, the knowledge or the templates without touching the project's.
 * Returns the folder.
 */
export function copyProject(prefix = 'salvo-project-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  for (const name of PROJECT_FILES) if (existsSync(name)) cpSync(name, path.join(dir, name), { recursive: true })
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir')
  return dir
}
