import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { installBeforeClose } from './app/lifecycle/before-close'
import './app/styles/theme.css'
import './app/styles/base.css'
import './app/styles/shell.css'
import './app/styles/toasts.css'
import './features/settings/settings.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

installBeforeClose()

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
