import { link, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ImportedArticle } from '../editorial/import-article.js'
import { findDuplicates } from '../editorial/import-find-duplicates.js'
import { writeSeed } from '../editorial/import-write-seed.js'
import type { Article } from '../ingest/article.js'
import { readArticle } from '../ingest/read-articles.js'
import { formatDiagnostic, type Diagnostic, type DiagnosticCode } from '../model/diagnostic.js'

/** What became of one article. Paths as `shown` gives them. */
export type AddOutcome =
  | { status: 'added'; file: string; article: Article; diagnostics: Diagnostic[]; warnings: string[] }
  | { status: 'present'; message: string; warnings: string[] }
  | { status: 'refused'; problems: string[]; warnings: string[] }

export interface AddContext {
  seedsDir: string
  /** Replace an existing file of the same name, and import a page that is already in the seeds folder. */
  force: boolean
  /** The day of the run, `YYYY-MM-DD`, as the build will read the file. */
  today: string
  /** How a path is shown in messages. */
  shown: (file: string) => string
  /**
   * What to do when the seeds folder holds the same URL or text already: `warn` writes anyway
   * (text and Markdown, which the editor typed), `skip` writes nothing unless `force` (a page,
   * a feed item: importing the same page twice is a mistake).
   */
  duplicates: 'warn' | 'skip'
}

/** What ingest refuses in the article text itself (its size, encoding, emptiness, nesting), rather than in the front matter the importer wrote. */
const TEXT_REFUSALS: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['file-refused', 'file-not-text', 'body-empty', 'body-too-complex'])

/** The system error code (`EACCES`, `ENOSPC`…) of a failed file operation, or `null` for any other error. */
export const errorCode = (error: unknown): string | null => {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null
}

/**
 * Adds an imported article to the seeds folder, whole or not at all: it refuses a name that
 * exists (without `force`) or that gives another file's page address, skips or warns about
 * the same URL or text already there, writes the file through `writeSeed` (ingest reads a
 * hidden copy first), and reads it back as the build will. With `originalHtml`, the page as
 * the outlet published it is kept beside the article as `<name>.html` (ingest reads only
 * `.md` and `.txt`): written to a hidden file first and moved into place only once the
 * article is written, so a failure leaves neither.
 */
export async function addToSeeds(imported: ImportedArticle, ctx: AddContext, originalHtml: Uint8Array | null = null): Promise<AddOutcome> {
  const warnings: string[] = []
  const refused = (...problems: string[]): AddOutcome => ({ status: 'refused', problems, warnings })
  const target = path.join(ctx.seedsDir, imported.fileName)
  const htmlTarget = target.replace(/\.md$/, '.html')
  const overlap = await findDuplicates(ctx.seedsDir, { target, url: imported.meta.url, body: imported.body }, ctx.shown)
  if (overlap.targetExists && !ctx.force && ctx.duplicates === 'skip')
    return {
      status: 'present',
      message: `"${imported.meta.title}" is already in the seeds folder as ${ctx.shown(target)}. Nothing was written; add --force to import it again.`,
      warnings,
    }
  if (overlap.targetExists && !ctx.force)
    return refused(
      `${ctx.shown(target)} already exists. If this is a new version of that article, add --force to replace it; otherwise check that the article is not already in the seeds folder.`,
    )
  if (overlap.sameName.length > 0)
    return refused(
      `${overlap.sameName.join(', ')} would get the same page address as ${ctx.shown(target)}, so the build would skip one of them. Rename or delete ${overlap.sameName.length === 1 ? 'it' : 'them'} first.`,
    )
  if (ctx.duplicates === 'skip' && !ctx.force && (overlap.sameUrl.length > 0 || overlap.sameText.length > 0)) {
    const [file] = [...overlap.sameUrl, ...overlap.sameText]
    const why = overlap.sameUrl.length > 0 ? 'the same URL' : 'the same text'
    return {
      status: 'present',
      message: `"${imported.meta.title}" is already in the seeds folder: ${file} has ${why}. Nothing was written; add --force to import it again.`,
      warnings,
    }
  }
  for (const file of overlap.sameUrl)
    warnings.push(
      `${file} has the same URL. If it is the same article, delete one of the two; if this is a republication, give it its own --url and name the first outlet with --original-source.`,
    )
  for (const file of overlap.sameText) warnings.push(`${file} has the same text (ignoring spacing). If it is the same article, delete one of the two.`)
  if (originalHtml !== null && !ctx.force && (await stat(htmlTarget).catch(() => null)) !== null)
    return refused(`${ctx.shown(htmlTarget)} already exists. Add --force to replace it with this page, or move it away first.`)

  const htmlTemporary = path.join(ctx.seedsDir, `.${path.basename(htmlTarget)}.add-${process.pid}`)
  try {
    if (originalHtml !== null) await writeFile(htmlTemporary, originalHtml, { flag: 'wx' })
    const written = await writeSeed(target, imported.content, ctx.force, { today: ctx.today })
    if (!written.written && written.exists)
      return refused(`${ctx.shown(target)} already exists (it appeared while the article was being prepared). Add --force to replace it.`)
    if (!written.written) {
      // The text itself goes past a bound of ingest (nesting, size): the input's fault, said as the build would say it.
      const refusals = written.diagnostics.filter((d) => d.severity === 'error' && TEXT_REFUSALS.has(d.code))
      if (refusals.length > 0) return refused(...refusals.map((d) => `The article text cannot be imported: ${d.message}`))
      // Our front matter failed our own ingest: a bug in the importer, not the editor's mistake.
      throw new Error(`The importer produced front matter that ingest refuses:\n${written.diagnostics.map(formatDiagnostic).join('\n')}`)
    }
    if (originalHtml !== null) {
      try {
        if (ctx.force) await rename(htmlTemporary, htmlTarget)
        else await link(htmlTemporary, htmlTarget)
      } catch (error) {
        // The page could not be kept: the article goes too, so that nothing is half-written.
        await rm(target, { force: true })
        throw error
      }
    }
  } catch (error) {
    if (errorCode(error) === null) throw error
    return refused(`${ctx.shown(target)} cannot be written (${errorCode(error)}). Check that the seeds folder is writable and the disk is not full.`)
  } finally {
    await rm(htmlTemporary, { force: true })
  }

  // Re-read the file as the build will.
  const reread = await readArticle(target, { today: ctx.today })
  if (reread.article === null) throw new Error(`The file just written cannot be read back:\n${reread.diagnostics.map(formatDiagnostic).join('\n')}`)
  return { status: 'added', file: target, article: reread.article, diagnostics: reread.diagnostics, warnings }
}
