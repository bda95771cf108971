import { z } from 'zod';
import type { Company } from './company.js';

const listingSchema = z.object({
  ticker: z.string().min(1).max(20),
  exchange: z.string().min(1).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$|^GBX$/, 'an ISO 4217 code (GBX for pence)'),
});

const companySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug'),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  listings: z.array(listingSchema),
});

/** Thrown when the registry file is malformed: names the entry and the field. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
}

/** Validates a parsed registry (data/companies.json): every entry well-formed, ids unique. */
export function loadRegistry(json: unknown): Company[] {
  const parsed = z.array(companySchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, ...path] = issue?.path ?? [];
    const entry = Array.isArray(json) && typeof index === 'number' ? (json[index] as { id?: unknown })?.id : undefined;
    throw new RegistryError(`company registry entry ${String(index)}${entry ? ` (${String(entry)})` : ''}: ${path.join('.')} ${issue?.message ?? 'is invalid'}`);
  }
  const seen = new Set<string>();
  for (const company of parsed.data) {
    if (seen.has(company.id)) throw new RegistryError(`company registry: duplicate id ${company.id}`);
    seen.add(company.id);
  }
  return parsed.data;
}
