// The Nexmark generator model: the 1:3:46 mix, determinism, ids that agree across tables, hot
// keys and disorder (the SQL source: specs/e2e/generators.spec.ts).
import test from 'ava';
import { batchToRows, type Row } from '../../../runtime/index.js';
import { NexmarkGenerator, tableOf } from './nexmark-model.js';

const config = { seed: 7, rate: 10_000, baseTime: Date.UTC(2024, 0, 1), maxDisorderMs: 0 };
const rowsOf = (table: 'person' | 'auction' | 'bid', events: number, c = config): Row[] => {
  const g = new NexmarkGenerator(table, c);
  const out: Row[] = [];
  for (let n = 0; n < events;) {
    const { batch, next } = g.batch(n, events, 997);
    if (batch) batchToRows(batch, out);
    n = next;
  }
  return out;
};

test('events come in the 1:3:46 mix, numbered across the three tables', (t) => {
  const counts = { person: 0, auction: 0, bid: 0 };
  for (let n = 0; n < 5000; n++) counts[tableOf(n)]++;
  t.deepEqual(counts, { person: 100, auction: 300, bid: 4600 });
  t.is(rowsOf('bid', 5000).length, 4600);
});

test('the same seed gives the same events; another seed others', (t) => {
  t.deepEqual(rowsOf('bid', 2000), rowsOf('bid', 2000));
  t.notDeepEqual(rowsOf('bid', 2000), rowsOf('bid', 2000, { ...config, seed: 8 }));
  // Generating in other batch sizes or from a later position gives the same rows.
  const g = new NexmarkGenerator('auction', config);
  const tail = batchToRows(g.batch(1000, 2000, 10_000).batch!);
  t.deepEqual(tail, rowsOf('auction', 2000).slice(-tail.length));
});

test('ids agree across tables: bids name auctions and people that exist by then; hot ids dominate', (t) => {
  const people = new Set(rowsOf('person', 20_000).map((p) => p.id));
  const auctions = rowsOf('auction', 20_000);
  const auctionIds = new Set(auctions.map((a) => a.id));
  const bids = rowsOf('bid', 20_000);
  const known = bids.filter((b) => auctionIds.has(b.auction)).length / bids.length;
  t.true(known > 0.9, `${known} of bids name a generated auction`);
  t.true(auctions.every((a) => people.has(a.seller) || (a.seller as bigint) >= 1000n), 'sellers are person ids');
  const byAuction = new Map<unknown, number>();
  for (const b of bids) byAuction.set(b.auction, (byAuction.get(b.auction) ?? 0) + 1);
  const hot = [...byAuction.entries()].filter(([a]) => (a as bigint) % 100n === 0n).reduce((s, [, n]) => s + n, 0);
  t.true(hot / bids.length > 0.45, `about half the bids go to hot auctions (${hot / bids.length})`);
  t.true(bids.every((b) => (b.price as bigint) >= 100n), 'prices are at least 1.00 in cents');
});

test('timestamps follow the rate; disorder moves some into the past', (t) => {
  const bids = rowsOf('bid', 1000);
  const times = bids.map((b) => b.date_time as number);
  t.true(times.every((x, i) => i === 0 || x >= times[i - 1]!), 'in order without disorder');
  t.is(times.at(-1)! - config.baseTime, 99, '1000 events at 10,000/s span 100 ms');
  const late = rowsOf('bid', 20_000, { ...config, maxDisorderMs: 2000 }).map((b) => b.date_time as number);
  let behind = 0;
  for (let i = 1; i < late.length; i++) if (late[i]! < Math.max(...late.slice(Math.max(0, i - 50), i))) behind++;
  t.true(behind > 0, 'some events arrive after later ones');
});
