/** English strings of the command line's own refusals (`cli.*`). */
export const cliEn = {
  reasons: {
    'out-exists': '{{path}} already exists; choose a new file name, or add --overwrite to replace it',
    'out-is-database': "{{path}} is Paperdesk's live database; Paperdesk never writes an export over it",
  },
}
