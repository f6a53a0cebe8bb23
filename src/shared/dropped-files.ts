/**
 * The one channel outside the contract: the preload reports the path of a file the user dropped on
 * the window (sent synchronously, before the page can name that path in a contract call). Main
 * reads a path the renderer names only if it came from here; page script never reaches this channel.
 */
export const DROPPED_FILE_CHANNEL = 'paperdesk-files:dropped'
