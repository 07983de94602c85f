/** Keys name dimensions and axes in files and quick capture: lowercase letters, digits and dashes. */

/** "Gestion des incidents" → `gestion-des-incidents`: accents dropped, anything else a dash. */
export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A key made from a name, not one of `taken`: `backup`, else `backup-2`, `backup-3`… */
export function uniqueKey(name: string, taken: readonly string[], fallback: string): string {
  const base = slug(name).slice(0, 72).replace(/-$/, '') || fallback;
  let key = base;
  for (let n = 2; taken.includes(key); n += 1) key = `${base}-${n}`;
  return key;
}
