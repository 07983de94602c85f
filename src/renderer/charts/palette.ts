/**
 * The colours of every chart, defined once. Series take the Okabe–Ito palette, which people with any
 * common colour blindness tell apart; lines also differ by dash and marker, so that a black-and-white
 * print still reads. Yellow and sky blue are left out: too pale for thin lines on paper.
 */
export const okabeIto = {
  black: '#000000',
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  green: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  purple: '#cc79a7',
} as const;

/** Colours for series in turn (axes, teams): the darker ones first. */
export const seriesColours = [
  okabeIto.blue,
  okabeIto.vermillion,
  okabeIto.green,
  okabeIto.purple,
  okabeIto.orange,
  okabeIto.black,
] as const;

/** Dash patterns for series in turn, so that lines differ without colour too. */
export const seriesDashes = [undefined, '6 3', '2 3', '8 3 2 3', '4 4', '1 2'] as const;

export const seriesColour = (index: number): string => seriesColours[index % seriesColours.length] as string;
export const seriesDash = (index: number): string | undefined => seriesDashes[index % seriesDashes.length];

/** What each role of the dashboards is drawn with. */
export const roles = {
  baseline: { colour: '#414958', dash: '2 3' },
  current: { colour: okabeIto.blue, dash: undefined },
  target: { colour: okabeIto.vermillion, dash: '6 3' },
  forecast: { colour: okabeIto.vermillion, dash: '5 4' },
  overall: { colour: okabeIto.black, dash: undefined },
  done: { colour: okabeIto.blue, dash: undefined },
  total: { colour: '#414958', dash: '6 3' },
  budget: { colour: '#414958', dash: undefined },
  planned: { colour: okabeIto.orange, dash: undefined },
  spent: { colour: okabeIto.blue, dash: undefined },
} as const;

/** Grid and axis lines: present on paper, quiet on screen. */
export const gridColour = '#cfd4dc';
export const axisTextColour = '#414958';
