import path from 'node:path'

/**
 * A problem with the output folder or the disk under it, said as one sentence a user can act on:
 * what, where, and the fix. Commands print its message without a stack trace (a stack trace means
 * a bug in Salvo); the error it explains, if any, is its `cause`.
 */
export class OutputError extends Error {
  override name = 'OutputError'
}

/** A path as a user would type it: relative to the working folder when inside it, else absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file))
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative
}

/** What each file system error a user can cause means, and its fix, by code (or code and system call: `ENOENT mkdir`); `where` is the path it names. */
const CAUSES: Record<string, { what: (where: string, syscall: string) => string; fix: string }> = {
  ENOSPC: { what: (where) => `the disk that holds ${where} is full (ENOSPC)`, fix: 'free some space, or build onto another disk with --out, and build again' },
  EDQUOT: { what: (where) => `your disk quota ran out writing ${where} (EDQUOT)`, fix: 'free some space or ask for a larger quota, and build again' },
  EROFS: {
    what: (where) => `${where} is on a read-only file system (EROFS)`,
    fix: 'build into a writable folder with --out, or remount that file system read-write',
  },
  EACCES: {
    what: (where, syscall) => `there is no permission to ${verbOf(syscall)} ${where} (EACCES)`,
    fix: 'give your user permission on it and on the folder that holds it (after a `sudo npm run build`, `sudo chown -R "$USER"` on the output folder gives it back), or build into a folder of your own with --out',
  },
  EPERM: {
    what: (where, syscall) => `the system refused to ${verbOf(syscall)} ${where} (EPERM)`,
    fix: 'check its permissions and attributes (`ls -ld`, `lsattr -d`), or build into a folder of your own with --out',
  },
  EEXIST: { what: (where) => `${where} is in the way (EEXIST)`, fix: 'move or delete it, and build again' },
  ENOTDIR: { what: (where) => `a part of the path ${where} is a file where a folder should be (ENOTDIR)`, fix: 'choose a path whose every part is a folder' },
  EISDIR: { what: (where) => `${where} is a folder where Salvo writes a file (EISDIR)`, fix: 'move that folder, or choose another path' },
  EBUSY: {
    what: (where) => `${where} is busy or is a mount point, which cannot be renamed (EBUSY)`,
    fix: 'Salvo publishes by renaming a finished folder into place, so build into a folder inside the mount (for example --out <mount>/site) and serve that',
  },
  EXDEV: {
    what: (where) => `${where} is on another file system than the folder beside it (EXDEV)`,
    fix: 'build into a folder inside that file system (for example --out <mount>/site) and serve that',
  },
  EMFILE: { what: () => 'too many files are open (EMFILE)', fix: 'raise the limit (`ulimit -n 4096`) and build again' },
  ENFILE: { what: () => 'the system has too many files open (ENFILE)', fix: 'close some programs and build again' },
  ENAMETOOLONG: { what: (where) => `the path ${where} is too long (ENAMETOOLONG)`, fix: 'build into a folder with a shorter path' },
  ELOOP: { what: (where) => `${where} is a loop of symbolic links (ELOOP)`, fix: 'point the link at a real folder' },
  // Node's recursive mkdir reports a read-only or unwritable folder above as ENOENT.
  'ENOENT mkdir': {
    what: (where) => `the folder ${where} could not be made (ENOENT): the folder above it is missing, read-only or not writable`,
    fix: 'make that folder writable for your user, or choose another path',
  },
}

/** What Salvo was doing when refused, from the failed system call's name. */
function verbOf(syscall: string): string {
  if (/^(scandir|opendir|readdir|read|stat|lstat|access|realpath|readlink)$/.test(syscall)) return 'read'
  if (/^(unlink|rmdir|rm)$/.test(syscall)) return 'remove'
  if (syscall === 'rename') return 'rename'
  if (syscall === 'mkdir') return 'make a folder at'
  return 'write'
}

