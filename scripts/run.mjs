// Runs a Salvo command, `node scripts/run.mjs <command> [options]` (package.json: `npm run build`, `npm start`, …),
// from a bundle of its TypeScript that esbuild makes once and keeps until a source file changes.
//
// Why not tsx, as the tests do: on Node 20, tsx compiles through loader hooks that run on a thread of their own,
// and every import of every module, ours and our dependencies', waits on a round trip to it, which delayed every
// build's start. A bundle is plain JavaScript: Node loads it with no hooks. It is
// made by esbuild, which tsx itself runs on, so it compiles the same TypeScript the same way.
//
// Plain JavaScript on purpose: this file is what makes the TypeScript runnable.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
/** The commands, in scripts/. */
const COMMANDS = ['build', 'start', 'add', 'check', 'extract', 'eval']
/** Files esbuild reads besides the sources it bundles: their changes make a new bundle too. */
const SETTINGS = ['tsconfig.json', 'package.json', 'scripts/run.mjs']
// Inside node_modules, so the bundles find our dependencies (left out of them) as the sources do.
const BIN = path.join(ROOT, 'node_modules', '.cache', 'salvo', 'bin')
/** The last bundle of this project folder's sources: `{ key, inputs }`. One per folder, should two share node_modules. */
const LATEST = path.join(BIN, `latest-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.json`)
/** Bundles not used for this long are removed when a new one is made: a week, so never one a running `npm start` still uses. */
const KEEP_MS = 7 * 24 * 3600 * 1000

/** Says what went wrong, as a sentence with the fix, and stops with `code`. */
function fail(message, code = 1) {
  process.stderr.write(`Salvo: ${message}\n`)
  process.exit(code)
}

const command = process.argv[2]
if (command === undefined || !COMMANDS.includes(command)) {
  fail(
    `run.mjs runs one of the commands ${COMMANDS.join(', ')} (e.g. \`node scripts/run.mjs build --strict\`, or \`npm run build -- --strict\`); it was given ${command === undefined ? 'none' : `"${command}"`}.`,
    2,
  )
}

/** The worker threads the commands start (src/parallel/run-worker.ts finds each bundled beside the command's, as `<name>.mjs`). */
function workerModules() {
  return readdirSync(path.join(ROOT, 'src'), { recursive: true })
    .map((file) => String(file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('-worker.ts'))
    .sort()
    .map((file) => `src/${file}`)
}

/** A key for the sources as they are now: the project's folder, and every input's path, size and modification time. `null` when one is gone. */
function keyOf(inputs) {
  const hash = createHash('sha256').update(ROOT).update('\0')
  for (const file of [...SETTINGS, ...inputs]) {
    try {
      const info = statSync(path.join(ROOT, file))
      hash.update(`${file}\0${info.size}\0${info.mtimeMs}\n`)
    } catch {
      return null
    }
  }
  return hash.digest('hex').slice(0, 16)
}

/** The folder of a bundle of the sources as they are now, or `null` when there is none. */
function current() {
  try {
    const latest = JSON.parse(readFileSync(LATEST, 'utf8'))
    const folder = path.join(BIN, String(latest.key))
    return keyOf(latest.inputs) === latest.key && existsSync(path.join(folder, `${command}.mjs`)) ? folder : null
  } catch {
    return null
  }
}

/** Removes bundles nobody used for a week; another command may be removing them too, which is fine. */
function removeOldBundles(keep) {
  for (const entry of readdirSync(BIN, { withFileTypes: true })) {
    const old = path.join(BIN, entry.name)
    try {
      if (entry.isDirectory() && old !== keep && Date.now() - statSync(old).mtimeMs > KEEP_MS) rmSync(old, { recursive: true, force: true })
    } catch {
      // Gone already.
    }
  }
}

/**
 * Bundles every command and worker into a new folder, moved into place whole, so a command running meanwhile
 * never sees half a bundle. A source saved while esbuild read it may not be in the bundle: then the bundle runs
 * this once, and is not recorded, so the next command makes a new one.
 */
async function bundle() {
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch (error) {
    fail(
      `esbuild, which compiles the commands, could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : error}). Run \`npm ci\` in ${ROOT}, then try again.`,
    )
  }
  try {
    mkdirSync(BIN, { recursive: true })
  } catch (error) {
    fail(
      `the compiled commands cannot be written to ${path.relative(ROOT, BIN)}/ (${error.code ?? error.message}). Make node_modules writable, or run the TypeScript directly: \`npx tsx scripts/${command}.ts …\`.`,
    )
  }
  const started = Date.now()
  const staging = path.join(BIN, `.staging-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  let result
  try {
    result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [...COMMANDS.map((name) => `scripts/${name}.ts`), ...workerModules()],
      entryNames: '[name]',
      outExtension: { '.js': '.mjs' },
      outdir: staging,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Our dependencies load from node_modules as they would under tsx, found from the bundle's folder inside it.
      packages: 'external',
      // The project's folder, for modules that read files of the project (src/project-root.ts).
      define: { SALVO_BUNDLE_ROOT: JSON.stringify(ROOT) },
      // Stack traces name the TypeScript files and lines (process.setSourceMapsEnabled below).
      sourcemap: 'inline',
      metafile: true,
      logLevel: 'silent',
    })
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    const errors = Array.isArray(error?.errors) ? error.errors : []
    if (errors.length === 0)
      fail(`esbuild could not compile the commands: ${error instanceof Error ? error.message : error}. If it says its binary is missing, run \`npm ci\`.`)
    const lines = errors.map((e) => `  ${e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : ''}${e.text}`)
    fail(
      `the TypeScript could not be compiled, so nothing ran. Fix the error${lines.length === 1 ? '' : 's'} below, then run the command again.\n${lines.join('\n')}`,
    )
  }
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.startsWith('node_modules/'))
    .sort()
  const key = keyOf(inputs)
  const edited = [...SETTINGS, ...inputs].some((file) => {
    try {
      return statSync(path.join(ROOT, file)).mtimeMs >= started - 1000
    } catch {
      return true
    }
  })
  const folder = path.join(BIN, key !== null && !edited ? key : `.unrecorded-${process.pid}`)
  try {
    renameSync(staging, folder)
  } catch (error) {
    // Another command made the same bundle first: use its.
    rmSync(staging, { recursive: true, force: true })
    if (!existsSync(path.join(folder, `${command}.mjs`))) throw error
  }
  if (key !== null && !edited) {
    const latest = `${LATEST}.${process.pid}`
    writeFileSync(latest, JSON.stringify({ key, inputs }) + '\n')
    renameSync(latest, LATEST)
  } else {
    // Ran this once from a bundle the next command will not find: removed when this one ends.
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }))
  }
  removeOldBundles(folder)
  return folder
}

const folder = current() ?? (await bundle())
// A bundle in use is kept a week more (removeOldBundles).
try {
  const now = new Date()
  utimesSync(folder, now, now)
} catch {
  // Only tidying depends on it.
}
process.setSourceMapsEnabled(true)
// Eleventy registers an ESM loader hook (on a thread of its own, on Node 20) so that a long-running `npm start` imports
// a changed eleventy.config.js or template afresh. One build never imports anything twice, and without
// the hook every import after Eleventy's skips a round trip to that thread.
if (command !== 'start') process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1'
// The command reads its options from process.argv (node:util parseArgs) as if it had been run itself.
const script = path.join(folder, `${command}.mjs`)
process.argv.splice(1, 2, script)
await import(pathToFileURL(script).href)
