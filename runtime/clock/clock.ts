/**
 * Injected time. Everything that depends on the time of day (processing-time watermarks, timers)
 * reads a Clock, so tests drive time with a SimulatedClock instead of sleeping.
 * Metrics such as "time blocked" measure real elapsed time and do not use the Clock.
 */

/** A cancellable timer handle. */
export interface TimerHandle {
  cancel(): void;
}

/** A source of time and timers. */
export interface Clock {
  /** Now, in epoch milliseconds. */
  now(): number;
  /** Calls `fn` once after `ms` milliseconds of this clock's time. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
}

/**
 * The wall clock (the default).
 *
 * @example
 * ```ts
 * const job = await flow.start({ clock: systemClock });
 * ```
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const t = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(t) };
  },
};

interface PendingTimer {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * A clock that moves only when told to. Timers fire in time order (ties in creation order)
 * during `advance`/`set`, synchronously.
 *
 * @example
 * ```ts
 * const clock = new SimulatedClock(0);
 * clock.setTimeout(() => console.log('tick'), 1000);
 * clock.advance(1000); // prints tick
 * ```
 */
export class SimulatedClock implements Clock {
  private timers: PendingTimer[] = [];
  private seq = 0;

  constructor(private time = 0) {}

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer: PendingTimer = { at: this.time + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.timers.push(timer);
    return { cancel: () => void (timer.cancelled = true) };
  }

  /** Moves time forward by `ms`, firing due timers in order. */
  advance(ms: number): void {
    this.set(this.time + ms);
  }

  /** Moves time to `time` (never backwards), firing due timers in order. */
  set(time: number): void {
    if (time < this.time) throw new RangeError(`SimulatedClock cannot go back from ${this.time} to ${time}`);
    for (;;) {
      let next: PendingTimer | undefined;
      for (const t of this.timers) {
        if (t.cancelled || t.at > time) continue;
        if (next === undefined || t.at < next.at || (t.at === next.at && t.seq < next.seq)) next = t;
      }
      if (next === undefined) break;
      this.timers = this.timers.filter((t) => t !== next && !t.cancelled);
      this.time = next.at;
      next.fn();
    }
    this.time = time;
  }

  /** Timers not yet fired or cancelled. */
  get pending(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }
}
