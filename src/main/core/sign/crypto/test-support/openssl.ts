import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A temp folder where tests make fixtures with the openssl CLI, the independent judge. */
export class OpensslWorkspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'paperdesk-crypto-'))

  path(name: string): string {
    return join(this.dir, name)
  }

  write(name: string, data: Uint8Array | string): string {
    writeFileSync(this.path(name), data)
    return this.path(name)
  }

  read(name: string): Buffer {
    return readFileSync(this.path(name))
  }

  /** Runs openssl in the folder; throws with its stderr when it fails, unless `allowFailure`. */
  run(args: string[], allowFailure = false): { status: number; stdout: string; stderr: string } {
    const result = spawnSync('openssl', args, { cwd: this.dir, encoding: 'utf8' })
    const status = result.status ?? -1
    if (status !== 0 && !allowFailure) throw new Error(`openssl ${args.join(' ')} failed: ${result.stderr}`)
    return { status, stdout: result.stdout, stderr: result.stderr }
  }

  /** A key (`rsa` 2048 or `ec` P-256) in PEM at `name`. */
  key(name: string, kind: 'rsa' | 'ec'): string {
    const options =
      kind === 'rsa'
        ? ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']
        : ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']
    this.run(['genpkey', ...options, '-out', name])
    return this.path(name)
  }

  /** A self-signed CA certificate `<base>.pem` with key `<base>.key`. */
  ca(base: string, kind: 'rsa' | 'ec' = 'rsa', days = 365): void {
    this.key(`${base}.key`, kind)
    this.run([
      'req',
      '-x509',
      '-new',
      '-key',
      `${base}.key`,
      '-out',
      `${base}.pem`,
      '-days',
      String(days),
      '-subj',
      `/CN=${base} CA/O=Paperdesk Test`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ])
  }

  /** A leaf `<base>.pem` / `<base>.key` issued by the CA `<ca>`. */
  leaf(base: string, ca: string, kind: 'rsa' | 'ec' = 'rsa', days = 30): void {
    this.key(`${base}.key`, kind)
    this.run([
      'req',
      '-new',
      '-key',
      `${base}.key`,
      '-out',
      `${base}.csr`,
      '-subj',
      `/CN=${base}/O=Paperdesk Test`,
    ])
    this.write(
      `${base}.ext`,
      'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n',
    )
    this.run([
      'x509',
      '-req',
      '-in',
      `${base}.csr`,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
      '-out',
      `${base}.pem`,
      '-days',
      String(days),
      '-extfile',
      `${base}.ext`,
    ])
  }

  /** The DER of a PEM certificate in the folder. */
  der(pemName: string): Buffer {
    this.run(['x509', '-in', pemName, '-outform', 'DER', '-out', `${pemName}.der`])
    return this.read(`${pemName}.der`)
  }

  /** Whether this openssl can load the legacy provider (RC2 and friends). */
  hasLegacyProvider(): boolean {
    return this.run(['list', '-providers', '-provider', 'legacy'], true).status === 0
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const body = Buffer.from(der)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n')
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`
}
