/**
 * Watermark alignment groups: sources in one group may not run more than a maximum drift ahead
 * of the slowest one. Each source's watermark node reports its watermark here and, when it is too
 * far ahead, waits for the group to catch up; while it waits its input mailbox fills and the
 * source is suspended by backpressure, so no rows pile up. A source without a watermark yet holds
 * the group at its start (else a source that starts later would find the others far ahead);
 * sources silent for longer than their idle timeout, and ended ones, do not hold it back.
 */
import type { Clock } from './clock.js';

interface Member {
  watermark: number;
  maxDriftMs: number;
  idleMs: number;
  seenAt: number;
  waiting: (() => void) | undefined;
}

/** The service watermark nodes in an alignment group share (`ctx.service('alignment')`). */
export class WatermarkAlignment {
  private readonly groups = new Map<string, Map<string, Member>>();

  constructor(private readonly clock: Clock) {}

  /** Adds a source (by its watermark node's name) to a group. */
  join(group: string, member: string, maxDriftMs: number, idleMs: number): void {
    let g = this.groups.get(group);
    if (g === undefined) this.groups.set(group, (g = new Map()));
    g.set(member, { watermark: -Infinity, maxDriftMs, idleMs, seenAt: this.clock.now(), waiting: undefined });
  }

  /** Removes a member (its pipeline node went away); the others may then move on. */
  leave(group: string, member: string): void {
    const g = this.groups.get(group);
    if (g === undefined) return;
    g.get(member)?.waiting?.();
    g.delete(member);
    this.release(group);
  }

  /** The slowest watermark of the group's live members (Infinity when every one is idle). */
  floor(group: string): number {
    const now = this.clock.now();
    let min = Infinity;
    for (const m of this.groups.get(group)?.values() ?? []) {
      if (m.idleMs > 0 && now - m.seenAt >= m.idleMs) continue;
      if (m.watermark < min) min = m.watermark;
    }
    return min;
  }

  /**
   * Reports a member's watermark (and that it saw rows). Returns a promise to wait on while the
   * member is too far ahead of its group, else undefined.
   */
  report(group: string, member: string, watermark: number): Promise<void> | undefined {
    const m = this.groups.get(group)?.get(member);
    if (m === undefined) return undefined;
    m.seenAt = this.clock.now();
    if (watermark > m.watermark) m.watermark = watermark;
    this.release(group);
    if (this.allowed(group, m)) return undefined;
    return new Promise<void>((resolve) => {
      m.waiting = resolve;
    });
  }

  /** Whether a member of `group` holds the group back (for metrics). */
  ahead(group: string, member: string): boolean {
    const m = this.groups.get(group)?.get(member);
    return m !== undefined && !this.allowed(group, m);
  }

  private allowed(group: string, m: Member): boolean {
    return m.watermark <= this.floor(group) + m.maxDriftMs;
  }

  /** Wakes the members the group's floor now allows to run. */
  release(group: string): void {
    for (const m of this.groups.get(group)?.values() ?? []) {
      if (m.waiting !== undefined && this.allowed(group, m)) {
        const go = m.waiting;
        m.waiting = undefined;
        go();
      }
    }
  }

  /** Re-checks every group (idle members may have timed out). */
  tick(): void {
    for (const group of this.groups.keys()) this.release(group);
  }
}
