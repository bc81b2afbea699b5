import test from 'ava';
import { rowsToBatch } from '../batch/rows.js';
import { schemaOf } from '../batch/types.js';
import { MailboxClosedError } from '../errors/errors.js';
import { data, END, watermark } from '../message/message.js';
import { Mailbox } from './mailbox.js';

const schema = schemaOf({ x: 'int32' });
const batch = (n: number, start = 0) => rowsToBatch(schema, Array.from({ length: n }, (_, i) => ({ x: start + i })));

test('mailbox - a batch costs min(rows, capacity), a control message 1', (t) => {
  const mb = new Mailbox({ capacity: 100 });
  mb.offer(data(batch(30)));
  t.is(mb.depth, 30);
  mb.offer(watermark(5));
  t.is(mb.depth, 31);
  mb.offer(data(batch(500)));
  t.is(mb.depth, 131, 'a batch larger than the budget costs the whole budget, and always fits');
  t.false(mb.writable());
  mb.poll();
  mb.poll();
  t.is(mb.depth, 100);
  mb.poll();
  t.is(mb.depth, 0);
  t.true(mb.writable());
});

test('mailbox - suspend: send waits while full and resumes in order when drained', async (t) => {
  const mb = new Mailbox({ capacity: 10 });
  t.is(mb.send(data(batch(10, 0))), undefined, 'accepted at once');
  const second = mb.send(data(batch(5, 100)));
  const third = mb.send(data(batch(5, 200)));
  t.true(second instanceof Promise);
  t.true(third instanceof Promise);
  t.is(mb.length, 1);
  const first = mb.poll();
  t.is(first?.kind, 'data');
  await second;
  await third;
  const order = [mb.poll(), mb.poll()].map((m) => (m?.kind === 'data' ? m.batch.getChildAt(0)!.get(0) : null));
  t.deepEqual(order, [100, 200]);
  t.true(mb.metrics().blockedMs >= 0);
});

test('mailbox - dropping: data offered to a full mailbox is dropped and counted, control messages never', (t) => {
  const mb = new Mailbox({ capacity: 10, overflow: 'dropping' });
  t.true(mb.offer(data(batch(8))));
  t.false(mb.offer(data(batch(5))));
  t.true(mb.offer(watermark(1)));
  t.true(mb.offer(END));
  const m = mb.metrics();
  t.is(m.droppedRows, 5);
  t.is(m.droppedBatches, 1);
  t.deepEqual([mb.poll()?.kind, mb.poll()?.kind, mb.poll()?.kind, mb.poll()], ['data', 'watermark', 'end', undefined]);
});

test('mailbox - sliding: the oldest data is evicted for new data, control messages stay in order', (t) => {
  const mb = new Mailbox({ capacity: 10, overflow: 'sliding' });
  mb.offer(data(batch(4, 0)));
  mb.offer(watermark(1));
  mb.offer(data(batch(4, 10)));
  mb.offer(data(batch(4, 20)));
  const kinds = [];
  for (let m = mb.poll(); m; m = mb.poll()) kinds.push(m.kind === 'data' ? m.batch.getChildAt(0)!.get(0) : m.kind);
  t.deepEqual(kinds, ['watermark', 10, 20]);
  t.is(mb.metrics().droppedRows, 4);
});

test('mailbox - close rejects waiting senders and discards queued messages', async (t) => {
  const mb = new Mailbox({ capacity: 1, name: 'edge' });
  mb.offer(data(batch(1)));
  const waiting = mb.send(data(batch(1)));
  mb.close();
  const err = await t.throwsAsync(waiting!);
  t.true(err instanceof MailboxClosedError);
  t.regex(err!.message, /edge/);
  t.is(mb.length, 0);
  await t.throwsAsync(mb.send(data(batch(1)))!);
});

test('mailbox - ring buffer grows past its initial size and keeps FIFO order', (t) => {
  const mb = new Mailbox({ capacity: 1_000_000 });
  for (let i = 0; i < 100; i++) mb.offer(watermark(i));
  mb.poll();
  for (let i = 100; i < 150; i++) mb.offer(watermark(i));
  const seen: number[] = [];
  for (let m = mb.poll(); m; m = mb.poll()) if (m.kind === 'watermark') seen.push(m.ts);
  t.deepEqual(seen, Array.from({ length: 149 }, (_, i) => i + 1));
});

test('mailbox - rejects a capacity that is not a positive number', (t) => {
  t.throws(() => new Mailbox({ capacity: 0 }), { instanceOf: RangeError });
  t.throws(() => new Mailbox({ capacity: Number.NaN }), { instanceOf: RangeError });
});
