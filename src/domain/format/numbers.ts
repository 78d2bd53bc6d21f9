/** Percentages, said one way everywhere. */

/** "21.4%" (one decimal by default: small coalitions make whole percentages jumpy), "27%" with 0. */
export function formatPercent(share: number, decimals = 1): string {
  const factor = 10 ** decimals
  return `${(Math.round(share * 100 * factor) / factor).toFixed(decimals)}%`
}
