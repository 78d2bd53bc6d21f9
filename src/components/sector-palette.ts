/**
 * One colour per sector, the same in every chart, card and export, in both themes. The first eight
 * are the Okabe–Ito palette and the rest Paul Tol's muted scheme, both chosen to stay distinct for
 * the common forms of colour-vision deficiency; labels and tables always carry the same information.
 */
export const SECTOR_PALETTE: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#332288',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  '#117733',
  '#DDCC77',
  '#661100',
]

export const OTHER_COLOR = '#8a8f98'

/** Colour for the sector at `index` in the dataset's sector list (stable across views and filters). */
export function sectorColor(index: number): string {
  if (index < 0) return OTHER_COLOR
  return SECTOR_PALETTE[index % SECTOR_PALETTE.length] ?? OTHER_COLOR
}
