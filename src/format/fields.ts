import type { APIEmbedField } from 'discord.js';
import type { Fact, FactKind } from '../facts/fact.js';
import { compareAsOf } from '../facts/selectLatest.js';
import type { FactsByKind } from '../facts/storeQueries.js';
import { MAX_FIELD_VALUE } from '../discord/limits.js';
import { factLine, type AnswerContext } from './factNote.js';
import { KIND_LABELS } from './formatValue.js';
import { joinWithin } from './truncate.js';

const more = (hidden: number): string => `…and ${hidden} more`;

/** The 52-week kinds under a `52-week range` field, which already says what they are. */
export const RANGE_LABELS = { high_52w: 'High', low_52w: 'Low' } as const;

/** A field of lines within Discord's 1,024 characters, or no field when there are no lines. */
export function linesField(name: string, lines: readonly string[], inline = false): APIEmbedField[] {
  if (lines.length === 0) return [];
  return [{ name, value: joinWithin(lines, MAX_FIELD_VALUE, more), inline }];
}

/** The newest facts of a kind (several when they share the newest date). */
export function currentOf(facts: FactsByKind, kind: FactKind): Fact[] {
  return facts[kind]?.current ?? [];
}

/** Facts split by currency, each group newest first, groups ordered by their newest fact. */
export function groupByCurrency(facts: readonly Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const fact of [...facts].sort((a, b) => compareAsOf(a.asOf, b.asOf))) {
    const key = fact.currency ?? '';
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return [...groups.values()];
}

/**
 * `Label: **value** · as of … [n]` for the current facts of each kind, in the order given; `labels` renames kinds
 * where the field's name already says what they are (`High` under `52-week range`; an empty label for none).
 */
export function kindLines(
  facts: FactsByKind,
  kinds: readonly FactKind[],
  answer: AnswerContext,
  labels: Partial<Record<FactKind, string>> = {},
): string[] {
  return kinds.flatMap((kind) =>
    groupByCurrency(currentOf(facts, kind)).flat().map((fact) => {
      const label = labels[kind] ?? KIND_LABELS[kind];
      return factLine(fact, answer, label ? `${label}:` : '');
    }),
  );
}
