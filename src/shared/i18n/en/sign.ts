/** English strings of the Sign tool (`sign.*`). Reasons for refused input live in `reasons`. */
export const signEn = {
  title: 'Sign',
  empty: 'Draw your signature once, then place it on scanned documents at full resolution.',
}
