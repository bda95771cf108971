/** Narrowing helpers for request bodies, which arrive as untyped JSON. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Length as Discord counts it: in code points, so an emoji counts once. */
export const chars = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);
