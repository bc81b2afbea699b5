import test from 'ava';
import { Scheduler, type Schedulable } from './scheduler.js';

class FakeActor implements Schedulable {
  scheduled = false;
  turns = 0;
  handled = 0;
  constructor(private readonly scheduler: Scheduler, private work: number, private readonly log: string[], readonly name: string) {}
  runTurn(budget: number): void {
    this.turns++;
    const n = Math.min(budget, this.work);
    this.work -= n;
    this.handled += n;
    this.log.push(this.name);
    if (this.work > 0) this.scheduler.schedule(this);
  }
}

test('scheduler - a hot actor gets at most one turn before a waiting actor runs', async (t) => {
  const s = new Scheduler({ turnBudget: 4 });
  const log: string[] = [];
  const hot = new FakeActor(s, 1000, log, 'hot');
  const cold = new FakeActor(s, 4, log, 'cold');
  s.schedule(hot);
  s.schedule(cold);
  await s.whenIdle();
  t.deepEqual(log.slice(0, 3), ['hot', 'cold', 'hot']);
  t.is(hot.handled, 1000);
  t.is(hot.turns, 250, 'each turn handles at most the budget');
});

test('scheduler - scheduling is idempotent while queued', async (t) => {
  const s = new Scheduler();
  const log: string[] = [];
  const a = new FakeActor(s, 1, log, 'a');
  s.schedule(a);
  s.schedule(a);
  s.schedule(a);
  await s.whenIdle();
  t.deepEqual(log, ['a']);
});

test('scheduler - it yields to the event loop when a slice runs out', async (t) => {
  const s = new Scheduler({ turnBudget: 1, sliceMs: 1 });
  const log: string[] = [];
  const spin = new (class extends FakeActor {
    override runTurn(budget: number): void {
      const until = performance.now() + 0.2;
      while (performance.now() < until);
      super.runTurn(budget);
    }
  })(s, 200, log, 'spin');
  let immediateRan = false;
  s.schedule(spin);
  setImmediate(() => (immediateRan = true));
  await s.whenIdle();
  t.true(immediateRan);
  t.true(s.metrics().yields > 0);
});

test('scheduler - it is not idle while an asynchronous handler runs', async (t) => {
  const s = new Scheduler();
  s.busyStarted();
  let idle = false;
  void s.whenIdle().then(() => (idle = true));
  await new Promise((r) => setImmediate(r));
  t.false(idle);
  s.busyEnded();
  await new Promise((r) => setImmediate(r));
  t.true(idle);
});
