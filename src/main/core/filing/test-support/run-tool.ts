import { execFileSync } from 'node:child_process'

/** The Debian package that provides each tool the fixture builders and filing tests run. */
export const TOOL_PACKAGES: Readonly<Record<string, string>> = {
  aapt: 'aapt',
  apksigner: 'apksigner',
  keytool: 'openjdk-17-jre-headless',
  openssl: 'openssl',
  python3: 'python3',
  cp: 'coreutils',
  zip: 'zip',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdfimages: 'poppler-utils',
}

/** A missing tool, said in one line with the package to install (not `spawnSync aapt ENOENT`). */
export class MissingToolError extends Error {}

export function missingTool(command: string): MissingToolError {
  const pkg = TOOL_PACKAGES[command] ?? command
  return new MissingToolError(`${command} is not installed: apt-get install ${pkg}`)
}

/** Runs one of the fixture builders' tools (keytool, aapt, openssl, python3…) in `cwd`, in a UTF-8 C locale. */
export function run(command: string, args: string[], cwd: string, input?: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      input,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missingTool(command)
    throw error
  }
}
