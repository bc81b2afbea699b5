/**
 * The bytes of a spilled group (group-spill.ts): its last change time as 8 bytes (read by the
 * state TTL without decoding the rest), then its `GroupState`.
 *
 * Most accumulator states are a few numbers (COUNT, SUM, AVG, MIN/MAX, moments), and
 * `v8.serialize` costs far more per group than writing them out, so states made of numbers,
 * bigints, booleans, strings, null/undefined, arrays and plain objects are written in a small
 * tagged format, every group of an eviction into one buffer. Anything else (a Map, a typed array,
 * a UDAF's class instance) makes that group's state fall back to `v8.serialize`. The byte after
 * the time tells them apart: `v8.serialize` output always starts with its version tag 0xFF.
 */
import v8 from 'node:v8';
import { StorageError } from '../runtime/index.js';
import type { GroupState } from './window-internals.js';

const COMPACT = 0x01;
const V8_TAG = 0xff;

const enum Tag { Undefined, Null, Int32, Float64, True, False, Text, BigInt, List, Record }

/** A state the compact format cannot hold: its group goes through `v8.serialize`. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported();

/**
 * Writes spilled values one after another into a growing buffer; each value is a view of it.
 *
 * @example
 * ```ts
 * const w = new StateWriter(1024);
 * const value = w.write(store.exportGroup(g));
 * decodeState(value); // the same GroupState
 * ```
 */
export class StateWriter {
  private buf: Uint8Array;
  private view: DataView;
  private at = 0;

  constructor(bytes: number) {
    this.buf = new Uint8Array(Math.max(64, bytes));
    this.view = new DataView(this.buf.buffer);
  }

  /** The encoded state, a view valid until the writer is dropped (later writes go elsewhere). */
  write(state: GroupState): Uint8Array {
    const start = this.at;
    try {
      this.room(18);
      this.view.setFloat64(this.at, state.touchedAt, true);
      this.buf[this.at + 8] = COMPACT;
      this.view.setFloat64(this.at + 9, state.rows, true);
      this.buf[this.at + 17] = (state.emitted & 1) | ((state.dirty & 1) << 1);
      if (state.emitted > 1 || state.dirty > 1) throw UNSUPPORTED;
      this.at += 18;
      this.value(state.set);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      this.at = start;
      const body = v8.serialize(state);
      this.room(8 + body.length);
      this.view.setFloat64(this.at, state.touchedAt, true);
      this.buf.set(body, this.at + 8);
      this.at += 8 + body.length;
    }
    return this.buf.subarray(start, this.at);
  }

  /** Makes room for `n` more bytes; earlier views keep the old buffer, which no longer changes. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  private value(v: unknown): void {
    switch (typeof v) {
      case 'number':
        if ((v | 0) === v && !Object.is(v, -0)) {
          this.room(5);
          this.buf[this.at] = Tag.Int32;
          this.view.setInt32(this.at + 1, v, true);
          this.at += 5;
        } else {
          this.room(9);
          this.buf[this.at] = Tag.Float64;
          this.view.setFloat64(this.at + 1, v, true);
          this.at += 9;
        }
        return;
      case 'undefined':
        this.room(1);
        this.buf[this.at++] = Tag.Undefined;
        return;
      case 'boolean':
        this.room(1);
        this.buf[this.at++] = v ? Tag.True : Tag.False;
        return;
      case 'string':
        this.text(Tag.Text, v);
        return;
      case 'bigint':
        this.text(Tag.BigInt, v.toString(16));
        return;
      case 'object':
        if (v === null) {
          this.room(1);
          this.buf[this.at++] = Tag.Null;
          return;
        }
        if (Array.isArray(v)) {
          if (Object.getPrototypeOf(v) !== Array.prototype) throw UNSUPPORTED;
          this.room(5);
          this.buf[this.at] = Tag.List;
          this.view.setUint32(this.at + 1, v.length, true);
          this.at += 5;
          for (let i = 0; i < v.length; i++) {
            // A hole would come back as undefined.
            if (!(i in v)) throw UNSUPPORTED;
            this.value(v[i]);
          }
          return;
        }
        if (Object.getPrototypeOf(v) !== Object.prototype) throw UNSUPPORTED;
        {
          const keys = Object.keys(v);
          this.room(5);
          this.buf[this.at] = Tag.Record;
          this.view.setUint32(this.at + 1, keys.length, true);
          this.at += 5;
          for (const k of keys) {
            // Assigned back, this key would set the prototype instead.
            if (k === '__proto__') throw UNSUPPORTED;
            this.text(Tag.Text, k);
            this.value((v as Record<string, unknown>)[k]);
          }
        }
        return;
      default:
        throw UNSUPPORTED;
    }
  }

  /** A tag, a length in UTF-16 code units and the code units (lone surrogates survive). */
  private text(tag: Tag, s: string): void {
    this.room(5 + 2 * s.length);
    this.buf[this.at] = tag;
    this.view.setUint32(this.at + 1, s.length, true);
    let at = this.at + 5;
    for (let i = 0; i < s.length; i++, at += 2) this.view.setUint16(at, s.charCodeAt(i), true);
    this.at = at;
  }
}

