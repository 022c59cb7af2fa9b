import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Set by scripts/run.mjs when it bundles a command with esbuild (its `define`): the project's folder.
 * Run by tsx (tests, `npx tsx scripts/…`) the name is never defined, and `typeof` says so without throwing.
 */
declare const SALVO_BUNDLE_ROOT: string | undefined

/** `true` when this code runs from a bundle made by scripts/run.mjs, whose workers are bundles too (parallel/run-worker.ts). */
export const BUNDLED: boolean = typeof SALVO_BUNDLE_ROOT === 'string'

/**
 * The project's folder: modules find the data, templates and code they read through it, not through
 * their own address, which in a bundle is the bundle's (`node_modules/.cache/salvo/…`).
 */
export const PROJECT_ROOT: string = typeof SALVO_BUNDLE_ROOT === 'string' ? SALVO_BUNDLE_ROOT : path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
