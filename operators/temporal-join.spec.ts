// Event-time temporal join: against a reference model, any arrival order and watermark schedule
// gives each left row the version valid at its time; over a changelog of versions, the
// consolidated output follows deletes and late versions.
import test from 'ava';
import { schemaOf } from '../runtime/index.js';
import type { plan } from '../specs/index.js';
import { mulberry32, OperatorHarness, runOperator, normalizeTimeline, testSeed } from '../runtime/testing/index.js';
import { temporalJoin } from './temporal-join.js';

const node = (leftJoin: boolean): plan.TemporalJoinNode => ({ leftKeys: ['k'], rightKeys: ['pk'], leftTime: 'ts', versionTime: 'vt', leftJoin });
const left = schemaOf({ k: 'int32', ts: 'timestamp', oid: 'int32' });
const versions = schemaOf({ pk: 'int32', vt: 'timestamp', price: 'int32' });
const changelog = schemaOf({ pk: 'int32', vt: 'timestamp', price: 'int32', __weight: 'int32' });

test('S15: each order takes the version valid at its time, once the versions watermark passes it', async (t) => {
  const out = await runOperator(temporalJoin, node(false), [left, versions], `
    @1 [pk:int32 vt:timestamp price:int32]
    @1 + 1 0 10
    @0 [k:int32 ts:timestamp oid:int32]
    @0 + 1 400 1
    @0 + 1 600 2
    @1 [pk:int32 vt:timestamp price:int32]
    @1 + 1 500 12
    @1 w(1000)
    @0 w(1000)
    @1 |
    @0 |
  `);
  t.is(out, normalizeTimeline(`
    [k:int32 ts:timestamp oid:int32 pk:int32 vt:timestamp price:int32]
    + 1 400 1 1 0 10
    + 1 600 2 1 500 12
    w(1000)
    |
  `));
});

interface L { k: number | null; ts: number; oid: number }
interface V { pk: number; vt: number; price: number }

/** Each left row with the latest live version of its key at or before its time (the later arrival on ties). */
function expected(lefts: readonly L[], live: readonly (V & { seq: number })[], leftJoin: boolean): string[] {
  const out: string[] = [];
  for (const l of lefts) {
    const cands = live.filter((v) => v.pk === l.k && v.vt <= l.ts).sort((a, b) => a.vt - b.vt || a.seq - b.seq);
    const m = cands[cands.length - 1];
    if (m === undefined && !leftJoin) continue;
    out.push([l.k ?? 'NULL', l.ts, l.oid, m?.pk ?? 'NULL', m?.vt ?? 'NULL', m?.price ?? 'NULL'].join(' '));
  }
  return out.sort();
}

function consolidate(rendered: string): { rows: string[]; bad: string[] } {
  const counts = new Map<string, number>();
  for (const l of rendered.split('\n')) {
    if (l[0] !== '+' && l[0] !== '-') continue;
    counts.set(l.slice(2), (counts.get(l.slice(2)) ?? 0) + (l[0] === '+' ? 1 : -1));
  }
  const rows = [...counts].filter(([, n]) => n === 1).map(([k]) => k).sort();
  const bad = [...counts].filter(([, n]) => n !== 0 && n !== 1).map(([k, n]) => `${k} x${n}`);
  return { rows, bad };
}

