// A worker thread: processes its share of the article files that missed the cache
// (ingest, clean, extract) and posts the results back. Started by process-articles.ts.
import { parentPort, workerData } from 'node:worker_threads'
import { loadKnowledge } from '../knowledge/load-knowledge.js'
import { processArticle } from './process-article.js'
import type { WorkerInput } from './process-articles.js'

const input = workerData as WorkerInput
const knowledge = loadKnowledge(input.dataDir)
const results = []
for (const file of input.files) results.push(await processArticle(file, knowledge, input.today ? { today: input.today } : {}))
parentPort?.postMessage(results)
