/**
 * Connectors: sources and sinks that move data between LaminarDB and the outside world. Each
 * connector is one folder under `transport/` plus one line in `registry.ts`; formats (bytes ⇄
 * batches) live in `format/`. Connectors build on the runtime's defineSource/defineSink and never
 * on operators or SQL.
 */
export { connectorRegistry, lookupConnectors } from './registry.js';
export { defineLookup, type LookupConnector, type LookupTableSpec } from './lookup.js';
export { MemoryLookupSource } from './transport/memory/memory-lookup.js';
export { FileLookupSource } from './transport/files/file-lookup.js';
export { memorySource } from './transport/memory/memory-source.js';
export { collectSink, CollectStore, CollectedTable } from './transport/memory/collect-sink.js';
export { parseOptions, type OptionSpec, type OptionValues } from './options.js';
export { stdoutSink } from './transport/stdout/stdout-sink.js';
export { filesSink, fileFormatProblem } from './transport/files/file-sink.js';
export { EpochFileWriter, finalName, type FileSinkState, type SealedEpoch, type EpochFileOptions } from './transport/files/epoch-files.js';
export { readManifest, MANIFEST, type FileManifest, type CommittedEpoch, type EpochFile } from './transport/files/manifest.js';
export { fileEncoder, FILE_FORMATS, FILE_EXTENSIONS, type FileEncoder, type FileFormat } from './format/file-encoder.js';
export { toJsonLines, toCsv, csvHeader, TEXT_FORMATS, type TextFormat } from './format/text.js';
