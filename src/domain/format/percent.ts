/**
 * How shares are worded: one formatter for every percentage the app shows, so the same share never
 * reads "66.6%" in one place and "66.7%" in another.
 */

/**
 * "66.7%": a share from 0 to 1, rounded half up to `decimals` places (one by default, because small
 * coalitions make whole percentages jumpy; axis ticks ask for none).
 */
export function formatPercent(share: number, decimals = 1): string {
  const scale = 10 ** decimals
  // Rounding the scaled value first keeps toFixed's binary halves (0.125 → "12.5", 0.0005 → "0.1") exact.
  const rounded = Math.round(share * 100 * scale) / scale
  return `${(rounded === 0 ? 0 : rounded).toFixed(decimals)}%`
}

/**
 * "20.0%–40.0%": two shares of one measure counted two ways (certain members only, every possible
 * member), lower first, or one figure when they read the same.
 */
export function percentRangeText(first: number, second: number, decimals = 1): string {
  const low = formatPercent(Math.min(first, second), decimals)
  const high = formatPercent(Math.max(first, second), decimals)
  return low === high ? low : `${low}–${high}`
}
