import fc from 'fast-check'

// `npm test` is the gate a change lands through, so its property tests and short fuzz passes use
// one fixed seed: the same inputs on every machine and runtime, and a failure there is a change's
// doing. Exploring new inputs is `npm run fuzz`'s job (FUZZ_RUNS set: a fresh seed each run, printed
// with any failure, and FUZZ_SEED replays one). FC_RANDOM=1 explores in `npm test` too.
if (!process.env['FUZZ_RUNS'] && !process.env['FC_RANDOM']) fc.configureGlobal({ seed: 20_261_205 })
