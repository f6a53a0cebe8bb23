#!/usr/bin/env node
import { runCli } from './run-cli'

// The `paperdesk` command: the same core services as the app, for scripts and batch jobs.
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
