import type { Command } from '../src/discord/command.js';
import { ask } from './ask.js';
import { daily } from './daily.js';
import { facts } from './facts.js';
import { help } from './help.js';
import { news } from './news.js';
import { quote } from './quote.js';
import { rsi } from './rsi.js';
import { status } from './status.js';
import { summary } from './summary.js';
import { targets } from './targets.js';
import { technicals } from './technicals.js';

/** Every slash command, in the order Discord lists them: what the router, the deploy script and the tests read. */
export const commands: readonly Command[] = [quote, rsi, targets, technicals, news, summary, ask, facts, status, daily, help];
