import type { Responder, RoutedInteraction } from './routedInteraction.js';

/** An interaction that can say whether Discord has had its first response yet. */
export type Tracked = RoutedInteraction & { acknowledged(): boolean };

/** Wraps the responder so the router knows whether Discord has had its first response yet. */
export function trackAcknowledgement(interaction: RoutedInteraction): Tracked {
  let acknowledged = false;
  const first = <A extends unknown[]>(send: (...args: A) => Promise<void>) => async (...args: A): Promise<void> => {
    await send(...args);
    acknowledged = true;
  };
  const isAcknowledged = (): boolean => acknowledged;
  if (interaction.kind === 'autocomplete') return { ...interaction, respond: first(interaction.respond), acknowledged: isAcknowledged };
  const respond = interaction.respond;
  const tracked: Responder = {
    reply: first((payload) => respond.reply(payload)),
    defer: first((ephemeral) => respond.defer(ephemeral)),
    editReply: (payload) => respond.editReply(payload),
    deleteReply: () => respond.deleteReply(),
    followUp: (payload) => respond.followUp(payload),
  };
  if (interaction.kind === 'command') return { ...interaction, respond: tracked, acknowledged: isAcknowledged };
  const component = interaction.respond;
  return {
    ...interaction,
    respond: { ...tracked, update: first((payload) => component.update(payload)), deferUpdate: first(() => component.deferUpdate()) },
    acknowledged: isAcknowledged,
  };
}
