import type { JobStatus } from '../../../../shared/contract/jobs'
import { paperdesk } from '../../app/api'

const POLL_MS = 150

/** Follows a job until it ends, reporting each status on the way; resolves with the last one. */
export async function followJob(jobId: string, onStatus: (status: JobStatus) => void): Promise<JobStatus> {
  for (;;) {
    const status = await paperdesk().jobs.status({ id: jobId })
    onStatus(status)
    if (status.state !== 'running') return status
    await new Promise((resolve) => window.setTimeout(resolve, POLL_MS))
  }
}
