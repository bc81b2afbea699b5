/** Connectors by name: one line each. */
import type { Registry } from '../runtime/index.js';
import { collectSink } from './transport/memory/collect-sink.js';
import { datagenSource } from './transport/datagen/datagen-source.js';
import { memorySource } from './transport/memory/memory-source.js';
import { nexmarkSource } from './transport/nexmark/nexmark-source.js';
import { stdoutSink } from './transport/stdout/stdout-sink.js';

export const connectorRegistry: Pick<Registry, 'sources' | 'sinks'> = {
  sources: {
    memory: memorySource,
    datagen: datagenSource,
    nexmark: nexmarkSource,
  },
  sinks: {
    collect: collectSink,
    stdout: stdoutSink,
  },
};
