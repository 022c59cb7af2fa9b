import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/** tsx's loader API: Node 20 cannot start a worker from a .ts file, nor apply `--import` hooks in one. */
const TSX_API = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href

/**
 * Runs the TypeScript module `module` in a worker thread with `input` as its `workerData`,
 * and resolves with the first message it posts. The worker is an ES module that registers
 * tsx's loader, then imports `module`.
 */
export function runWorker<Output>(module: URL, input: unknown): Promise<Output> {
  const bootstrap = new URL(`data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(module.href)});`)}`)
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { workerData: input })
    worker.once('message', (output: Output) => resolve(output))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`A worker thread (${path.basename(module.pathname)}) stopped with exit code ${code}.`))
    })
  })
}
