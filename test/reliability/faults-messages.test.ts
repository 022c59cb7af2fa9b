// How a file system failure reaches the build, in each shape it comes in, and the sentence it becomes
// (src/publish/output-error.ts); and the failures that are bugs, which keep their stack trace. The
// faults-*.test.ts beside this one cause each failure for real; this table pins down the reading.
import { describe, expect, it } from 'vitest'
import { explainFilesystemError, OutputError } from '../../src/publish/output-error.js'

/** An error as Node's fs makes it. */
function nodeError(code: string, syscall: string, path?: string, dest?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `${code}: ${syscall} failed, ${syscall}${path === undefined ? '' : ` '${path}'`}${dest === undefined ? '' : ` -> '${dest}'`}`,
  )
  Object.assign(error, { code, syscall, ...(path === undefined ? {} : { path }), ...(dest === undefined ? {} : { dest }) })
  return error
}

/** An error wrapped as Eleventy wraps one (`originalError`, twice). */
function eleventyError(inner: Error): Error {
  const outer = Object.assign(new Error('Having trouble writing to "_site.building/index.html" from "./templates/index.njk"'), {
    name: 'EleventyTemplateError',
    originalError: Object.assign(new Error('wrapped'), { originalError: inner }),
  })
  return outer
}

describe('explainFilesystemError', () => {
  it.each([
    [
      'Node: a full disk, no path (a write)',
      nodeError('ENOSPC', 'write'),
      /^the disk that holds _site\/ is full \(ENOSPC\), so the build stopped and left _site\/ as it was; free some space/,
    ],
    ['Node: a read-only file system', nodeError('EROFS', 'mkdir', '/srv/www/_site.lock'), /^\/srv\/www\/_site\.lock is on a read-only file system \(EROFS\)/],
    [
      'Node: no permission to make a folder',
      nodeError('EACCES', 'mkdir', '/srv/www/_site.lock'),
      /^there is no permission to make a folder at \/srv\/www\/_site\.lock \(EACCES\)/,
    ],
    [
      'Node: no permission to remove',
      nodeError('EACCES', 'unlink', '/srv/www/_site.previous/index.html'),
      /^there is no permission to remove \/srv\/www\/_site\.previous\/index\.html \(EACCES\)/,
    ],
    [
      'Node: a rename onto a folder names the folder in the way',
      nodeError('EISDIR', 'rename', '/x/data.json.tmp-1', '/x/data.json'),
      /^\/x\/data\.json is a folder where Salvo writes a file \(EISDIR\)/,
    ],
    [
      'Node: recursive mkdir under a read-only folder says ENOENT',
      nodeError('ENOENT', 'mkdir', '/ro/build'),
      /^the folder \/ro\/build could not be made \(ENOENT\): the folder above it is missing, read-only or not writable/,
    ],
    [
      'Node: a mount point',
      nodeError('EBUSY', 'rename', '/mnt/site', '/mnt/site.previous'),
      /^\/mnt\/site is busy or is a mount point, which cannot be renamed \(EBUSY\)/,
    ],
    ['Eleventy: a write that failed, wrapped twice', eleventyError(nodeError('ENOSPC', 'write')), /is full \(ENOSPC\)/],
    [
      'a worker thread: the stack as a message',
      new Error("Error: ENOSPC: no space left on device, open '/x/_site.building/pagefind/a.pf_fragment'\n    at open (node:fs:1)"),
      /^the disk that holds \/x\/_site\.building\/pagefind\/a\.pf_fragment is full \(ENOSPC\)/,
    ],
    [
      'Pagefind: a panic',
      new Error(
        'Pagefind\'s indexing service stopped (exit code 101): called `Result::unwrap()` on an `Err` value: Os { code: 28, kind: StorageFull, message: "No space left on device" }',
      ),
      /is full \(ENOSPC\)/,
    ],
    [
      'Pagefind: an error it returned',
      new Error('Pagefind could not write its index: Read-only file system (os error 30)'),
      /is on a read-only file system \(EROFS\)/,
    ],
    ['a cause', new Error('outer', { cause: nodeError('EDQUOT', 'write') }), /your disk quota ran out writing _site\/ \(EDQUOT\)/],
  ])('%s', (_, error, sentence) => {
    const explained = explainFilesystemError(error, '_site')
    expect(explained).toBeInstanceOf(OutputError)
    expect(explained?.message).toMatch(sentence)
    expect(explained?.message).toMatch(/\.$/)
    expect(explained?.cause).toBe(error)
  })

  it.each([
    ['a template error', new Error('Having trouble rendering njk template ./templates/event.njk')],
    [
      'a missing file of the project (a bug)',
      nodeError('ENOENT', 'copyfile', '/work/main/src/model/event.schema.json', '/x/_site.building/data/event.schema.json'),
    ],
    ['Pagefind closed without a reason', new Error('Pagefind backend closed')],
    ['not an error at all', 'a string'],
  ])('leaves %s alone: a bug keeps its stack trace', (_, error) => {
    expect(explainFilesystemError(error, '_site')).toBe(null)
  })

  it('passes an OutputError through as it is', () => {
    const said = new OutputError('docs/ holds files Salvo did not make.')
    expect(explainFilesystemError(said, '_site')).toBe(said)
  })
})
