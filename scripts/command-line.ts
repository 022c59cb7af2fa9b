/**
 * Reads a command's options with `parse` (node:util parseArgs, strict), the same way for every command:
 * `--help` prints `usage` on stdout and exits 0; an unknown option or a missing value is a sentence
 * and the usage on stderr, with exit code 2, never a stack trace.
 */
export function readCommandLine<T>(usage: string, parse: () => T): T {
  const argv = process.argv.slice(2)
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`)
    process.exit(0)
  }
  try {
    return parse()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error
    // parseArgs says e.g. "Unknown option '--sedes'. To specify a positional argument starting with a '-', …": its first sentence is the point.
    const said = ((error as Error).message.split(/(?<=\.)\s/)[0] ?? '').replace(/\.$/, '')
    process.stderr.write(`Salvo: ${said}, so nothing was done.\n\n${usage}\n`)
    process.exit(2)
  }
}
