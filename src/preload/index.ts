import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { buildApi } from '../shared/build-api'
import { contractManifest } from '../shared/contract'
import { DROPPED_FILE_CHANNEL } from '../shared/dropped-files'
import type { CallResult } from '../shared/errors'

// Sandboxed preload: the page gets `window.paperdesk` with exactly the contract's methods, each one
// a fixed channel. No ipcRenderer, no event emitters, nothing else crosses the bridge.
contextBridge.exposeInMainWorld(
  'paperdesk',
  buildApi(
    contractManifest(),
    (channel, input) => ipcRenderer.invoke(channel, input) as Promise<CallResult<unknown>>,
  ),
)

// Drag and drop: a dropped File's path on disk, so main can read it (files go by path, not bytes).
// Only a real File from a drop or file input has one; anything else gives ''. Main hears of the path
// here, before the page can name it, and reads no path the page names that it did not hear of.
contextBridge.exposeInMainWorld(
  'paperdeskFiles',
  Object.freeze({
    pathForFile: (file: unknown): string => {
      try {
        const path = file instanceof File ? webUtils.getPathForFile(file) : ''
        return path !== '' && ipcRenderer.sendSync(DROPPED_FILE_CHANNEL, path) === true ? path : ''
      } catch {
        return ''
      }
    },
  }),
)
