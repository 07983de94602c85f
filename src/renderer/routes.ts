/** The app's addresses: which screen a hash names, with its parameters, and the hash of a screen. */

/** Screens with an id take it from the path: `#/plan/<planId>` has `params.id`. */
export const screens = [
  'home',
  'teams',
  'plans',
  'portfolio',
  'surveys',
  'survey',
  'settings',
  'models',
  'plan',
  'assess',
  'workshop',
  'print',
  'team',
] as const;
export type Screen = (typeof screens)[number];

export interface Route {
  screen: Screen;
  /**
   * The id in the path (`#/plan/<id>` → `id`) and the query of the hash, e.g. the filters of the plans
   * list in `#/plans?team=…&status=active`.
   */
  params: Readonly<Record<string, string>>;
}

const isScreen = (name: string): name is Screen => (screens as readonly string[]).includes(name);

/** `#/plans?status=active` → the plans screen with its filter; anything unknown opens home. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [name = '', id] = path.replace(/\/$/, '').split('/');
  const params = Object.fromEntries(new URLSearchParams(query));
  if (name === '' || !isScreen(name)) return { screen: 'home', params };
  return { screen: name, params: id ? { ...params, id: decodeURIComponent(id) } : params };
}

export function hashOf(screen: Screen, params: Record<string, string | undefined> = {}): string {
  const { id, ...rest } = params;
  const query = new URLSearchParams(
    Object.entries(rest).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  ).toString();
  const path = screen === 'home' ? '' : id ? `${screen}/${encodeURIComponent(id)}` : screen;
  return `#/${path}${query ? `?${query}` : ''}`;
}
