/**
 * Makes a value on the first call and hands every later caller the same promise. Doors use it to
 * import their heavy modules when a use case first needs them, so opening a door stays cheap.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}
