/**
 * The Nexmark event model (nexmark/nexmark, Flink flavour, derived from Beam): one sequence of
 * events numbered 0, 1, 2, ... of which 1 in 50 is a person, 3 an auction and 46 a bid. Ids,
 * the hot auctions, bidders and sellers (the first id of each block of 100) and the rest follow
 * the reference generator's rules; values come from a PRNG seeded by (seed, event number), so an
 * event is a pure function of its number and the three tables (person, auction, bid) agree with
 * each other however they are generated. Column names follow RisingWave (snake_case).
 */
import { fixedColumn, makeBatch, makeSchema, VarBuilder, type Column, type RecordBatch, type Schema } from '../../../runtime/index.js';

export type NexmarkTable = 'person' | 'auction' | 'bid';

const PERSON_PROPORTION = 1;
const AUCTION_PROPORTION = 3;
const TOTAL_PROPORTION = 50;
const FIRST_PERSON_ID = 1000;
const FIRST_AUCTION_ID = 1000;
const FIRST_CATEGORY_ID = 10;
const NUM_CATEGORIES = 5;
const HOT_AUCTION_RATIO = 2;
const HOT_SELLER_RATIO = 4;
const HOT_BIDDER_RATIO = 4;
const HOT_BLOCK = 100;
const NUM_IN_FLIGHT_AUCTIONS = 100;
const NUM_ACTIVE_PEOPLE = 1000;
const PERSON_ID_LEAD = 10;
const AUCTION_ID_LEAD = 10;
const HOT_CHANNELS = ['Google', 'Facebook', 'Baidu', 'Apple'];
const HOT_URLS = HOT_CHANNELS.map((c) => `https://www.nexmark.com/${c.toLowerCase()}/item.htm?query=1`);
const US_STATES = ['AZ', 'CA', 'ID', 'OR', 'WA', 'WY'];
const US_CITIES = ['Phoenix', 'Los Angeles', 'San Francisco', 'Boise', 'Portland', 'Bend', 'Redmond', 'Seattle', 'Kent', 'Cheyenne'];
const FIRST_NAMES = ['Peter', 'Paul', 'Luke', 'John', 'Saul', 'Vicky', 'Kate', 'Julie', 'Sarah', 'Deiter', 'Walter'];
const LAST_NAMES = ['Shultz', 'Abrams', 'Spencer', 'White', 'Bartels', 'Walton', 'Smith', 'Jones', 'Noris'];

/** Generator settings (the `nexmark.*` options). */
export interface NexmarkConfig {
  readonly seed: number;
  /** Events per second of event time, all kinds together (sets the spacing of timestamps). */
  readonly rate: number;
  /** Event time of event 0 (epoch ms). */
  readonly baseTime: number;
  /** Some events (10%) carry a timestamp up to this many ms in the past: out-of-order input. */
  readonly maxDisorderMs: number;
}

/** The table an event number belongs to. */
export function tableOf(n: number): NexmarkTable {
  const offset = n % TOTAL_PROPORTION;
  return offset < PERSON_PROPORTION ? 'person' : offset < PERSON_PROPORTION + AUCTION_PROPORTION ? 'auction' : 'bid';
}

function lastBase0PersonId(n: number): number {
  const epoch = Math.floor(n / TOTAL_PROPORTION);
  let offset = n % TOTAL_PROPORTION;
  if (offset >= PERSON_PROPORTION) offset = PERSON_PROPORTION - 1;
  return epoch * PERSON_PROPORTION + offset;
}

function lastBase0AuctionId(n: number): number {
  let epoch = Math.floor(n / TOTAL_PROPORTION);
  let offset = n % TOTAL_PROPORTION;
  if (offset < PERSON_PROPORTION) {
    epoch--;
    offset = AUCTION_PROPORTION - 1;
  } else if (offset >= PERSON_PROPORTION + AUCTION_PROPORTION) {
    offset = AUCTION_PROPORTION - 1;
  } else {
    offset -= PERSON_PROPORTION;
  }
  return Math.max(0, epoch * AUCTION_PROPORTION + offset);
}

/** A small PRNG (splitmix32) seeded by the event: deterministic per (seed, n). */
class EventRandom {
  private s = 0;