/**
 * The group's last change time, without decoding the rest.
 *
 * @example
 * ```ts
 * touchedAtOf(new StateWriter(64).write(state)) === state.touchedAt; // true
 * ```
 */
export function touchedAtOf(value: Uint8Array): number {
  return new DataView(value.buffer, value.byteOffset, 8).getFloat64(0, true);
}

/**
 * A spilled value back to its `GroupState` (either format).
 *
 * @example
 * ```ts
 * const state = decodeState(value); // value: from StateWriter.write, or time + v8.serialize
 * store.importGroup(g, state);
 * ```
 */
export function decodeState(value: Uint8Array): GroupState {
  if (value[8] === V8_TAG) return v8.deserialize(value.subarray(8)) as GroupState;
  if (value[8] !== COMPACT) throw new StorageError(`a spilled group state has an unknown format (byte ${value[8]}): spill files and checkpoints hold states this version writes; was the checkpoint written by a newer version?`);
  const r = new Reader(value);
  const flags = value[17]!;
  return { touchedAt: r.view.getFloat64(0, true), rows: r.view.getFloat64(9, true), emitted: flags & 1, dirty: (flags >> 1) & 1, set: r.value() as unknown[] };
}

class Reader {
  readonly view: DataView;
  at = 18;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  value(): unknown {
    const tag = this.bytes[this.at++] as Tag;
    switch (tag) {
      case Tag.Undefined: return undefined;
      case Tag.Null: return null;
      case Tag.True: return true;
      case Tag.False: return false;
      case Tag.Int32: {
        const v = this.view.getInt32(this.at, true);
        this.at += 4;
        return v;
      }
      case Tag.Float64: {
        const v = this.view.getFloat64(this.at, true);
        this.at += 8;
        return v;
      }
      case Tag.Text: return this.text();
      case Tag.BigInt: {
        const hex = this.text();
        return hex.startsWith('-') ? -BigInt(`0x${hex.slice(1)}`) : BigInt(`0x${hex}`);
      }
      case Tag.List: {
        const n = this.view.getUint32(this.at, true);
        this.at += 4;
        const out: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = this.value();
        return out;
      }
      case Tag.Record: {
        const n = this.view.getUint32(this.at, true);
        this.at += 4;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          this.at++; // Tag.Text
          const k = this.text();
          out[k] = this.value();
        }
        return out;
      }
      default:
        throw new StorageError(`a spilled group state is corrupt (tag ${tag as number} at byte ${this.at - 1}); please report it`);
    }
  }

  private text(): string {
    const n = this.view.getUint32(this.at, true);
    this.at += 4;
    let s = '';
    // Chunks keep String.fromCharCode's argument list short.
    for (let i = 0; i < n; i += 4096) {
      const m = Math.min(4096, n - i);
      const units = new Array<number>(m);
      for (let j = 0; j < m; j++) units[j] = this.view.getUint16(this.at + 2 * (i + j), true);
      s += String.fromCharCode(...units);
    }
    this.at += 2 * n;
    return s;
  }
}
