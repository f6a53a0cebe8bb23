import type { CliCommand } from './command'
import { certifyCommands } from './commands/certify'
import { dbCommands } from './commands/db'
import { filingCommands } from './commands/filing'
import { signCommands } from './commands/sign'
import { signMarkCommands } from './commands/sign-marks'
import { notesCommands } from './commands/notes'
import { ocrCommands } from './commands/ocr'

/**
 * Every `paperdesk` command, one domain file each. This is the only list: the runner matches
 * against it and the usage text is printed from it.
 */
export const commandTable: readonly CliCommand[] = [
  ...dbCommands,
  ...notesCommands,
  ...signCommands,
  ...signMarkCommands,
  ...certifyCommands,
  ...filingCommands,
  ...ocrCommands,
]
