/**
 * Messages translated once and filled in many times: a heatmap's thousands of cells each say their
 * dimension, level and target, and i18next's own interpolation, call by call, costs tens of
 * milliseconds there. Translate the message with `slots` for its values, then fill it with `template`.
 */
const open = '\u0001';
const close = '\u0002';

/** Stand-ins for a message's values, each marking where its value goes. */
export function slots<K extends string>(...names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, `${open}${name}${close}`])) as Record<K, string>;
}

/** Fills in a message translated with `slots` by its values. */
export function template<K extends string>(
  translated: string,
): (values: Readonly<Record<K, string>>) => string {
  // Split once: even parts are the message's own words, odd ones the names of the values between them.
  const parts = translated.split(new RegExp(`${open}(\\w+)${close}`));
  return (values) => parts.map((part, index) => (index % 2 === 0 ? part : values[part as K])).join('');
}
