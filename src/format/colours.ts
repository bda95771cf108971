import type { Fact } from '../facts/fact.js';

/** Embed colours: the day's move up, down, or not known. */
export const COLOURS = { up: 0x2e9e5b, down: 0xd64545, neutral: 0x7f8c99 } as const;

/**
 * The colour of the newest day's move. Day changes of the same date that disagree in direction (two listings, two
 * articles) leave it neutral rather than pick one.
 */
export function dayMoveColour(dayChanges: readonly Fact[]): number {
  const signs = new Set(dayChanges.flatMap((fact) => (typeof fact.value === 'number' ? [Math.sign(fact.value)] : [])));
  if (signs.size !== 1) return COLOURS.neutral;
  const [sign] = signs;
  return sign === 1 ? COLOURS.up : sign === -1 ? COLOURS.down : COLOURS.neutral;
}
