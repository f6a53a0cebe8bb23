import { lazy, Suspense, type ReactNode } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { SettingsPage } from '../features/settings/settings-page'
import { Shell } from './shell/shell'

// Each tool is its own chunk, loaded when first opened: the editor and the filing data
// never weigh on start-up or on the other tools.
const NotesPage = lazy(() => import('../features/notes/notes-page').then((m) => ({ default: m.NotesPage })))
const SignPage = lazy(() => import('../features/sign/sign-page').then((m) => ({ default: m.SignPage })))
const FilingPage = lazy(() =>
  import('../features/filing/filing-page').then((m) => ({ default: m.FilingPage })),
)

const OcrPage = lazy(() => import('../features/ocr/ocr-page').then((m) => ({ default: m.OcrPage })))

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<div className="page page--loading" aria-busy="true" />}>{children}</Suspense>
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route
          path="notes"
          element={
            <Loading>
              <NotesPage />
            </Loading>
          }
        />
        <Route
          path="sign"
          element={
            <Loading>
              <SignPage />
            </Loading>
          }
        />
        <Route
          path="filing"
          element={
            <Loading>
              <FilingPage />
            </Loading>
          }
        />
        <Route
          path="ocr"
          element={
            <Loading>
              <OcrPage />
            </Loading>
          }
        />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/notes" replace />} />
      </Route>
    </Routes>
  )
}
