import type { FactKind } from '../../facts/fact.js';

type ChangeKind = Extract<FactKind, `change_pct_${string}`>;

const HORIZONS: ReadonlyArray<readonly [RegExp, ChangeKind | null]> = [
  // A span still to come is a forecast, whatever its length.
  [/\b(?:next|coming|upcoming)\s+(?:\w+\s+)?(?:months?|years?|weeks?|days|sessions|quarters?)\b/i, null],
  // Month to date is no trailing month: "so far this month", "in September".
  [/\b(?:so far )?this month\b|\bmonth[- ]to[- ]date\b|\bMTD\b/i, null],
  // "The previous week, by contrast, it had fallen 4.58%": the week before this one, not the trailing week.
  [/\bthe (?:previous|prior) week\b|\bthe week before\b/i, null],
  [/\byear[- ]to[- ]date\b|\bYTD\b|\bso far (?:this|in) (?:year|20\d\d)\b|\bsince the (?:start|beginning) of (?:the|this) year\b|\bthis year\b|\bin 20\d\d so far\b|\bon the year\b|\bsince (?:the )?(?:Dec\.?|December) 31\b|\bsince (?:the )?(?:end|close) of (?:last year|December)\b|\bsince (?:January|Jan\.?) 1\b|\bsince January\b|\bsince the (?:turn|start) of the year\b/i, 'change_pct_ytd'],
  [/\b(?:past|last|previous|trailing)\s+(?:12|twelve)\s+months\b|\b(?:12|twelve)[- ]months?\b|\b(?:past|last|previous)\s+(?:year|52 weeks)\b|\bover the year\b|\b(?:over|in|during) (?:1|one|a|the past|the last) year\b|\b(?:1|one)-year\b|\bin (?:a|one) year\b|\byear[- ]on[- ]year\b|\bthan (?:a|one) year ago\b|\byear[- ]over[- ]year\b|\b52-week (?:change|gain|return|performance)\b/i, 'change_pct_12m'],
  [/\b(?:past|last|previous)\s+(?:one\s+)?(?:month|30 days|four weeks|4 weeks)\b|\b(?:1|one|30)-(?:month|day)\b|\bover the month\b|\b(?:over|in|during) (?:1|one|a|the past|the last) month\b|\bin a month\b|\bthan (?:a|one) month ago\b/i, 'change_pct_1m'],
  [/\b(?:past|last|previous)\s+(?:one\s+)?(?:week|five (?:trading )?(?:days|sessions)|seven days|5 (?:trading )?(?:days|sessions)|7 days)\b|\bthis week\b|\b(?:over|in|during) (?:1|one|a) week\b|\b(?:7|seven|five|5)-day\b|\bover the week\b|\bweekly\b|\bin a week\b|\bon the week\b|\bfor the week\b|\bthan (?:a|one) week ago\b|\b(?:over|in|during) (?:the )?(?:five|5|seven|7) (?:trading )?(?:days|sessions)\b/i, 'change_pct_7d'],
  // Any other span of time is a horizon we do not keep.
  [/\b(?:past|last|previous|next|coming)\s+(?:\w+\s+)?(?:months|years|weeks|days|sessions|quarters?)\b|\bsince\b|\b(?:two|three|six|nine|2|3|6|9|five|5|ten)[- ](?:month|year|week)s?\b|\bin 20\d\d\b|\bquarter\b|\bhalf\b|\bdecade\b|\ball-time\b|\b(?:from|off|below|above) (?:its|the|their|a) (?:\S+ ){0,2}(?:high|low|peak|bottom|trough|highs|lows|level|price)\b|\bintraday high\b|\bpremarket\b|\bpre-market\b|\bafter-hours\b|\bafter hours\b|\bweek\b|\bmonth\b|\byear\b/i, null],
];

/** Which change kind a horizon phrase near a percentage names: today by default, null for spans we don't keep. */
export function horizonOf(after: string, before: string): ChangeKind | null {
  for (const text of [after, before]) {
    for (const [re, kind] of HORIZONS) if (re.test(text)) return kind;
  }
  return 'change_pct_1d';
}
