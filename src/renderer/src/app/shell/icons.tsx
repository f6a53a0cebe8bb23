import type { ReactNode } from 'react'
import type { PageId } from '../page-id'

function Svg({ children, size = 20 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

const paths: Record<PageId, ReactNode> = {
  notes: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4" />
      <path d="M9 12h7M9 15.5h7M9 19h4" />
    </>
  ),
  sign: (
    <>
      <path d="M3 17c2.5-4 4.5-9 6.5-9 1.6 0-1.5 9 .5 9s2.5-4 4-4 1 3 2.5 3c1 0 2-1 3-2" />
      <path d="M3 21h18" />
    </>
  ),
  filing: (
    <>
      <path d="M9 4h6v3H9z" />
      <path d="M15 5h3v16H6V5h3" />
      <path d="M9 13l2 2 4-4" />
    </>
  ),
  ocr: (
    <>
      <path d="M4 8V5a1 1 0 0 1 1-1h3M16 4h3a1 1 0 0 1 1 1v3M20 16v3a1 1 0 0 1-1 1h-3M8 20H5a1 1 0 0 1-1-1v-3" />
      <path d="M8 9h8M12 9v7" />
    </>
  ),
  settings: (
    <>
      <path d="M4 7h9M17 7h3M4 17h3M11 17h9" />
      <circle cx="15" cy="7" r="2" />
      <circle cx="9" cy="17" r="2" />
    </>
  ),
}

export function PageIcon({ page, size }: { page: PageId; size?: number }) {
  return <Svg size={size}>{paths[page]}</Svg>
}

/** The app mark: two sheets of paper, one folded at the corner. */
export function AppMark() {
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <rect x="7" y="3" width="16" height="20" rx="2.5" className="app-mark__back" />
      <path
        d="M5 7.5A2.5 2.5 0 0 1 7.5 5H15l5 5v12.5a2.5 2.5 0 0 1-2.5 2.5h-10A2.5 2.5 0 0 1 5 22.5z"
        className="app-mark__front"
      />
      <path d="M15 5v3.5A1.5 1.5 0 0 0 16.5 10H20" className="app-mark__fold" />
      <path d="M9 15h7M9 18.5h5" className="app-mark__lines" />
    </svg>
  )
}
