/**
 * "Did you mean" for ids: the closest existing id within a small edit distance, so a typo such as
 * "ibmm" points at "ibm" while an unrelated id suggests nothing.
 */
export function closestId(wanted: string, candidates: Iterable<string>): string | null {
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)))
  let best: string | null = null
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    // Length difference is a lower bound on the distance: skip the work when it cannot win.
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue
    const distance = editDistance(wanted, candidate, bestDistance)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Levenshtein distance, giving up (returning `cap`) once every path is at least `cap`. */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin >= cap) return cap
    previous = current
  }
  return previous[b.length] ?? 0
}
