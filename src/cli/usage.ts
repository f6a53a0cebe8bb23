import type { CliCommand } from './command'

const GLOBAL_OPTIONS = `Options (before or after the command):
  --data-dir DIR    use DIR instead of the app's data folder (or set PAPERDESK_DATA_DIR)
  --json            print the result as JSON
  -v, --version     print the version
  -h, --help        print this help (after a command: that command's help)

Exit status: 0 success, 1 the command failed, 2 bad usage.`

function synopsis(command: CliCommand): string {
  const opts = Object.entries(command.options ?? {}).map(([name, spec]) => {
    if (spec.type === 'boolean') return `[--${name}]`
    const text = `--${name} ${spec.value ?? 'VALUE'}${spec.multiple ? '...' : ''}`
    return spec.required ? text : `[${text}]`
  })
  return [...command.words, ...(command.args ? [command.args] : []), ...opts].join(' ')
}

/** The whole usage text, built from the command table. */
export function usage(table: readonly CliCommand[]): string {
  const lines = table.map((c) => `  ${[...c.words, c.args ?? ''].join(' ').trim().padEnd(28)} ${c.summary}`)
  return `Usage: paperdesk [--data-dir DIR] [--json] <command>

Commands (\`paperdesk <command> --help\` shows a command's options):
${lines.join('\n')}

${GLOBAL_OPTIONS}`
}

/** One command's usage: its synopsis, summary and options. */
export function commandUsage(command: CliCommand): string {
  const options = Object.entries(command.options ?? {}).map(([name, spec]) => {
    const flag = spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.value ?? 'VALUE'}`
    return `  ${flag.padEnd(24)} ${spec.help}${spec.multiple ? ' (repeatable)' : ''}`
  })
  return [
    `Usage: paperdesk ${synopsis(command)}`,
    '',
    command.summary,
    ...(options.length > 0 ? ['', 'Options:', ...options] : []),
    '',
    GLOBAL_OPTIONS,
  ].join('\n')
}
