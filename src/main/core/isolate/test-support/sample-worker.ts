import { workerData } from 'node:worker_threads'
import { userError } from '../../../../shared/app-error'
import { serveTasks } from '../serve-tasks'

// Loaded once per worker: a second task in the same worker sees the count go up.
let tasksSeen = 0

/** The isolate runner's test worker: each task exercises one thing the runner promises. */
serveTasks({
  echo: (input: { text: string }) => ({ text: input.text, tasksSeen: ++tasksSeen, workerData }),
  count: async (input: { to: number }, ctx) => {
    for (let i = 1; i <= input.to; i++) ctx.progress(i)
    return input.to
  },
  spin: (input: { ms: number }) => {
    const end = Date.now() + input.ms
    while (Date.now() < end);
    return 'spun'
  },
  hog: () => {
    const kept: number[][] = []
    for (;;) kept.push(new Array(1_000_000).fill(Math.random()))
  },
  refuse: () => {
    throw userError('INVALID_FILE', 'ocr.not-an-image', 'the file is not an image')
  },
  crash: () => {
    throw new TypeError('boom')
  },
})
