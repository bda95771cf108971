import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, dailyRunTimes, isTimeZone, parseDailyTime } from '../../src/jobs/dailySchedule.js';
import { addDays, localDay, zonedInstant } from '../../src/jobs/zonedTime.js';

const at = (iso: string) => new Date(iso);

describe('parseDailyTime', () => {
  it.each([
    ['08:30', '08:30'],
    ['8:30', '08:30'],
    [' 17:05 ', '17:05'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
  ])('reads %j as %s', (input, text) => {
    expect(parseDailyTime(input)?.text).toBe(text);
  });

  it.each(['24:00', '12:60', '8pm', '0830', '8:5', '', '12:30:00', '-1:00'])('refuses %j', (input) => {
    expect(parseDailyTime(input)).toBeNull();
  });
});

describe('time zones', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    ['America/New_York', 'America/New_York'],
    ['UTC', 'UTC'],
  ])('knows %s as %s', (input, zone) => {
    expect(canonicalTimeZone(input)).toBe(zone);
    expect(isTimeZone(input)).toBe(true);
  });

  it.each(['Mars/Olympus', '', '+02:00', '-0500', 'Berlin'])('refuses %j', (input) => {
    expect(isTimeZone(input)).toBe(false);
  });
});

describe('dailyRunTimes', () => {
  const berlin = { time: '08:30', timeZone: 'Europe/Berlin' };
  const newYork = { time: '08:30', timeZone: 'America/New_York' };

  it.each([
    ['Berlin in winter', berlin, '2026-01-15T12:00:00Z', '2026-01-15T07:30:00.000Z'],
    ['Berlin in summer', berlin, '2026-07-15T12:00:00Z', '2026-07-15T06:30:00.000Z'],
    ['New York in winter', newYork, '2026-01-15T18:00:00Z', '2026-01-15T13:30:00.000Z'],
    ['New York in summer', newYork, '2026-07-15T18:00:00Z', '2026-07-15T12:30:00.000Z'],
  ])('keeps the posting hour local: %s', (_name, settings, now, runAt) => {
    expect(dailyRunTimes(settings, at(now)).runAt.toISOString()).toBe(runAt);
  });

  it('crosses the spring change in Berlin: the next run after Saturday is an hour earlier in UTC', () => {
    const times = dailyRunTimes(berlin, at('2026-03-28T09:00:00Z'));
    expect(times.day).toBe('2026-03-28');
    expect(times.runAt.toISOString()).toBe('2026-03-28T07:30:00.000Z');
    expect(times.nextRunAt.toISOString()).toBe('2026-03-29T06:30:00.000Z');
  });

  it('crosses the autumn change in New York: the next run is an hour later in UTC', () => {
    const times = dailyRunTimes(newYork, at('2026-10-31T20:00:00Z'));
    expect(times.nextRunAt.toISOString()).toBe('2026-11-01T13:30:00.000Z');
    expect(times.previousRunAt.toISOString()).toBe('2026-10-30T12:30:00.000Z');
  });

  it('takes the local day of the zone, not of UTC', () => {
    const times = dailyRunTimes({ time: '07:00', timeZone: 'Asia/Tokyo' }, at('2026-05-01T23:30:00Z'));
    expect(times.day).toBe('2026-05-02');
    expect(times.runAt.toISOString()).toBe('2026-05-01T22:00:00.000Z');
    expect(times.nextRunAt.toISOString()).toBe('2026-05-02T22:00:00.000Z');
  });

  it('names the next run today while today\'s is ahead', () => {
    const times = dailyRunTimes(berlin, at('2026-01-15T07:29:59Z'));
    expect(times.nextRunAt).toEqual(times.runAt);
  });

  it('refuses a malformed stored time', () => {
    expect(() => dailyRunTimes({ time: '8h30', timeZone: 'UTC' }, at('2026-01-15T00:00:00Z'))).toThrow(/HH:MM/);
  });
});

describe('zonedInstant across daylight-saving changes', () => {
  it.each([
    ['a time in the spring gap runs when the clock jumps (Berlin 02:30 → 03:00 CEST)', '2026-03-29', 2, 30, 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    ['a time in the spring gap runs when the clock jumps (New York 02:30 → 03:00 EDT)', '2026-03-08', 2, 30, 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['a repeated autumn time runs at its first occurrence (Berlin 02:30 CEST)', '2026-10-25', 2, 30, 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['a repeated autumn time runs at its first occurrence (New York 01:30 EDT)', '2026-11-01', 1, 30, 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['a half-hour change (Lord Howe 02:15 → 02:30)', '2026-10-04', 2, 15, 'Australia/Lord_Howe', '2026-10-03T15:30:00.000Z'],
    ['midnight in UTC', '2026-02-28', 0, 0, 'UTC', '2026-02-28T00:00:00.000Z'],
  ])('%s', (_name, day, hour, minute, zone, expected) => {
    expect(zonedInstant(day, hour, minute, zone).toISOString()).toBe(expected);
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(localDay(at('2026-12-31T23:30:00Z'), 'Europe/Berlin')).toBe('2027-01-01');
  });
});
