import { createInterface } from 'node:readline';
import type { Command, Invoker, Reply } from '../discord/command.js';
import type { Router } from '../discord/router.js';
import type { MessagePayload, Responder } from '../discord/routedInteraction.js';
import { renderReplyText } from '../format/replyToText.js';
import { commandUsage, parseCommandLine } from './parseCommandLine.js';

/** The console's user: no guild, no channel. */
const CONSOLE_INVOKER: Invoker = { userId: 'console', guildId: null, channelId: null };
/** What a line without a slash asks: `BABA` reads as `/quote BABA`. */
const FALLBACK_COMMAND = 'quote';

export interface ConsoleSession {
  router: Router;
  commands: readonly Command[];
  now: () => Date;
}

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: greet them and prompt; piped input gets answers only. */
  interactive: boolean;
}

/** Lines shown when the console opens: every command's usage, and that this is not advice. */
export function consoleIntro(commands: readonly Command[]): string[] {
  return [
    'stockfacts local console: the bot\'s commands over the embedded store. Answers come from news articles, not live prices, and are not financial advice.',
    ...commands.map((command) => `  ${commandUsage(command)}`),
    `A line without a slash asks /${FALLBACK_COMMAND} (BABA, alibaba, 9988.HK). Ctrl-D (or the end of piped input) quits.`,
  ];
}

/** A responder that keeps what the router would have sent to Discord; deferrals and deletions mean nothing here. */
function collectingResponder(replies: Reply[]): Responder {
  const keep = async (payload: MessagePayload): Promise<void> => {
    const { content, embeds, components } = payload;
    // The payload was made from a Reply by the router, so its components are a Reply's action rows.
    replies.push({ ...(content ? { content } : {}), ...(embeds ? { embeds } : {}), ...(components ? { components: components as Reply['components'] } : {}) });
  };
  return { reply: keep, editReply: keep, followUp: keep, defer: async () => undefined, deleteReply: async () => undefined };
}

/** Answers one console line through the router, exactly as the bot would in Discord, rendered as text. */
export async function answerLine(line: string, session: ConsoleSession): Promise<string> {
  const parsed = parseCommandLine(line, session.commands, FALLBACK_COMMAND);
  if (parsed.kind === 'empty') return '';
  if (parsed.kind === 'error') return parsed.message;
  const replies: Reply[] = [];
  await session.router.handle({
    kind: 'command', commandName: parsed.command.data.name, options: parsed.options, invoker: CONSOLE_INVOKER, respond: collectingResponder(replies),
  });
  const now = session.now();
  return replies.map((reply) => renderReplyText(reply, now)).join('\n\n');
}

/** Reads commands from a stream, one per line, and prints the answers; resolves at the end of input. */
export async function runLocalConsole(session: ConsoleSession, io: ConsoleIO): Promise<void> {
  const rl = createInterface({ input: io.input, terminal: false });
  const prompt = (): void => {
    if (io.interactive) io.output.write('stockfacts> ');
  };
  if (io.interactive) io.output.write(`${consoleIntro(session.commands).join('\n')}\n`);
  prompt();
  for await (const line of rl) {
    const answer = await answerLine(line, session);
    if (answer) io.output.write(`${answer}\n${io.interactive ? '\n' : ''}`);
    prompt();
  }
}
