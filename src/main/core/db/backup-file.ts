import { closeSync, constants, copyFileSync, fsyncSync, linkSync, openSync, rmSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { BackupFile } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import { openConnection } from './connection'
import { partialName, removeWithSidecars } from './temp-files'

export function alreadyExists(dest: string): AppError {
  return new AppError('IO', `${dest} already exists; choose a new file name`, { dest, exists: true })
}

/**
 * Moves `tmp` to `dest` only if `dest` does not exist: a hard link fails on an existing name.
 * Where hard links are unsupported (FAT, some network drives), an exclusive copy does the same.
 */
export function placeExclusively(tmp: string, dest: string): void {
  try {
    linkSync(tmp, dest)
    return
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw alreadyExists(dest)
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error
  }
  try {
    copyFileSync(tmp, dest, constants.COPYFILE_EXCL)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(dest)
    rmSync(dest, { force: true })
    throw error
  }
}

/**
 * Finishes a backup written to the temporary `tmp` (by `finish`, which may also write it) and
 * places it at `dest`, never replacing a file; `tmp` and its side files are always removed.
 * Failures other than our own errors become an IO error naming `dest`.
 */
export function placeBackup(tmp: string, dest: string, finish: () => void): BackupFile {
  try {
    finish()
    placeExclusively(tmp, dest)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('IO', `cannot write the backup to ${dest}`, { dest })
  } finally {
    removeWithSidecars(tmp)
  }
  const made = describeBackup(dest)
  if (!made) throw new AppError('IO', `cannot read the backup back from ${dest}`, { dest })
  return made
}

/**
 * A complete copy of the live database at `live` in the new file `dest`, synchronously: read in one
 * transaction by its own connection (`VACUUM INTO`), so it is the last committed state even while
 * another connection holds the write lock with pages not yet committed.
 */
export function snapshotCopy(live: string, dest: string): BackupFile {
  const tmp = partialName(dest)
  return placeBackup(tmp, dest, () => {
    const reader = openConnection(live, { readonly: true })
    try {
      reader.prepare('VACUUM INTO ?').run(tmp)
    } finally {
      reader.close()
    }
    syncFile(tmp) // VACUUM INTO leaves flushing its output to the caller
  })
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** A backup's entry, or null for what is not a readable regular file (a dangling link, a folder). */
export function describeBackup(path: string): BackupFile | null {
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return null
    return { name: basename(path), path, bytes: stat.size, createdAt: stat.mtime.toISOString() }
  } catch {
    return null
  }
}