  reset(seed: number, n: number): void {
    this.s = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n | 0, 0xc2b2ae35) ^ Math.floor(n / 4294967296)) >>> 0;
  }

  next(): number {
    this.s = (this.s + 0x9e3779b9) | 0;
    let t = this.s ^ (this.s >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  letters(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(97 + this.int(26));
    return s;
  }
}

/** Columns of each table. */
export const NEXMARK_SCHEMAS: Readonly<Record<NexmarkTable, Schema>> = {
  person: makeSchema([
    { name: 'id', type: 'int64', nullable: false }, { name: 'name', type: 'utf8', nullable: false },
    { name: 'email_address', type: 'utf8', nullable: false }, { name: 'credit_card', type: 'utf8', nullable: false },
    { name: 'city', type: 'utf8', nullable: false }, { name: 'state', type: 'utf8', nullable: false },
    { name: 'date_time', type: 'timestamp', nullable: false }, { name: 'extra', type: 'utf8', nullable: false },
  ]),
  auction: makeSchema([
    { name: 'id', type: 'int64', nullable: false }, { name: 'item_name', type: 'utf8', nullable: false },
    { name: 'description', type: 'utf8', nullable: false }, { name: 'initial_bid', type: 'int64', nullable: false },
    { name: 'reserve', type: 'int64', nullable: false }, { name: 'date_time', type: 'timestamp', nullable: false },
    { name: 'expires', type: 'timestamp', nullable: false }, { name: 'seller', type: 'int64', nullable: false },
    { name: 'category', type: 'int64', nullable: false }, { name: 'extra', type: 'utf8', nullable: false },
  ]),
  bid: makeSchema([
    { name: 'auction', type: 'int64', nullable: false }, { name: 'bidder', type: 'int64', nullable: false },
    { name: 'price', type: 'int64', nullable: false }, { name: 'channel', type: 'utf8', nullable: false },
    { name: 'url', type: 'utf8', nullable: false }, { name: 'date_time', type: 'timestamp', nullable: false },
    { name: 'extra', type: 'utf8', nullable: false },
  ]),
};

/** Builds batches of one table's events from a range of event numbers. */
export class NexmarkGenerator {
  private readonly r = new EventRandom();

  constructor(readonly table: NexmarkTable, readonly config: NexmarkConfig) {}

  /** Event time of event `n` (before disorder). */
  timeOf(n: number): number {
    return this.config.baseTime + Math.floor((n * 1000) / this.config.rate);
  }

  /** The next event number of this table at or after `n`. */
  nextOfTable(n: number): number {
    let m = n;
    while (tableOf(m) !== this.table) m++;
    return m;
  }

  private price(): number {
    return Math.round(10 ** (this.r.next() * 6) * 100);
  }

  private nextPerson(n: number): number {
    const numPeople = lastBase0PersonId(n) + 1;
    const active = Math.min(numPeople, NUM_ACTIVE_PEOPLE);
    return numPeople - active + this.r.int(active + PERSON_ID_LEAD);
  }

  private nextAuction(n: number): number {
    const max = lastBase0AuctionId(n);
    const min = Math.max(max - NUM_IN_FLIGHT_AUCTIONS, 0);
    return min + this.r.int(max - min + 1 + AUCTION_ID_LEAD);
  }

  /** Event time with the configured disorder. */
  private eventTime(n: number): number {
    const t = this.timeOf(n);
    if (this.config.maxDisorderMs > 0 && this.r.next() < 0.1) return t - this.r.int(this.config.maxDisorderMs + 1);
    return t;
  }

  /**
   * Up to `max` events of this table with numbers from `from` (inclusive) to `end` (exclusive).
   * Returns the batch (undefined if none) and the next event number to continue from.
   */
  batch(from: number, end: number, max: number, schema: Schema = NEXMARK_SCHEMAS[this.table]): { batch: RecordBatch | undefined; next: number } {
    const numbers: number[] = [];
    let n = from;
    for (; n < end && numbers.length < max; n++) if (tableOf(n) === this.table) numbers.push(n);
    if (numbers.length === 0) return { batch: undefined, next: n };
    const full = NEXMARK_SCHEMAS[this.table];
    const columns = this.columns(numbers);
    const picked = schema.fields.map((f) => columns[full.fields.findIndex((x) => x.name === f.name)]!);
    return { batch: makeBatch(schema, picked, numbers.length), next: n };
  }

  private columns(numbers: readonly number[]): Column[] {
    const count = numbers.length;
    const ints = () => new BigInt64Array(count);
    const text = () => new VarBuilder('utf8', 'nexmark');
    const r = this.r;
    switch (this.table) {
      case 'bid': {
        const [auction, bidder, price, time] = [ints(), ints(), ints(), ints()];
        const [channel, url, extra] = [text(), text(), text()];
        numbers.forEach((n, j) => {
          r.reset(this.config.seed, n);
          const a = r.int(HOT_AUCTION_RATIO) > 0 ? Math.floor(lastBase0AuctionId(n) / HOT_BLOCK) * HOT_BLOCK : this.nextAuction(n);
          const b = r.int(HOT_BIDDER_RATIO) > 0 ? Math.floor(lastBase0PersonId(n) / HOT_BLOCK) * HOT_BLOCK + 1 : this.nextPerson(n);
          auction[j] = BigInt(a + FIRST_AUCTION_ID);
          bidder[j] = BigInt(b + FIRST_PERSON_ID);
          price[j] = BigInt(this.price());
          if (r.int(2) > 0) {
            const k = r.int(HOT_CHANNELS.length);
            channel.append(HOT_CHANNELS[k]!);
            url.append(HOT_URLS[k]!);
          } else {
            const c = r.int(10000);
            channel.append(`channel-${c}`);
            url.append(`https://www.nexmark.com/${r.letters(5)}/${r.letters(5)}/item.htm?query=1&channel_id=${c}`);
          }
          time[j] = BigInt(this.eventTime(n));
          extra.append(r.letters(r.int(8)));
        });
        return [fixedColumn('int64', auction, count), fixedColumn('int64', bidder, count), fixedColumn('int64', price, count), channel.finish(), url.finish(), fixedColumn('timestamp', time, count), extra.finish()];
      }
      case 'auction': {
        const [id, initial, reserve, time, expires, seller, category] = [ints(), ints(), ints(), ints(), ints(), ints(), ints()];
        const [item, description, extra] = [text(), text(), text()];
        // Auctions last about as long as the events it takes to start the auctions in flight.
        const horizon = Math.max(1, Math.floor((NUM_IN_FLIGHT_AUCTIONS * TOTAL_PROPORTION * 1000) / AUCTION_PROPORTION / this.config.rate));
        numbers.forEach((n, j) => {
          r.reset(this.config.seed, n);
          id[j] = BigInt(lastBase0AuctionId(n) + FIRST_AUCTION_ID);
          item.append(`item-${r.letters(6)}`);
          description.append(r.letters(12));
          const first = this.price();
          initial[j] = BigInt(first);
          reserve[j] = BigInt(first + this.price());
          const t = this.eventTime(n);
          time[j] = BigInt(t);
          expires[j] = BigInt(t + 1 + r.int(2 * horizon));
          const s = r.int(HOT_SELLER_RATIO) > 0 ? Math.floor(lastBase0PersonId(n) / HOT_BLOCK) * HOT_BLOCK : this.nextPerson(n);
          seller[j] = BigInt(s + FIRST_PERSON_ID);
          category[j] = BigInt(FIRST_CATEGORY_ID + r.int(NUM_CATEGORIES));
          extra.append(r.letters(r.int(8)));
        });
        return [fixedColumn('int64', id, count), item.finish(), description.finish(), fixedColumn('int64', initial, count), fixedColumn('int64', reserve, count),
          fixedColumn('timestamp', time, count), fixedColumn('timestamp', expires, count), fixedColumn('int64', seller, count), fixedColumn('int64', category, count), extra.finish()];
      }
      case 'person': {
        const [id, time] = [ints(), ints()];
        const [name, email, card, city, state, extra] = [text(), text(), text(), text(), text(), text()];
        numbers.forEach((n, j) => {
          r.reset(this.config.seed, n);
          id[j] = BigInt(lastBase0PersonId(n) + FIRST_PERSON_ID);
          name.append(`${FIRST_NAMES[r.int(FIRST_NAMES.length)]} ${LAST_NAMES[r.int(LAST_NAMES.length)]}`);
          email.append(`${r.letters(7)}@${r.letters(5)}.com`);
          card.append(`${1000 + r.int(9000)} ${1000 + r.int(9000)} ${1000 + r.int(9000)} ${1000 + r.int(9000)}`);
          city.append(US_CITIES[r.int(US_CITIES.length)]!);
          state.append(US_STATES[r.int(US_STATES.length)]!);
          time[j] = BigInt(this.eventTime(n));
          extra.append(r.letters(r.int(8)));
        });
        return [fixedColumn('int64', id, count), name.finish(), email.finish(), card.finish(), city.finish(), state.finish(), fixedColumn('timestamp', time, count), extra.finish()];
      }
    }
  }
}
