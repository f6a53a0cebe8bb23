import { execFileSync } from 'node:child_process'

/** Runs one of the fixture builders' tools (keytool, aapt, openssl, python3…) in `cwd`, in a UTF-8 C locale. */
export function run(command: string, args: string[], cwd: string, input?: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    input,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
}
