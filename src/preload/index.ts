import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../shared/build-api'
import { contractManifest } from '../shared/contract'
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
