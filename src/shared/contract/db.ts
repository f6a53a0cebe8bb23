import { z } from 'zod'
import { ErrorEnvelopeSchema } from '../errors'
import { method, noInput } from './method'

export const BackupFileSchema = z.object({
  /** File name inside the data folder's `backups/` directory. */
  name: z.string(),
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  createdAt: z.string(),
})
export type BackupFile = z.infer<typeof BackupFileSchema>

/** A backup's file name: plain, no folders, so a caller cannot reach outside `backups/`. */
export const BackupNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.-]+\.sqlite$/, 'a backup file name such as paperdesk-20261128-101500.sqlite')
  .refine((name) => !name.startsWith('.'), 'a backup file name may not start with a dot')

export const DbCheckSchema = z.object({
  ok: z.boolean(),
  integrity: z.array(z.string()),
  schemaVersion: z.number().int().nonnegative(),
  latestVersion: z.number().int().nonnegative(),
  path: z.string(),
  bytes: z.number().int().nonnegative(),
})
export type DbCheck = z.infer<typeof DbCheckSchema>

export const RestoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** A copy of the database as it was just before the restore, so a restore can be undone. */
  safetyCopy: z.string(),
})
export type RestoreResult = z.infer<typeof RestoreResultSchema>

/** How the daily automatic backup fares, so a failure reaches the user instead of only a log. */
export const AutoBackupStatusSchema = z.object({
  /** When this run of the app last tried (null: not yet). */
  lastAttemptAt: z.string().nullable(),
  /** The newest automatic backup on disk (null: none). */
  lastSuccessAt: z.string().nullable(),
  /** Why the last attempt failed; null when it worked (or none was made yet). */
  error: ErrorEnvelopeSchema.nullable(),
})
export type AutoBackupStatus = z.infer<typeof AutoBackupStatusSchema>

export const dbContract = {
  check: method(noInput, DbCheckSchema),
  backupNow: method(noInput, BackupFileSchema),
  listBackups: method(noInput, z.array(BackupFileSchema)),
  autoBackupStatus: method(noInput, AutoBackupStatusSchema),
  restoreBackup: method(z.object({ name: BackupNameSchema }).strict(), RestoreResultSchema),
  /** Asks for a file with the platform's open dialog, then restores it; `null` if the user cancelled. */
  restoreFromFile: method(noInput, RestoreResultSchema.nullable()),
} as const