test('random arrival orders and watermarks: the output equals the versions valid at each time (append-only versions)', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} replays it)`);
  for (let run = 0; run < 80; run++) {
    const rand = mulberry32((seed + run) >>> 0);
    const pick = (n: number) => Math.floor(rand() * n);
    const leftJoin = pick(2) === 0;
    const h = new OperatorHarness(temporalJoin, node(leftJoin), [left, versions]);
    await h.open();
    const lefts: L[] = [];
    const live: (V & { seq: number })[] = [];
    let [lw, rw, oid, seq] = [0, 0, 0, 0];
    for (let step = 0; step < 12; step++) {
      const lines: string[] = [];
      if (pick(2) === 0) {
        lines.push('@1 [pk:int32 vt:timestamp price:int32]');
        for (let i = 0, n = 1 + pick(3); i < n; i++) {
          // Versions at or after the versions watermark (earlier ones would be late).
          const v = { pk: pick(3), vt: rw + pick(30), price: pick(100), seq: seq++ };
          live.push(v);
          lines.push(`@1 + ${v.pk} ${v.vt} ${v.price}`);
        }
      } else {
        lines.push('@0 [k:int32 ts:timestamp oid:int32]');
        for (let i = 0, n = 1 + pick(3); i < n; i++) {
          const l = { k: pick(5) === 0 ? null : pick(3), ts: lw + pick(30), oid: oid++ };
          lefts.push(l);
          lines.push(`@0 + ${l.k ?? 'NULL'} ${l.ts} ${l.oid}`);
        }
      }
      if (pick(3) === 0) lines.push(`@1 w(${(rw += pick(15))})`);
      if (pick(3) === 0) lines.push(`@0 w(${(lw += pick(15))})`);
      await h.feed(lines.join('\n'));
    }
    await h.feed('@1 |\n@0 |');
    t.is(h.error, undefined);
    const rendered = h.rendered();
    const rows = rendered.split('\n').filter((l) => l.startsWith('+') || l.startsWith('-'));
    t.false(rows.some((l) => l.startsWith('-')), 'append-only versions give an append-only output');
    t.deepEqual(rows.map((l) => l.slice(2)).sort(), expected(lefts, live, leftJoin), `seed ${(seed + run) >>> 0}`);
  }
});

test('random changelog of versions (CDC deletes, late versions): the consolidated output follows the versions left', async (t) => {
  const seed = testSeed();
  t.log(`seed ${seed} (LAMINARDB_SEED=${seed} replays it)`);
  for (let run = 0; run < 80; run++) {
    const rand = mulberry32((seed + run) >>> 0);
    const pick = (n: number) => Math.floor(rand() * n);
    const leftJoin = pick(2) === 0;
    const h = new OperatorHarness(temporalJoin, node(leftJoin), [left, changelog]);
    await h.open();
    const lefts: L[] = [];
    const live: (V & { seq: number })[] = [];
    let [w, oid, seq] = [0, 0, 0];
    for (let step = 0; step < 14; step++) {
      const lines: string[] = [];
      if (pick(2) === 0) {
        lines.push('@1 [pk:int32 vt:timestamp price:int32 __weight:int32]');
        for (let i = 0, n = 1 + pick(3); i < n; i++) {
          if (live.length > 0 && pick(3) === 0) {
            const [v] = live.splice(pick(live.length), 1);
            lines.push(`@1 - ${v!.pk} ${v!.vt} ${v!.price}`);
          } else {
            const v = { pk: pick(3), vt: pick(60), price: pick(100), seq: seq++ };
            live.push(v);
            lines.push(`@1 + ${v.pk} ${v.vt} ${v.price}`);
          }
        }
      } else {
        lines.push('@0 [k:int32 ts:timestamp oid:int32]');
        for (let i = 0, n = 1 + pick(3); i < n; i++) {
          const l = { k: pick(3), ts: w + pick(30), oid: oid++ };
          lefts.push(l);
          lines.push(`@0 + ${l.k} ${l.ts} ${l.oid}`);
        }
      }
      if (pick(3) === 0) {
        w += pick(15);
        lines.push(`@1 w(${w})`, `@0 w(${w})`);
      }
      await h.feed(lines.join('\n'));
    }
    await h.feed('@1 |\n@0 |');
    t.is(h.error, undefined);
    const got = consolidate(h.rendered());
    t.deepEqual(got.bad, [], `seed ${(seed + run) >>> 0}: rows emitted more often than retracted`);
    // Ties between equal live versions: the model's later arrival may be a different but equal row.
    t.deepEqual(got.rows, expected(lefts, live, leftJoin), `seed ${(seed + run) >>> 0}`);
  }
});

test('plan errors name the problem', (t) => {
  t.throws(() => temporalJoin.outputSchema({ ...node(false), versionTime: 'price' }, [left, versions]), { message: /compares timestamps; 'price' is int32/ });
  t.throws(() => temporalJoin.outputSchema({ ...node(false), rightKeys: [] }, [left, versions]), { message: /as many stream keys as version keys/ });
  t.throws(() => temporalJoin.outputSchema(node(false), [schemaOf({ k: 'int32', ts: 'timestamp', __weight: 'int32' }), versions]), { message: /must be append-only/ });
});
