import { readFile } from 'node:fs/promises';
import type { Company } from './company.js';
import { loadRegistry } from './registry.js';

/** The curated registry shipped in data/companies.json (or another file), validated. */
export async function readRegistry(file: URL | string = new URL('../../data/companies.json', import.meta.url)): Promise<Company[]> {
  return loadRegistry(JSON.parse(await readFile(file, 'utf8')) as unknown);
}
