import { randomBytes } from 'node:crypto';
import { UserError, type BotContext, type Command, type CommandOptions, type Invoker, type Reply } from './command.js';
import { bugReply, slowDownReply, STALE_BUTTON_REPLY, unknownCommandReply } from './errorReply.js';
import { fitChoices } from './autocompleteChoices.js';
import { fitReply, replyProblems } from './limits.js';
import { toMessagePayload } from './messagePayload.js';
import { RateLimiter, type RateLimitOptions } from './rateLimit.js';
import type { ComponentResponder, Responder, RoutedInteraction } from './routedInteraction.js';
import { trackAcknowledgement, type Tracked } from './trackAcknowledgement.js';

export interface RouterOptions {
  commands: readonly Command[];
  ctx: BotContext;
  /** Per-user limit on commands and button clicks; `false` turns it off (the local console). */
  rateLimit: RateLimitOptions | false;
  /** Answer within this long or defer: Discord drops an interaction not acknowledged within 3 s. */
  deferAfterMs?: number;
  /** Autocomplete cannot be deferred: after this long the user gets no suggestions rather than an error. */
  autocompleteTimeoutMs?: number;
}

export interface Router {
  /** Answers one interaction. Never rejects: every failure ends in an ephemeral reply and, for bugs, a log line. */
  handle(interaction: RoutedInteraction): Promise<void>;
  /** Refuses new interactions from now on and waits for those in flight; false when `timeoutMs` ran out first. */
  drain(timeoutMs: number): Promise<boolean>;
}

const DEFER_AFTER_MS = 1_000;
const AUTOCOMPLETE_TIMEOUT_MS = 2_000;
const MAX_LOGGED_OPTION_LENGTH = 200;
const RESTARTING_REPLY: Reply = { content: 'The bot is restarting; please ask again in a minute.', ephemeral: true };

