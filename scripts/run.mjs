// Runs a Salvo command, `node scripts/run.mjs <command> [options]` (package.json: `npm run build`, `npm start`, …),
// from a bundle of its TypeScript that esbuild makes once and keeps until a source file changes.
//
// Why not tsx, as the tests do: on Node 20, tsx compiles through loader hooks that run on a thread of their own,
// and every import of every module, ours and our dependencies', waits on a round trip to it. That was about
// 0.55 s of each build's start (BENCHMARKS.md). A bundle is plain JavaScript: Node loads it with no hooks. It is
// made by esbuild, which tsx itself runs on, so it compiles the same TypeScript the same way.
//
// Plain JavaScript on purpose: this file is what makes the TypeScript runnable.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
/** The commands, in scripts/, and the worker threads they start, each bundled to `<name>.mjs` side by side (src/parallel/run-worker.ts finds them there). */
const COMMANDS = ['build', 'start', 'add', 'check', 'extract']
const WORKERS = ['src/publish/search-index-worker.ts', 'src/parallel/article-worker.ts']
/** Files esbuild reads besides the sources it bundles: their changes make a new bundle too. */
const SETTINGS = ['tsconfig.json', 'package.json', 'scripts/run.mjs']
const BIN = path.join(ROOT, 'node_modules', '.cache', 'salvo', 'bin')
const LATEST = path.join(BIN, 'latest.json')
/** Bundles of older sources are removed this long after they were made: never under a command still running from one. */
const KEEP_MS = 7 * 24 * 3600 * 1000

const [command, ...rest] = process.argv.slice(2)
if (command === undefined || !COMMANDS.includes(command)) {
  process.stderr.write(`Salvo: run.mjs runs one of the commands ${COMMANDS.join(', ')} (e.g. \`node scripts/run.mjs build --strict\`, or \`npm run build -- --strict\`); it was given ${command === undefined ? 'none' : `"${command}"`}.\n`)
  process.exit(2)
}

/** A key for the sources as they are now: every input's path, size and modification time. `null` when one is gone. */
function keyOf(inputs) {
  const hash = createHash('sha256')
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

/** The folder of a bundle of the sources as they are now, or `null` when there is none yet. */
function current() {
  try {
    const latest = JSON.parse(readFileSync(LATEST, 'utf8'))
    const key = keyOf(latest.inputs)
    return key !== null && key === latest.key ? path.join(BIN, key) : null
  } catch {
    return null
  }
}

/** Bundles every command and worker into a new folder, moved into place whole, so a command running meanwhile never sees half a bundle. */
async function bundle() {
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    process.stderr.write('Salvo: esbuild is not installed, so the commands cannot be compiled. Run `npm install` in the project folder, then try again.\n')
    process.exit(1)
  }
  const staging = path.join(BIN, `.staging-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  let result
  try {
    result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [...COMMANDS.map((name) => `scripts/${name}.ts`), ...WORKERS],
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
      sourcemap: 'inline',
      metafile: true,
      logLevel: 'silent',
    })
  } catch (error) {
    const messages = (error.errors ?? []).map((e) => `  ${e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : ''}${e.text}`)
    process.stderr.write(`Salvo: the TypeScript could not be compiled, so nothing ran. Fix the error${messages.length === 1 ? '' : 's'} below, then run the command again.\n${messages.join('\n') || String(error)}\n`)
    rmSync(staging, { recursive: true, force: true })
    process.exit(1)
  }
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/')).sort()
  const key = keyOf(inputs)
  const folder = path.join(BIN, key ?? `unkeyed-${process.pid}`)
  try {
    renameSync(staging, folder)
  } catch {
    // Another command made the same bundle first: use its.
    rmSync(staging, { recursive: true, force: true })
  }
  if (key !== null) {
    const latest = `${LATEST}.${process.pid}`
    writeFileSync(latest, JSON.stringify({ key, inputs }) + '\n')
    renameSync(latest, LATEST)
  }
  for (const entry of readdirSync(BIN, { withFileTypes: true })) {
    const old = path.join(BIN, entry.name)
    if (entry.isDirectory() && old !== folder && Date.now() - statSync(old).mtimeMs > KEEP_MS) rmSync(old, { recursive: true, force: true })
  }
  return folder
}

mkdirSync(BIN, { recursive: true })
const folder = current() ?? (await bundle())
// The command reads its options from process.argv (node:util parseArgs) as if it had been run itself.
const script = path.join(folder, `${command}.mjs`)
process.argv.splice(1, 2, script)
await import(pathToFileURL(script).href)
