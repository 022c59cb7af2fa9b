import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { BUNDLED } from '../project-root.js'

/**
 * What a worker thread starts from. Run by tsx, a small ES module that registers tsx's loader, then
 * imports `module`. Run from a bundle (scripts/run.mjs), `module` (`./x.ts` beside the caller) names
 * the worker's own bundle, `x.mjs`, written beside the command's: no loader, nothing compiled.
 */
function workerEntry(module: URL): URL {
  if (BUNDLED) return new URL(module.href.replace(/\.ts$/, '.mjs'))
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href
  return new URL(
    `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(module.href)});`)}`,
  )
}

/** A worker thread started ahead of its work: `run` sends an input (after the replies to those sent before), `stop` ends the thread. */
export interface StartedWorker<Input, Output> {
  run(input: Input): Promise<Output>
  stop(): Promise<void>
}

/**
 * Starts the TypeScript module `module` in a worker thread, with `workerData` as its data:
 * its bundle when this code runs from one, else the module itself through tsx (see workerEntry). Started
 * early, the thread loads its code while this one works; `run` posts the input and resolves
 * with the next message the worker posts back. The worker answers each input with one message:
 * calls to `run` are queued, each posted once the one before it has its answer.
 */
export function startWorker<Input, Output>(module: URL, workerData: unknown = null): StartedWorker<Input, Output> {
  const worker = new Worker(workerEntry(module), { workerData })
  let failure: Error | null = null
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', (error) => reject((failure = error)))
    worker.once('exit', (code) => {
      if (code !== 0) reject((failure ??= new Error(`A worker thread (${path.basename(module.pathname)}) stopped with exit code ${code}.`)))
    })
  })
  failed.catch(() => undefined) // reported by `run`
  let queue: Promise<unknown> = Promise.resolve()
  return {
    run(input) {
      const answer = queue.then(() => {
        if (failure !== null) throw failure
        const answered = new Promise<Output>((resolve) => worker.once('message', (output: Output) => resolve(output)))
        worker.postMessage(input)
        return Promise.race([answered, failed])
      })
      queue = answer.catch(() => undefined)
      return answer
    },
    async stop() {
      await worker.terminate()
    },
  }
}

/** Runs the TypeScript module `module` in a worker thread with `input` as its `workerData`, and resolves with the first message it posts. */
export async function runWorker<Output>(module: URL, input: unknown): Promise<Output> {
  const worker = startWorker<null, Output>(module, input)
  try {
    return await worker.run(null)
  } finally {
    await worker.stop()
  }
}
