import { z } from 'zod';
import type { BotContext } from '../discord/command.js';
import { currentFacts, loadSources } from '../discord/companyQuery.js';
import type { Company } from '../facts/company.js';
import { FACT_KINDS, type Fact } from '../facts/fact.js';
import type { ArticleMeta } from '../facts/storeRecords.js';
import { isoDay } from '../format/dates.js';
import { cleanInline } from '../format/escapeText.js';
import type { AnswerContext } from '../format/factNote.js';
import { screenCompanies, type ScreenQuery } from '../ask/screenCompanies.js';
import type { ToolCall } from './llmTypes.js';
import { tickerWords } from './summarizeWithLlm.js';
import { factForModel } from './summaryPrompt.js';

const MAX_FACTS = 40;
const resolveArgs = z.object({ query: z.string().trim().min(1).max(100) });
const factsArgs = z.object({ company_id: z.string().trim().min(1).max(100), kinds: z.array(z.enum(FACT_KINDS)).max(FACT_KINDS.length).optional() });
const articlesArgs = z.object({ company_id: z.string().trim().min(1).max(100).optional(), limit: z.number().int().min(1).max(10).optional() });
const screenArgs = z.object({ kind: z.enum(['consensus_rating', 'rsi_14']), rating: z.string().trim().min(1).max(30).optional(), reading: z.enum(['oversold', 'overbought']).optional() });

/** A tool's runner behind its argument check: bad arguments become an error the model can read. */
function checked<S extends z.ZodType>(schema: S, run: (args: z.infer<S>) => unknown): (args: unknown) => unknown {
  return (args) => {
    const parsed = schema.safeParse(args);
    return parsed.success ? run(parsed.data) : { error: `invalid arguments: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` };
  };
}

/**
 * The read-only tools one `/ask` conversation may call, over the fact store. Every article a result mentions gets
 * its citation number (`source`), and every text a result holds is kept: the model's figures are checked against it.
 */
export class StoreTools {
  /** The texts the model was shown: what grounding checks against. */
  readonly texts: string[] = [];
  /** Tickers with digits of the companies shown: names, not figures. */
  readonly ignore: string[] = [];
  readonly companies = new Map<string, Company>();

  constructor(private readonly ctx: BotContext, private readonly answer: AnswerContext, private readonly metas: Map<string, ArticleMeta>) {}

  /** Runs one call; a bad call gets an error result the model can read, never an exception. */
  async run(call: ToolCall): Promise<string> {
    let args: unknown;
    try {
      args = JSON.parse(call.arguments || '{}');
    } catch {
      return JSON.stringify({ error: 'arguments are not valid JSON' });
    }
    const tool = Object.hasOwn(this.tools, call.name) ? this.tools[call.name] : undefined;
    return JSON.stringify(tool ? await tool(args) : { error: `no tool named ${cleanInline(call.name).slice(0, 40)}` });
  }

  /** Each tool's argument schema and what it runs: the arguments arrive checked and typed. */
  private readonly tools: Record<string, (args: unknown) => unknown> = {
    resolve_company: checked(resolveArgs, (a) => this.resolveCompany(a.query)),
    get_facts: checked(factsArgs, (a) => this.getFacts(a.company_id, a.kinds)),
    list_articles: checked(articlesArgs, (a) => this.listArticles(a.company_id, a.limit ?? 5)),
    screen_companies: checked(screenArgs, (a) => this.screen(a)),
  };

  private show(company: Company): { id: string; name: string; tickers: string[] } {
    this.companies.set(company.id, company);
    this.ignore.push(...tickerWords(company));
    this.texts.push(company.name);
    return { id: company.id, name: company.name, tickers: company.listings.map((l) => l.ticker) };
  }

  private resolveCompany(query: string): unknown {
    const { match, companies } = this.ctx.store.resolve(query);
    if (match === 'none') return { companies: [], note: 'no company by that name or ticker' };
    return { match, companies: companies.slice(0, 5).map((c) => this.show(c)) };
  }

  private company(idOrName: string): Company | undefined {
    const byId = this.ctx.store.company(idOrName);
    if (byId) return byId;
    const { match, companies } = this.ctx.store.resolve(idOrName);
    return match === 'exact' && companies.length === 1 ? companies[0] : undefined;
  }

  private async cite(facts: readonly Fact[], companyId: string): Promise<void> {
    for (const [id, meta] of await loadSources(this.ctx, companyId, facts)) this.metas.set(id, meta);
  }

  private async getFacts(companyId: string, kinds?: readonly Fact['kind'][]): Promise<unknown> {
    const company = this.company(companyId);
    if (!company) return { error: 'unknown company id: call resolve_company first' };
    const wanted = kinds && kinds.length > 0 ? new Set(kinds) : null;
    const facts = currentFacts(await this.ctx.store.facts(company.id)).filter((f) => !wanted || wanted.has(f.kind)).slice(0, MAX_FACTS);
    await this.cite(facts, company.id);
    return { company: this.show(company), facts: facts.map((f) => this.factResult(f)), note: facts.length === 0 ? 'the articles give no such facts' : undefined };
  }

  private factResult(fact: Fact): { fact: string; sentence: string; source: number } {
    const line = factForModel(fact);
    const sentence = cleanInline(fact.quote);
    this.texts.push(line, sentence);
    return { fact: line, sentence, source: this.answer.citations.number(fact) };
  }

  private async listArticles(companyId: string | undefined, limit: number): Promise<unknown> {
    const company = companyId === undefined ? undefined : this.company(companyId);
    if (companyId !== undefined && !company) return { error: 'unknown company id: call resolve_company first' };
    const articles = await this.ctx.store.articles(company?.id, limit);
    return {
      articles: articles.map((a) => {
        this.metas.set(a.id, a);
        const published = isoDay(a.published);
        this.texts.push(cleanInline(a.title), published ?? '');
        return { title: cleanInline(a.title), published, source: this.answer.citations.number({ articleId: a.id, asOf: published }) };
      }),
    };
  }

  private async screen(args: z.infer<typeof screenArgs>): Promise<unknown> {
    const query: ScreenQuery = args.kind === 'consensus_rating' ? { kind: args.kind, rating: args.rating } : { kind: args.kind, reading: args.reading };
    const { matches, articles } = await screenCompanies(this.ctx.store, query);
    for (const a of articles) this.metas.set(a.id, a);
    return { companies: matches.map((f) => ({ company: this.show(this.ctx.store.company(f.companyId) ?? { id: f.companyId, name: f.company, aliases: [], listings: [] }), ...this.factResult(f) })) };
  }
}
