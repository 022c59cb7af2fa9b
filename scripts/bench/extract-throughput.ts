// Measures ingest + clean + extract over a folder, without the cache, as the build runs them.
import { listArticleFiles } from '../../src/ingest/read-articles.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { processArticles } from '../../src/parallel/process-articles.js'

const knowledge = loadKnowledge()
const files = await listArticleFiles(process.argv[2] ?? 'seeds', [])
const start = performance.now()
await processArticles(files, { knowledge, cache: null, today: null })
const seconds = (performance.now() - start) / 1000
process.stdout.write(JSON.stringify({ articles: files.length, seconds, perSecond: files.length / seconds }) + '\n')
