import { ButtonStyle, ComponentType, SlashCommandBuilder, type APIActionRowComponent, type APIComponentInMessageActionRow } from 'discord.js';
import { UserError, type BotContext, type Command, type Reply } from '../src/discord/command.js';
import { allFacts, answerFor, findCompany, suggestCompanies, tickerOption } from '../src/discord/companyQuery.js';
import { MAX_CUSTOM_ID } from '../src/discord/limits.js';
import type { Company } from '../src/facts/company.js';
import { formatFactsPages } from '../src/format/formatFactsPages.js';

const PREFIX = 'facts';
const BUTTON_ID = /^facts:([a-z0-9-]+):(\d{1,4})$/;

/** `facts:<companyId>:<page>`, zero-based: what a page button carries back. */
export function factsButtonId(companyId: string, page: number): string {
  return `${PREFIX}:${companyId}:${page}`;
}

/** Previous and next buttons, or none when everything fits one page (or the id would not fit a custom id). */
function pageButtons(companyId: string, page: number, pages: number): Array<APIActionRowComponent<APIComponentInMessageActionRow>> {
  if (pages <= 1 || factsButtonId(companyId, pages).length > MAX_CUSTOM_ID) return [];
  const button = (label: string, target: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label,
    custom_id: factsButtonId(companyId, target),
    disabled,
  });
  return [{
    type: ComponentType.ActionRow,
    components: [button('◀ Previous', Math.max(0, page - 1), page === 0), button('Next ▶', Math.min(pages - 1, page + 1), page === pages - 1)],
  }];
}

/** One page of everything known; a page past the end shows the last one (the facts may have changed since). */
async function factsPage(ctx: BotContext, company: Company, page: number): Promise<Reply> {
  const facts = await ctx.store.facts(company.id);
  const pages = formatFactsPages(company, facts, await answerFor(ctx, company.id, allFacts(facts)));
  const shown = Math.min(Math.max(0, page), pages.length - 1);
  return { embeds: pages.slice(shown, shown + 1), components: pageButtons(company.id, shown, pages.length) };
}

export const facts = {
  data: new SlashCommandBuilder()
    .setName('facts')
    .setDescription('Everything known about a company, grouped, with sources; long answers come in pages')
    .addStringOption((option) => tickerOption(option))
    .addIntegerOption((option) => option.setName('page').setDescription('Which page to show first').setMinValue(1).setMaxValue(1_000))
    .toJSON(),
  async execute(options, ctx) {
    const company = findCompany(ctx, options['ticker']);
    const page = typeof options['page'] === 'number' && Number.isFinite(options['page']) ? Math.trunc(options['page']) - 1 : 0;
    return factsPage(ctx, company, page);
  },
  autocomplete: (focused, ctx) => suggestCompanies(ctx, focused.value),
  async button(customId, ctx) {
    const match = BUTTON_ID.exec(customId);
    const company = match?.[1] ? ctx.store.company(match[1]) : undefined;
    if (!match || !company) throw new UserError('That company is no longer known here; run /facts again.');
    return factsPage(ctx, company, Number(match[2]));
  },
} satisfies Command;
