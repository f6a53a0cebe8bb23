import { Navigate, Route, Routes } from 'react-router'
import { FilingPage } from '../features/filing/filing-page'
import { NotesPage } from '../features/notes/notes-page'
import { SettingsPage } from '../features/settings/settings-page'
import { SignPage } from '../features/sign/sign-page'
import { Shell } from './shell/shell'

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route path="notes" element={<NotesPage />} />
        <Route path="sign" element={<SignPage />} />
        <Route path="filing" element={<FilingPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/notes" replace />} />
      </Route>
    </Routes>
  )
}
