/**
 * The epoch manifest of a file sink's directory (`_manifest.json`): the epochs whose files are
 * committed, with their files. It is the record readers trust: a file is part of the output once
 * its epoch is listed. It is replaced atomically (temporary file, fsync, rename, fsync of the
 * directory), after the epoch's files have their final names on disk.
 */
import { join } from 'node:path';
import { StorageError, writeFileAtomic, type FileSystem } from '../../../runtime/index.js';

/** The manifest's file name in the sink's directory. */
export const MANIFEST = '_manifest.json';

/** One file of an epoch: its final name and its row count. */
export interface EpochFile {
  readonly name: string;
  readonly rows: number;
}

/** A committed epoch. */
export interface CommittedEpoch {
  readonly epoch: number;
  /** The checkpoint that committed it; null when the end of the input did. */
  readonly checkpoint: number | null;
  readonly files: readonly EpochFile[];
}

/**
 * The contents of `_manifest.json`.
 *
 * @example
 * ```json
 * { "version": 1, "epochs": [{ "epoch": 1, "checkpoint": 1, "files": [{ "name": "part-000001-0.csv", "rows": 100000 }] }] }
 * ```
 */
export interface FileManifest {
  readonly version: 1;
  readonly epochs: readonly CommittedEpoch[];
}

const EMPTY: FileManifest = { version: 1, epochs: [] };

function isEpoch(e: unknown): e is CommittedEpoch {
  const x = e as CommittedEpoch;
  return typeof x === 'object' && x !== null && Number.isInteger(x.epoch) && (x.checkpoint === null || Number.isInteger(x.checkpoint))
    && Array.isArray(x.files) && x.files.every((f) => typeof f?.name === 'string' && Number.isInteger(f.rows));
}

/**
 * Reads the manifest of `dir` (empty when there is none).
 *
 * @example
 * ```ts
 * const committed = readManifest(nodeFileSystem, '/data/out').epochs.flatMap((e) => e.files.map((f) => f.name));
 * ```
 */
export function readManifest(fs: FileSystem, dir: string): FileManifest {
  const path = join(dir, MANIFEST);
  let text: string;
  try {
    if (!fs.exists(path)) return EMPTY;
    text = new TextDecoder().decode(fs.read(path));
  } catch (err) {
    throw new StorageError(`cannot read the file sink manifest '${path}': ${(err as Error).message}`, { path, cause: err });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new StorageError(`the file sink manifest '${path}' is not JSON (${(err as Error).message}); it is replaced atomically, so the disk damaged it: restore it from a backup or move the directory away`, { path, cause: err });
  }
  const m = parsed as FileManifest;
  if (m?.version !== 1 || !Array.isArray(m.epochs) || !m.epochs.every(isEpoch)) {
    throw new StorageError(`'${path}' is not a file sink manifest (version 1 with a list of epochs); give the sink a directory of its own`, { path });
  }
  return m;
}

/**
 * Replaces the manifest of `dir` atomically (temporary file, fsync, rename, fsync of the directory).
 *
 * @example
 * ```ts
 * writeManifest(fs, '/data/out', { version: 1, epochs: [...readManifest(fs, '/data/out').epochs, epoch] });
 * ```
 */
export function writeManifest(fs: FileSystem, dir: string, manifest: FileManifest): void {
  const path = join(dir, MANIFEST);
  try {
    // One epoch per line: small, and still readable with `cat`.
    const epochs = manifest.epochs.map((e) => JSON.stringify(e)).join(',\n  ');
    const text = `{"version": ${manifest.version}, "epochs": [${epochs === '' ? '' : `\n  ${epochs}\n`}]}\n`;
    writeFileAtomic(fs, path, new TextEncoder().encode(text));
  } catch (err) {
    throw new StorageError(`cannot write the file sink manifest '${path}': ${(err as Error).message}`, { path, cause: err });
  }
}
