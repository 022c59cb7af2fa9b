// A worker thread: claims article files that missed the cache, in turn with the other
// threads, processes them (ingest, clean, extract) and posts the results back with their
// indices. Started by process-articles.ts.
import { parentPort, workerData } from 'node:worker_threads'
import { loadKnowledge } from '../knowledge/load-knowledge.js'
import { processClaimed } from './process-article.js'
import type { WorkerInput } from './process-articles.js'

const input = workerData as WorkerInput
const knowledge = loadKnowledge(input.dataDir)
const options = { ...(input.today ? { today: input.today } : {}), ...(input.seedsDir !== undefined ? { seedsDir: input.seedsDir } : {}) }
parentPort?.postMessage(await processClaimed(input.files, input.next, knowledge, options))
