// The retained-history ring on its own: epochs end at barriers, whole oldest epochs go first,
// bytes are the distinct buffers held, and every answer it cannot give exactly is an error.
import test from 'ava';
import { batchToRows, makeSchema, rowsToBatch, selectRows, type RecordBatch } from '../runtime/index.js';
import { RetainedHistory, type HistoryStart } from './history-ring.js';

const schema = makeSchema([{ name: 'k', type: 'utf8', nullable: false }, { name: 'v', type: 'int64', nullable: false }]);
const batch = (...vs: number[]): RecordBatch => rowsToBatch(schema, vs.map((v) => ({ k: `k${v}`, v: BigInt(v) })));
const values = (batches: readonly RecordBatch[]): number[] => batches.flatMap((b) => batchToRows(b).map((r) => Number(r.v)));
const ring = (limitBytes = 1 << 20, extra: Partial<HistoryStart> = {}): RetainedHistory =>
  new RetainedHistory({ label: "stream 's'", limitBytes, limitText: `${limitBytes}b`, after: 0, started: () => 100, ...extra });

test('rows before barrier n are epoch n; AS OF EPOCH n replays what came after it', (t) => {
  const h = ring();
  h.append(batch(1, 2));
  h.barrier(1);
  h.append(batch(3));
  h.barrier(2);
  h.append(batch(4));
  t.deepEqual(values(h.after(0)), [1, 2, 3, 4]);
  t.deepEqual(values(h.after(1)), [3, 4]);
  t.deepEqual(values(h.after(2)), [4]);
  for (const n of [0, 1, 2]) t.is(h.problem(n), undefined);
  t.regex(h.problem(3)!, /epoch 3 of stream 's' has not ended yet: the newest ended epoch is 2/);
  t.deepEqual(h.range(), { oldest: 0, newest: 2, epochs: 2, rows: 4, bytes: h.range().bytes });
});

test('whole oldest epochs are evicted; an evicted epoch is an error naming the oldest one left', (t) => {
  const probe = ring();
  probe.append(batch(1));
  probe.barrier(1);
  const perEpoch = probe.range().bytes;
  // Room for three one-row epochs.
  const h = ring(perEpoch * 3 + perEpoch / 2);
  for (let e = 1; e <= 5; e++) {
    h.append(batch(e));
    h.barrier(e);
  }
  const r = h.range();
  t.is(r.epochs, 3);
  t.is(r.oldest, 2, 'epochs 1 and 2 went; every change after barrier 2 is kept');
  t.true(r.bytes <= perEpoch * 3 + perEpoch / 2);
  t.deepEqual(values(h.after(2)), [3, 4, 5]);
  t.is(h.problem(2), undefined);
  const problem = h.problem(1)!;
  t.regex(problem, /epoch 1 of stream 's' was evicted/);
  t.regex(problem, /the oldest epoch to resume from is 2 \(AS OF EPOCH 2\)/);
  t.regex(problem, /raise 'retain_history'/);
});

test('nothing lost: an epoch before the object existed replays everything', (t) => {
  const h = ring(1 << 20, { after: 7 });
  h.append(batch(1));
  h.barrier(8);
  t.is(h.problem(3), undefined);
  t.deepEqual(values(h.after(3)), [1]);
  t.is(h.range().oldest, 0);
});

test('buffers shared by batches are counted once, and released with the last batch holding them', (t) => {
  const big = batch(...Array.from({ length: 1000 }, (_, i) => i));
  const sel = new Int32Array([0]);
  const one = ring();
  one.append(big);
  const alone = one.range().bytes;
  const h = ring();
  h.append(big);
  h.append(big);
  t.true(h.range().bytes < alone * 1.2, `the same batch twice holds its buffers once (${h.range().bytes} vs ${alone})`);
  const picked = ring();
  picked.append(selectRows(big, sel, 1));
  t.true(picked.range().bytes < alone / 10, 'a selected row holds its own small buffers');
  // Epochs 1 and 2 share the big batch's buffers: evicting epoch 1 frees none of them.
  const twice = (h: RetainedHistory) => {
    h.append(big);
    h.barrier(1);
    h.append(big);
    h.barrier(2);
    return h;
  };
  const both = twice(ring()).range().bytes;
  const shared = twice(ring(both + 100));
  shared.append(selectRows(big, sel, 1));
  shared.barrier(3);
  t.is(shared.range().oldest, 1, 'epoch 1 was evicted to make room');
  t.true(shared.range().bytes > alone, 'epoch 2 still holds the shared buffers');
  t.true(shared.range().bytes <= both + picked.range().bytes);
  for (let e = 4; e < 8; e++) {
    shared.append(selectRows(big, sel, 1));
    shared.barrier(e);
  }
  t.true(shared.range().bytes < alone / 2, `the shared buffers went with epoch 2 (${shared.range().bytes} bytes left)`);
});

test('an open epoch that alone outgrows the bound loses its oldest rows: no epoch resumes until the next ends', (t) => {
  const h = ring(600);
  h.append(batch(1));
  h.barrier(1);
  for (let i = 0; i < 20; i++) h.append(batch(10 + i));
  t.true(h.range().bytes <= 600);
  t.is(h.range().oldest, null);
  t.regex(h.problem(1)!, /epoch 1 of stream 's' was evicted: 'retain_history' = '600b' no longer holds every change after it; no epoch can be resumed from until the next one ends/);
  h.barrier(2);
  h.append(batch(99));
  t.is(h.range().oldest, 2);
  t.is(h.problem(2), undefined);
  t.deepEqual(values(h.after(2)), [99]);
});

test('after a restart, epochs from before it are an error until a barrier passes', (t) => {
  const h = ring(1 << 20, { after: 12, missing: 'restart' });
  h.append(batch(1));
  t.regex(h.problem(12)!, /the database restarted and history is kept in memory, so epochs from before the restart are gone/);
  t.regex(h.problem(5)!, /no epoch can be resumed from until the next one ends/);
  h.barrier(13);
  h.append(batch(2));
  t.regex(h.problem(12)!, /the oldest epoch to resume from is 13/);
  t.deepEqual(values(h.after(13)), [2]);
});

test('a barrier id that jumps (created while a checkpoint was in flight) cannot be split', (t) => {
  const h = ring(1 << 20, { after: 4 });
  h.append(batch(1));
  h.barrier(6);
  h.append(batch(2));
  t.is(h.problem(4), undefined);
  t.regex(h.problem(5)!, /checkpoint 5's barrier did not pass through stream 's'/);
  t.deepEqual(values(h.after(6)), [2]);
});

test('an output that ended emitted everything before later checkpoints', (t) => {
  const h = ring();
  h.append(batch(1));
  h.barrier(1);
  h.append(batch(2));
  h.end();
  t.is(h.problem(5), undefined, 'checkpoint 5 started after the end');
  t.deepEqual(values(h.after(5)), []);
  t.deepEqual(values(h.after(1)), [2]);
  t.regex(h.problem(101)!, /has not ended yet/, 'no checkpoint 101 has started');
});
