import type { Choice } from './command.js';
import { MAX_AUTOCOMPLETE_CHOICES } from './limits.js';

/** Every IANA zone the runtime knows, plus `UTC`, which `Intl.supportedValuesOf` leaves out. */
export const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

const key = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, '_');

/**
 * Up to 25 time zones for what a moderator typed: zones whose name or city starts with it first (`berl` →
 * `Europe/Berlin`, `new york` → `America/New_York`), then those containing it anywhere.
 */
export function suggestTimeZones(typed: string): Choice[] {
  const query = key(typed);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const zone of TIME_ZONES) {
    const name = zone.toLowerCase();
    if (!query || name.startsWith(query) || name.split('/').some((part) => part.startsWith(query))) starts.push(zone);
    else if (name.includes(query)) contains.push(zone);
  }
  return [...starts, ...contains].slice(0, MAX_AUTOCOMPLETE_CHOICES).map((zone) => ({ name: zone, value: zone }));
}
