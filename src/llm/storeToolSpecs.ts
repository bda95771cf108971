import { FACT_KINDS } from '../facts/fact.js';
import type { LlmTool } from './llmTypes.js';

const object = (properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> => ({
  type: 'object', properties, required, additionalProperties: false,
});

/** The read-only tools `/ask` offers the model, as JSON schemas (see StoreTools for what they return). */
export const STORE_TOOLS: readonly LlmTool[] = [
  {
    name: 'resolve_company',
    description: 'Find a company by ticker, name or alias. Returns its id, name and tickers.',
    parameters: object({ query: { type: 'string', description: 'A ticker, name or alias, e.g. BABA or Alibaba' } }, ['query']),
  },
  {
    name: 'get_facts',
    description: 'The current facts about a company from the news articles, each with its sentence and source number.',
    parameters: object({
      company_id: { type: 'string', description: 'The id from resolve_company' },
      kinds: { type: 'array', items: { type: 'string', enum: [...FACT_KINDS] }, description: 'Only these kinds; all when left out' },
    }, ['company_id']),
  },
  {
    name: 'list_articles',
    description: 'The newest articles, of one company or of all, with title, date and source number.',
    parameters: object({ company_id: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 10 } }),
  },
  {
    name: 'screen_companies',
    description: 'Companies in the newest articles whose consensus rating contains a word (e.g. Buy), or whose RSI reads oversold or overbought.',
    parameters: object({
      kind: { type: 'string', enum: ['consensus_rating', 'rsi_14'] },
      rating: { type: 'string', description: 'For consensus_rating: a rating word such as Buy, Hold, Sell' },
      reading: { type: 'string', enum: ['oversold', 'overbought'], description: 'For rsi_14' },
    }, ['kind']),
  },
];