/** Settles with the promise's value, or with undefined once `ms` have passed. */
async function within<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise.then((value) => ({ value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Options for a log line: long values (a 6,000-character paste) cut short. */
function clipOptions(options: CommandOptions): CommandOptions {
  return Object.fromEntries(Object.entries(options).map(([name, value]) => [
    name,
    typeof value === 'string' && value.length > MAX_LOGGED_OPTION_LENGTH ? `${value.slice(0, MAX_LOGGED_OPTION_LENGTH)}… (${value.length} chars)` : value,
  ]));
}

/** What a failed Discord call is, without its URL (interaction routes carry the interaction token). */
function describeFailure(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, status } = error as { code?: unknown; status?: unknown };
  return { name: error.name, message: error.message, ...(code === undefined ? {} : { code }), ...(status === undefined ? {} : { status }) };
}

export function createRouter(options: RouterOptions): Router {
  const { ctx } = options;
  const commands = new Map(options.commands.map((command) => [command.data.name, command]));
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const autocompleteTimeoutMs = options.autocompleteTimeoutMs ?? AUTOCOMPLETE_TIMEOUT_MS;
  const inFlight = new Set<Promise<void>>();
  let draining = false;

  const logContext = (interaction: RoutedInteraction): Record<string, unknown> => {
    const { userId, guildId, channelId } = interaction.invoker;
    const what = interaction.kind === 'button' ? { customId: interaction.customId.slice(0, 100) } : { command: interaction.commandName };
    const options = interaction.kind === 'command' ? { options: clipOptions(interaction.options) } : {};
    return { kind: interaction.kind, ...what, userId, guildId, channelId, ...options };
  };

  /** Runs a command's code; a UserError becomes its ephemeral message, anything else a logged bug. Never rejects. */
  async function produce(run: () => Promise<Reply>, context: Record<string, unknown>): Promise<Reply> {
    try {
      return withinLimits(await run(), context);
    } catch (error) {
      if (error instanceof UserError) return withinLimits({ ...error.reply, ephemeral: true }, context);
      return logBug(error, context);
    }
  }

  function logBug(error: unknown, context: Record<string, unknown>): Reply {
    const reference = randomBytes(4).toString('hex');
    ctx.logger.error({ ...context, reference, err: error }, 'Command failed');
    return bugReply(reference);
  }

  /** A reply that breaks Discord's limits is cut to fit rather than refused by Discord, and logged as the bug it is. */
  function withinLimits(reply: Reply, context: Record<string, unknown>): Reply {
    const problems = replyProblems(reply);
    if (problems.length === 0) return reply;
    const fitted = fitReply(reply);
    if (replyProblems(fitted).length > 0) return logBug(new Error(`Unusable reply: ${problems.join('; ')}`), context);
    ctx.logger.warn({ ...context, problems }, 'Reply broke Discord limits; cut to fit');
    return fitted;
  }

  function refusal(invoker: Invoker): Reply | undefined {
    if (draining) return RESTARTING_REPLY;
    const decision = limiter?.take(invoker.userId, ctx.now().getTime());
    return decision && !decision.allowed ? slowDownReply(new Date(decision.retryAt)) : undefined;
  }

  /**
   * Replies at once when the answer is quick, otherwise defers first (privately for a command that only answers its
   * user); an ephemeral answer to a public deferral is re-sent privately.
   */
  async function answerCommand(respond: Responder, answer: Promise<Reply>, command: Command, options: CommandOptions): Promise<void> {
    const slow = typeof command.slow === 'function' ? command.slow(options) : command.slow === true;
    if (!slow) {
      const quick = await within(answer, deferAfterMs);
      if (quick) return respond.reply(toMessagePayload(quick.value, 'create'));
    }
    const privately = command.ephemeral === true;
    await respond.defer(privately);
    const reply = await answer;
    if (privately || !reply.ephemeral) return respond.editReply(toMessagePayload(reply, 'edit'));
    await respond.deleteReply();
    await respond.followUp(toMessagePayload(reply, 'create'));
  }

  /** A click updates the message it came from; an ephemeral answer (an error) goes to the clicker alone. */
  async function answerButton(respond: ComponentResponder, answer: Promise<Reply>): Promise<void> {
    const quick = await within(answer, deferAfterMs);
    if (quick) {
      const reply = quick.value;
      return reply.ephemeral ? respond.reply(toMessagePayload(reply, 'create')) : respond.update(toMessagePayload(reply, 'edit'));
    }
    await respond.deferUpdate();
    const reply = await answer;
    return reply.ephemeral ? respond.followUp(toMessagePayload(reply, 'create')) : respond.editReply(toMessagePayload(reply, 'edit'));
  }

  async function routeCommand(interaction: Extract<RoutedInteraction, { kind: 'command' }>, context: Record<string, unknown>): Promise<void> {
    const refused = refusal(interaction.invoker);
    if (refused) return interaction.respond.reply(toMessagePayload(refused, 'create'));
    const command = commands.get(interaction.commandName);
    if (!command) {
      ctx.logger.warn(context, 'Interaction for an unknown command');
      return interaction.respond.reply(toMessagePayload(unknownCommandReply(interaction.commandName), 'create'));
    }
    const produced = produce(() => command.execute(interaction.options, ctx, interaction.invoker), context);
    const answer = command.ephemeral === true ? produced.then((reply) => ({ ...reply, ephemeral: true })) : produced;
    await answerCommand(interaction.respond, answer, command, interaction.options);
  }

  async function routeButton(interaction: Extract<RoutedInteraction, { kind: 'button' }>, context: Record<string, unknown>): Promise<void> {
    const refused = refusal(interaction.invoker);
    if (refused) return interaction.respond.reply(toMessagePayload(refused, 'create'));
    const command = commands.get(interaction.customId.split(':', 1)[0] ?? '');
    const button = command?.button?.bind(command);
    if (!button) return interaction.respond.reply(toMessagePayload(STALE_BUTTON_REPLY, 'create'));
    await answerButton(interaction.respond, produce(() => button(interaction.customId, ctx, interaction.invoker), context));
  }

  async function routeAutocomplete(interaction: Extract<RoutedInteraction, { kind: 'autocomplete' }>, context: Record<string, unknown>): Promise<void> {
    const command = commands.get(interaction.commandName);
    const autocomplete = command?.autocomplete?.bind(command);
    if (draining || !autocomplete) return interaction.respond([]);
    const suggested = Promise.resolve()
      .then(() => autocomplete(interaction.focused, ctx))
      .catch((error: unknown) => {
        ctx.logger.error({ ...context, focused: interaction.focused.name, err: error }, 'Autocomplete failed');
        return [];
      });
    const result = await within(suggested, autocompleteTimeoutMs);
    if (!result) ctx.logger.warn({ ...context, ms: autocompleteTimeoutMs }, 'Autocomplete too slow; answered with no choices');
    await interaction.respond(fitChoices(result?.value ?? []));
  }

  async function route(interaction: RoutedInteraction): Promise<void> {
    const context = logContext(interaction);
    const started = performance.now();
    const tracked = trackAcknowledgement(interaction);
    try {
      if (tracked.kind === 'command') await routeCommand(tracked, context);
      else if (tracked.kind === 'button') await routeButton(tracked, context);
      else await routeAutocomplete(tracked, context);
      if (tracked.kind !== 'autocomplete') ctx.logger.info({ ...context, ms: Math.round(performance.now() - started) }, 'Answered');
    } catch (error) {
      await recover(tracked, error, context);
    }
  }

  /**
   * Discord refused an answer or could not be reached. A refused body (400: a formatter broke a limit) is a bug the
   * user should hear about; anything else (the 3-second window missed, Discord down) leaves nobody to tell.
   */
  async function recover(interaction: Tracked, error: unknown, context: Record<string, unknown>): Promise<void> {
    const reference = randomBytes(4).toString('hex');
    ctx.logger.error({ ...context, reference, err: describeFailure(error) }, 'Could not deliver the answer to Discord');
    if (interaction.kind === 'autocomplete' || (error as { status?: unknown }).status !== 400) return;
    const payload = toMessagePayload(bugReply(reference), 'create');
    try {
      await (interaction.acknowledged() ? interaction.respond.followUp(payload) : interaction.respond.reply(payload));
    } catch (again) {
      ctx.logger.error({ ...context, reference, err: describeFailure(again) }, 'Could not tell the user about the failure either');
    }
  }

  return {
    handle(interaction) {
      const running = route(interaction);
      inFlight.add(running);
      void running.finally(() => inFlight.delete(running));
      return running;
    },
    async drain(timeoutMs) {
      draining = true;
      return (await within(Promise.all(inFlight), timeoutMs)) !== undefined;
    },
  };
}
