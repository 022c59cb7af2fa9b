import { spawn } from 'node:child_process'
import path from 'node:path'

/** What a command run to its end printed, and how it exited. */
export interface ScriptRun {
  code: number | null
  stdout: string
  stderr: string
}

const TSX = path.resolve('node_modules/.bin/tsx')

/**
 * Runs a real child process from the project's folder to its end, feeding `input` on its standard input (closed at
 * once when there is none). SALVO_TODAY pins the day, so "a date in the future" does not depend on the clock;
 * NO_COLOR keeps the output plain.
 */
export function runProcess(command: string, args: string[], input = ''): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1', SALVO_TODAY: '2024-06-01' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input)
  })
}

/** `npm run <script> -- args` without npm's start-up cost: `scripts/<script>.ts`, run by tsx. */
export const runScript = (script: string, args: string[], input = ''): Promise<ScriptRun> => runProcess(TSX, [`scripts/${script}.ts`, ...args], input)
