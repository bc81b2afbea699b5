import test from 'ava';
import { formatTimestamp, parseTimestamp } from './values.js';

test('parseTimestamp reads ISO text in UTC unless an offset is given, and keeps microseconds', (t) => {
  const base = Date.UTC(2024, 2, 1, 10);
  t.is(parseTimestamp('2024-03-01 10:00:00'), base);
  t.is(parseTimestamp('2024-03-01T10:00:00Z'), base);
  for (const zone of ['+00', '+0000', '+00:00', '-00']) t.is(parseTimestamp(`2024-03-01 10:00:00${zone}`), base, zone);
  t.is(parseTimestamp('2024-03-01 11:30:00+01:30'), base);
  t.is(parseTimestamp('2024-03-01 05:00:00-05'), base);
  t.is(parseTimestamp('2024-03-01'), Date.UTC(2024, 2, 1));
  t.is(parseTimestamp('2024-03-01 10:00'), base);
  t.is(parseTimestamp('2024-03-01 10:00:00.123456'), base + 123.456);
  t.is(formatTimestamp(parseTimestamp('2024-03-01 10:00:00.123456')), '2024-03-01 10:00:00.123456');
  t.is(formatTimestamp(parseTimestamp('2024-03-01 10:00:00+00'), true), '2024-03-01 10:00:00.000+00', 'what CAST(timestamptz AS VARCHAR) writes reads back');
  t.is(parseTimestamp(new Date(base)), base);
  t.is(parseTimestamp(base), base);
});

test('parseTimestamp rejects what is not a real instant, saying what it expects', (t) => {
  for (const bad of ['2024-02-30 00:00:00', '2024-13-01', '2024-03-01 24:00:00', 'yesterday', '2024-03-01 10:00:00 UTC', '']) {
    t.throws(() => parseTimestamp(bad, 'column ts'), { message: /column ts: expected epoch milliseconds, a Date or an ISO timestamp/ }, bad);
  }
  t.throws(() => parseTimestamp(Number.NaN), { message: /expected epoch milliseconds/ });
});