/** Errors of programs that report the OS's number (Pagefind, in Rust: `No space left on device (os error 28)`, or a panic's `Os { code: 28, … }`), by Linux errno. */
const OS_ERRORS: Record<string, string> = {
  1: 'EPERM',
  13: 'EACCES',
  16: 'EBUSY',
  17: 'EEXIST',
  18: 'EXDEV',
  20: 'ENOTDIR',
  21: 'EISDIR',
  23: 'ENFILE',
  24: 'EMFILE',
  28: 'ENOSPC',
  30: 'EROFS',
  36: 'ENAMETOOLONG',
  40: 'ELOOP',
  122: 'EDQUOT',
}

/** A file system failure found in an error: its code, the system call and the path, as far as the error tells. */
interface Failure {
  code: string
  syscall: string
  path: string | null
}

/** A failure of `syscall` on `file` (and `dest`, for a rename or a link): the path named is `dest` when something is in the way there. */
function failure(code: string, syscall: string, file: string | null, dest: string | null): Failure {
  return { code, syscall, path: dest !== null && /^(EISDIR|EEXIST|ENOTEMPTY|ENOTDIR)$/.test(code) ? dest : file }
}

/**
 * The first file system failure in `error` or what it wraps: Node's errors carry `code`, `syscall` and `path`;
 * Eleventy wraps them (`originalError`); an error from a worker thread arrives as its stack in a message
 * (`ENOSPC: no space left on device, open '/x/y'`), and Pagefind's as `(os error 28)`.
 */
function failureIn(error: unknown, depth = 0): Failure | null {
  if (typeof error !== 'object' || error === null || depth > 8) return null
  const e = error as {
    code?: unknown
    syscall?: unknown
    path?: unknown
    dest?: unknown
    message?: unknown
    cause?: unknown
    originalError?: unknown
    errors?: unknown
  }
  const syscall = typeof e.syscall === 'string' ? e.syscall : ''
  if (typeof e.code === 'string' && (e.code in CAUSES || `${e.code} ${syscall}` in CAUSES))
    return failure(e.code, syscall, typeof e.path === 'string' ? e.path : null, typeof e.dest === 'string' ? e.dest : null)
  const message = typeof e.message === 'string' ? e.message : ''
  const node = /\b(E[A-Z]+): [^,\n]*, (\w+)(?: '([^'\n]+)'(?: -> '([^'\n]+)')?)?/.exec(message)
  if (node !== null && ((node[1] ?? '') in CAUSES || `${node[1]} ${node[2]}` in CAUSES))
    return failure(node[1] ?? '', node[2] ?? '', node[3] ?? null, node[4] ?? null)
  const os = /\(os error (\d+)\)|\bOs \{ code: (\d+)/.exec(message)
  const code = os === null ? undefined : OS_ERRORS[os[1] ?? os[2] ?? '']
  if (code !== undefined && code in CAUSES) return { code, syscall: '', path: null }
  for (const inner of [e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const found = failureIn(inner, depth + 1)
    if (found !== null) return found
  }
  return null
}

/**
 * Says a file system failure of a build as one sentence naming the path and the fix, or `null` when
 * `error` is none (then it is a bug, and its stack trace is the report). `outDir` is the output folder
 * as the user named it; a build that fails leaves it as it was.
 */
export function explainFilesystemError(error: unknown, outDir: string): OutputError | null {
  if (error instanceof OutputError) return error
  const failure = failureIn(error)
  if (failure === null) return null
  const cause = CAUSES[failure.code] ?? CAUSES[`${failure.code} ${failure.syscall}`]
  if (cause === undefined) return null
  const where = failure.path === null ? `${shownPath(outDir)}/` : shownPath(failure.path)
  return new OutputError(`${cause.what(where, failure.syscall)}, so the build stopped and left ${shownPath(outDir)}/ as it was; ${cause.fix}.`, {
    cause: error,
  })
}
