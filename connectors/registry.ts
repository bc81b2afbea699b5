/** Connectors by name: one line each. */
import type { Registry } from '../runtime/index.js';
import { collectSink } from './transport/memory/collect-sink.js';
import { datagenSource } from './transport/datagen/datagen-source.js';
import { memorySource } from './transport/memory/memory-source.js';
import { nexmarkSource } from './transport/nexmark/nexmark-source.js';
import { stdoutSink } from './transport/stdout/stdout-sink.js';
import { fileLookup } from './transport/files/file-lookup.js';
import { filesSink } from './transport/files/file-sink.js';
import { memoryLookup } from './transport/memory/memory-lookup.js';
import type { LookupConnector } from './lookup.js';

export const connectorRegistry: Pick<Registry, 'sources' | 'sinks'> = {
  sources: {
    memory: memorySource,
    datagen: datagenSource,
    nexmark: nexmarkSource,
  },
  sinks: {
    collect: collectSink,
    stdout: stdoutSink,
    files: filesSink,
  },
};

/** Lookup connectors (CREATE LOOKUP TABLE ... WITH ('connector' = ...)) by name. */
export const lookupConnectors: Readonly<Record<string, LookupConnector>> = {
  memory: memoryLookup,
  file: fileLookup,
};
