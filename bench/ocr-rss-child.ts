import { readFileSync } from 'node:fs'
import { createOcrDoor } from '../src/main/core/ocr/ocr-door'

// A process that does nothing but OCR: its peak RSS (VmHWM, the worker thread included) is the
// OCR worker's footprint with the models loaded and a 300-dpi page read.
const door = createOcrDoor()
for (let i = 0; i < 2; i++) await door.recognizeFile(process.argv[2] as string)
await door.close()
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
console.log(JSON.stringify({ peakRssMb: hwm ? Math.round(Number(hwm[1]) / 1024) : -1 }))
