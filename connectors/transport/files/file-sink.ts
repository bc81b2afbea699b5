/**
 * The `files` sink: rows written to rolling CSV, JSON-lines or Arrow IPC files in a directory,
 * exactly once. Files of rows since the last checkpoint are hidden; a completed checkpoint makes
 * them visible under their final names and records them in `_manifest.json`, and the end of the
 * input does the same for what is left (see epoch-files.ts for the protocol and recovery).
 *
 * The file system comes from the pipeline's `fs` service when there is one (tests inject faults
 * through it), else it is the real one.
 */
import { nodeFileSystem, PlanError, defineSink, type FileSystem, type plan } from '../../internal.js';
import { FILE_EXTENSIONS, FILE_FORMATS, fileEncoder, type FileFormat } from '../../format/file-encoder.js';
import { parseOptions } from '../../options.js';
import { EpochFileWriter, type FileSinkState } from './epoch-files.js';

const OPTIONS = {
  path: { type: 'string', description: 'the directory to write the files to, created if missing' },
  format: { type: 'string', default: 'json', description: `file format: ${FILE_FORMATS.join(', ')}` },
  'rolling.rows': { type: 'integer', default: 100_000, min: 1, description: 'rows per file: a new file starts after this many' },
  prefix: { type: 'string', default: 'part', description: 'file names start with it: <prefix>-<epoch>-<n>.<ext>' },
  header: { type: 'boolean', default: true, description: 'CSV only: write a header line first in each file' },
} as const;

/**
 * Why `format` is not a format the files sink writes (undefined when it is one).
 *
 * @example
 * ```ts
 * fileFormatProblem('parquet'); // "... Parquet ... use 'csv', 'json' or 'arrow' ..."
 * fileFormatProblem('csv');     // undefined
 * ```
 */
export function fileFormatProblem(format: string): string | undefined {
  const f = format.toLowerCase();
  if ((FILE_FORMATS as readonly string[]).includes(f)) return undefined;
  const choices = "'csv', 'json' (JSON lines) or 'arrow' (Arrow IPC files, which pyarrow, DuckDB and Polars read)";
  if (f === 'parquet') return `connector 'files' option 'format': Parquet cannot be written yet (no Parquet encoder is bundled); use ${choices}`;
  return `connector 'files' option 'format': unknown format '${format}'; use ${choices}`;
}

/**
 * The files sink.
 *
 * @example
 * ```sql
 * CREATE SINK out FROM trades INTO FILES ('path' = '/data/trades', 'format' = 'csv', 'rolling.rows' = '100000');
 * ```
 */
export const filesSink = defineSink<plan.SinkNode>({
  name: 'files',
  setup(ctx, node) {
    const options = parseOptions('files', OPTIONS, node.options);
    const problem = fileFormatProblem(options.format);
    if (problem !== undefined) throw new PlanError(problem);
    const format = options.format.toLowerCase() as FileFormat;
    if (options.path.trim() === '') throw new PlanError(`connector 'files' option 'path' is empty; give the directory to write the files to`);
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(options.prefix)) {
      throw new PlanError(`connector 'files' option 'prefix' is '${options.prefix}'; use letters, digits, '_', '-' and '.', starting with a letter or digit`);
    }
    let fs: FileSystem = nodeFileSystem;
    try {
      fs = ctx.service<FileSystem>('fs');
    } catch {
      // No file system service: the real one.
    }
    const schema = ctx.inputSchemas[0]!;
    const writer = new EpochFileWriter(fs, options.path, {
      prefix: options.prefix,
      extension: FILE_EXTENSIONS[format],
      rollingRows: options['rolling.rows'],
      sink: ctx.name,
      encoder: () => fileEncoder(format, schema, { header: options.header }),
    });
    return {
      open: () => writer.open(),
      write: (batch) => writer.write(batch),
      preCommit: (epoch) => writer.preCommit(epoch),
      commit: (epoch) => writer.commit(epoch),
      rollback: (epoch) => writer.rollback(epoch),
      end: () => writer.end(),
      snapshot: () => writer.snapshot(),
      restore: (state) => writer.restore(state as FileSinkState),
      close: () => writer.close(),
    };
  },
});
