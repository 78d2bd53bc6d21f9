/**
 * Hatching: how a chart draws members that are possible but not certain on a day. A hatched mark
 * is stripes of the category's hue on the chart's own background, so what a reader must tell apart
 * (stripes from background) is what has to meet WCAG's 3:1 non-text contrast, in both themes.
 *
 * One stripe colour serves both themes: a colour whose relative luminance lies between about 0.13
 * and 0.30 has 3:1 against the light surface (#ffffff) and the dark one (#171b21), so a pattern
 * needs no theme-dependent CSS and an exported image keeps its contrast whichever theme it is in.
 */

/** The chart surfaces of the two themes (app.css --surface), against which stripes are measured. */
export const HATCH_BACKGROUNDS = ['#ffffff', '#171b21'] as const

/** A neutral stripe colour for keys ("hatched: possible but not certain"), clear in both themes. */
export const KEY_COLOR = '#727b87'

/** Stripe period and width in px; the pattern is turned 45° (or −45°) so it never lines up with bar edges. */
export const HATCH_PERIOD = 6
export const HATCH_STRIPE = 2.5

type Rgb = readonly [number, number, number]

function parseHex(color: string): Rgb | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())
  if (!match?.[1]) return null
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1]
  return [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255) as unknown as Rgb
}

function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((channel) =>
      Math.round(Math.min(1, Math.max(0, channel)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(color: string): number {
  const rgb = parseHex(color)
  if (!rgb) return 0
  const linear = rgb.map((channel) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4))
  return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0)
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const lightness = (max + min) / 2
  if (max === min) return [0, 0, lightness]
  const delta = max - min
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min)
  const hue = max === r ? (g - b) / delta + (g < b ? 6 : 0) : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4
  return [hue / 6, saturation, lightness]
}

function fromHsl(hue: number, saturation: number, lightness: number): Rgb {
  if (saturation === 0) return [lightness, lightness, lightness]
  const q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation
  const p = 2 * lightness - q
  const channel = (t0: number) => {
    const t = t0 < 0 ? t0 + 1 : t0 > 1 ? t0 - 1 : t0
    if (t < 1 / 6) return p + (q - p) * 6 * t
    if (t < 1 / 2) return q
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6
    return p
  }
  return [channel(hue + 1 / 3), channel(hue), channel(hue - 1 / 3)]
}

/** Luminances a stripe may have: 3.3:1 or more against both surfaces, a margin over 3:1 for rounding. */
const MIN_LUMINANCE = 0.15
const MAX_LUMINANCE = 0.27

const hatchColors = new Map<string, string>()

/**
 * The stripe colour for a category colour: the colour itself when it already stands out from both
 * surfaces, else the same hue and saturation made darker (a light colour) or lighter (a dark one),
 * as little as it takes. Anything that is not `#rgb`/`#rrggbb` gets the neutral key colour.
 */
export function hatchColor(color: string): string {
  const cached = hatchColors.get(color)
  if (cached !== undefined) return cached
  const rgb = parseHex(color)
  let result = KEY_COLOR
  if (rgb) {
    const luminance = relativeLuminance(color)
    if (luminance >= MIN_LUMINANCE && luminance <= MAX_LUMINANCE) result = toHex(rgb)
    else {
      const [hue, saturation, lightness] = toHsl(rgb)
      const target = luminance > MAX_LUMINANCE ? MAX_LUMINANCE : MIN_LUMINANCE
      // Luminance grows with HSL lightness at a fixed hue and saturation: bisect towards the target.
      let low = luminance > MAX_LUMINANCE ? 0 : lightness
      let high = luminance > MAX_LUMINANCE ? lightness : 1
      for (let step = 0; step < 30; step++) {
        const middle = (low + high) / 2
        if (relativeLuminance(toHex(fromHsl(hue, saturation, middle))) < target) low = middle
        else high = middle
      }
      // Round towards the inside of the band, so the hex value still meets it.
      result = toHex(fromHsl(hue, saturation, luminance > MAX_LUMINANCE ? low : high))
    }
  }
  hatchColors.set(color, result)
  return result
}

/** The hue of a `#rrggbb` colour in turns (0–1), for tests that hatching keeps it. */
export function hueOf(color: string): number {
  const rgb = parseHex(color)
  return rgb ? toHsl(rgb)[0] : 0
}

/** The same stripes for an HTML swatch (a legend entry): a CSS background. */
export function hatchBackground(color: string): string {
  return `repeating-linear-gradient(45deg, ${color} 0 1.5px, transparent 1.5px 4px)`
}
