/**
 * Test helpers, published as `laminardb/testing`: the marble DSL, an operator bench, a simulated
 * clock and seeded randomness.
 */
export { parseTimeline, renderTimeline, normalizeTimeline, type TimelineEntry } from './marble.js';
export { OperatorHarness, runOperator, type HarnessOptions } from './harness.js';
export { testSeed, mulberry32 } from './random.js';
export { SimulatedClock } from '../clock/clock.js';
export { parseRows, parseHeader, formatBatch } from '../batch/pretty.js';
export { FaultyFileSystem, fsError, type CrashMode, type Fault, type FsCall, type FsError } from '../fs/faulty.js';
