import type { CliCommand } from '../command'
import { runCli } from '../run-cli'

/** Runs the CLI in-process with an empty environment and returns its exit code and output. */
export async function runCaptured(argv: string[], table?: readonly CliCommand[]) {
  const out: string[] = []
  const err: string[] = []
  const io = { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l), env: {} }
  const code = await (table ? runCli(argv, io, table) : runCli(argv, io))
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}
