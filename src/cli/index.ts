#!/usr/bin/env node
import { runCli } from './run-cli'

// The `paperdesk` command: the same core services as the app, for scripts and batch jobs.

// Everything the CLI says goes through `io`. Libraries talk on the console besides: pdf-lib warns
// about each damaged object it skips ("Trying to parse invalid object", on stderr) and logs inflate
// errors on stdout, which would turn a refusal into several lines and break --json output.
for (const method of ['log', 'info', 'warn', 'debug'] as const) console[method] = () => undefined
runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`paperdesk: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
