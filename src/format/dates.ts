const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short',
});
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** Discord's timestamp styles used here: long date, short and long date-time, relative ("3 days ago"). */
export type StampStyle = 'D' | 'f' | 'F' | 'R';

/** The calendar day of an ISO date or date-time (its first ten characters), or null when it has none. */
export function isoDay(iso: string | null): string | null {
  const day = iso ? ISO_DAY.exec(iso)?.[1] : undefined;
  return day && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : null;
}

/**
 * A calendar day as written text, `14 Jan 2026`. As-of dates are days, not instants: a Discord timestamp would show
 * them in each reader's time zone, a day early west of UTC, so days are written out and only ages are relative stamps.
 */
export function formatDay(iso: string): string {
  const day = isoDay(iso);
  return day ? DAY.format(new Date(`${day}T00:00:00Z`)) : iso;
}

/** Seconds since the epoch of a day's noon (UTC), so its relative stamp is the same day almost everywhere. */
function dayUnix(day: string): number {
  return Math.floor(Date.parse(`${day}T12:00:00Z`) / 1000);
}

/** A Discord timestamp (`<t:unix:R>`) for a day or an instant; days count from their noon UTC. */
export function discordStamp(iso: string, style: StampStyle): string {
  const instant = /T\d{2}:\d{2}/.test(iso) && /(?:Z|[+-]\d{2}:?\d{2})$/.test(iso);
  const day = isoDay(iso);
  const unix = instant ? Math.floor(Date.parse(iso) / 1000) : day ? dayUnix(day) : Number.NaN;
  return Number.isFinite(unix) ? `<t:${unix}:${style}>` : iso;
}

/** How a Discord timestamp reads, for text shown outside Discord (the local console). */
export function readStamp(unix: number, style: string, now: Date): string {
  const date = new Date(unix * 1000);
  if (style === 'R') return describeAge(Math.round((now.getTime() - date.getTime()) / 86_400_000));
  if (style === 'D' || style === 'd') return DAY.format(date);
  return DAY_TIME.format(date);
}

/** An age in whole days as people say it: `today`, `yesterday`, `3 days ago`, `in 2 days`. */
export function describeAge(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  return days > 0 ? `${days} days ago` : `in ${-days} days`;
}
