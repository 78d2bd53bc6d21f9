/**
 * Names, ids and countries as a spreadsheet writes them: readable ids made from names (`meta`,
 * `meta-2`), the keys that say two names are the same or nearly the same organization, and
 * country names read as ISO codes.
 */
import { COUNTRY_CODES, countryName, isCountryCode } from '../dataset/countries'

/** The format's id rule (schema.ts's ID_PATTERN, repeated here so the importer does not load zod; a test keeps them equal). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const MAX_ID_LENGTH = 64

/** Lower-case letters and digits joined by hyphens, at most `max` characters, cut at a hyphen. */
export function slug(text: string, max = 48): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (base.length <= max) return base
  const cut = base.slice(0, max)
  const hyphen = cut.lastIndexOf('-')
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '')
}

/** Hands out unique ids: the slug of a name, then `-2`, `-3`… for the next ones with the same slug. */
export class IdMaker {
  private readonly taken: Set<string>
  private readonly fallback: string

  constructor(taken: Iterable<string>, fallback: string) {
    this.taken = new Set(taken)
    this.fallback = fallback
  }

  /** A given id is used as it is when free; otherwise a free one is made from it. */
  make(text: string): string {
    const base = slug(text) || this.fallback
    if (!this.taken.has(base)) {
      this.taken.add(base)
      return base
    }
    for (let n = 2; ; n++) {
      const id = `${base}-${n}`
      if (!this.taken.has(id)) {
        this.taken.add(id)
        return id
      }
    }
  }

  has(id: string): boolean {
    return this.taken.has(id)
  }

  claim(id: string): void {
    this.taken.add(id)
  }
}

/** Two names are the same when they differ only in case, accents and spacing. */
export function sameNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Legal forms that say nothing about which organization it is. */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'oy',
  'kk',
  'pty',
  'lp',
  'llp',
  'se',
])

/**
 * A name with everything that does not tell organizations apart removed: case, accents,
 * punctuation, a leading "The", trailing legal forms ("Inc.", "Ltd", "GmbH") and "&" read as "and".
 * "The Linux Foundation" and "Linux Foundation, Inc." share one key.
 */
export function nameKey(name: string): string {
  const words = sameNameKey(name)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
  if (words.length > 1 && words[0] === 'the') words.shift()
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] as string)) words.pop()
  return words.join(' ')
}

/** English names and common short forms of countries, keyed by sameNameKey. */
let countryByName: Map<string, string> | null = null

const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'u.k.': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'south korea': 'KR',
  'republic of korea': 'KR',
  korea: 'KR',
  'north korea': 'KP',
  russia: 'RU',
  'russian federation': 'RU',
  'mainland china': 'CN',
  "people's republic of china": 'CN',
  prc: 'CN',
  uae: 'AE',
  'the netherlands': 'NL',
  holland: 'NL',
  'czech republic': 'CZ',
  turkey: 'TR',
  türkiye: 'TR',
  vietnam: 'VN',
  'viet nam': 'VN',
  'ivory coast': 'CI',
  'hong kong': 'HK',
  taiwan: 'TW',
}

/** An ISO 3166-1 alpha-2 code from a code in any case or an English country name; null when unknown. */
export function readCountry(text: string): string | null {
  const trimmed = text.trim()
  if (/^[A-Za-z]{2}$/.test(trimmed) && isCountryCode(trimmed.toUpperCase())) return trimmed.toUpperCase()
  if (countryByName === null) {
    countryByName = new Map()
    for (const code of COUNTRY_CODES) {
      const name = countryName(code)
      if (name !== code) countryByName.set(sameNameKey(name), code)
    }
    for (const [name, code] of Object.entries(EXTRA_COUNTRY_NAMES)) countryByName.set(sameNameKey(name), code)
  }
  return countryByName.get(sameNameKey(trimmed)) ?? null
}
