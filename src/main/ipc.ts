import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'
import { channelOf, listMethods, type Channel, type DomainName, type MethodName } from '../shared/contract'
import { DROPPED_FILE_CHANNEL } from '../shared/dropped-files'
import { AppError, type CallResult } from '../shared/errors'
import type { DroppedPaths } from './platform/dropped-paths'
import { isTrustedSender } from './security/trusted-origin'

/** Every contract channel, in contract order. */
export function contractChannels(): Channel[] {
  return listMethods().map(([domain, name]) => channelOf(domain, name as MethodName<DomainName>))
}

/**
 * Whether an IPC call comes from our window's top frame showing our renderer. Sub-frames, other
 * web contents and pages that navigated elsewhere are refused before the input is even parsed.
 */
export function isTrustedIpcEvent(
  event: Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  devServerUrl?: string,
): boolean {
  const frame = event.senderFrame
  if (!frame || !window || window.isDestroyed()) return false
  if (event.sender.id !== window.webContents.id) return false
  if (frame.parent !== null) return false
  return isTrustedSender(frame.url, devServerUrl)
}

const forbidden = (): CallResult<never> => ({
  ok: false,
  error: new AppError('FORBIDDEN', 'this caller may not use the Paperdesk API').toEnvelope(),
})

/**
 * Binds each contract method to the core: the Electron transport, and nothing else. The core
 * validates the input; this layer only decides whether the caller may ask at all.
 */
export function registerIpc(
  call: (channel: string, input: unknown) => Promise<CallResult<unknown>>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  const channels = contractChannels()
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) =>
      isTrusted(event) ? call(channel, input) : forbidden(),
    )
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}

/**
 * The preload's report of a dropped file (synchronous, so the grant is in place before the page's
 * next contract call). Only our window's top frame is heard; the answer says whether it was taken.
 */
export function registerDroppedFiles(
  dropped: DroppedPaths,
  isTrusted: (event: IpcMainEvent) => boolean,
): () => void {
  ipcMain.on(DROPPED_FILE_CHANNEL, (event, path: unknown) => {
    event.returnValue = isTrusted(event) && dropped.grant(path)
  })
  return () => {
    ipcMain.removeAllListeners(DROPPED_FILE_CHANNEL)
  }
}
