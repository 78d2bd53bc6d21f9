#!/usr/bin/env node
// Writes a valid, deterministic synthetic dataset for scale tests and the benchmark:
//   npm run gen:data -- --orgs 10000 --coalitions 100 --memberships 100000 --seed 1 [--out file.json]
// Same arguments, same bytes. The data is fictional: names are made from syllables, sources point
// at example.org. It exists to measure the app, never to be read as facts.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const SECTORS = [
  ['model-developer', 'Model developer'],
  ['hardware-semiconductors', 'Hardware & semiconductors'],
  ['cloud-infrastructure', 'Cloud & infrastructure'],
  ['enterprise-software', 'Enterprise software'],
  ['ai-tooling-startups', 'AI tooling & startups'],
  ['research-academia', 'Research & academia'],
  ['open-source-foundation', 'Open-source foundation'],
  ['government-public-agency', 'Government & public agency'],
  ['healthcare', 'Healthcare'],
  ['finance-insurance', 'Finance & insurance'],
  ['consumer-tech-media', 'Consumer tech & media'],
  ['nonprofit-civil-society', 'Nonprofit & civil society'],
]
// Weighted towards where AI coalition members are, with a long tail.
const COUNTRIES = [
  'US',
  'US',
  'US',
  'US',
  'GB',
  'GB',
  'DE',
  'FR',
  'JP',
  'JP',
  'CN',
  'IN',
  'CA',
  'KR',
  'CH',
  'NL',
  'SE',
  'IL',
  'SG',
  'AE',
  'AU',
  'BR',
  'ES',
  'IT',
  'FI',
  'PL',
  'IE',
  'BE',
  'NZ',
  'ZA',
  'MX',
  'NG',
  'KE',
  'VN',
  'TW',
]
const SYLLABLES = [
  'ar',
  'bel',
  'cor',
  'dan',
  'el',
  'fen',
  'gar',
  'hal',
  'is',
  'jor',
  'kel',
  'lum',
  'mar',
  'nor',
  'ov',
  'pra',
  'quin',
  'ros',
  'sol',
  'tor',
  'ul',
  'ven',
  'wes',
  'xan',
  'yor',
  'zel',
  'bri',
  'cas',
  'dro',
  'eth',
]
const SUFFIXES = {
  'model-developer': ['AI', 'Labs', 'Intelligence', 'Models'],
  'hardware-semiconductors': ['Semiconductor', 'Microsystems', 'Chips', 'Devices'],
  'cloud-infrastructure': ['Cloud', 'Data Centers', 'Compute', 'Networks'],
  'enterprise-software': ['Software', 'Systems', 'Technologies', 'Inc.'],
  'ai-tooling-startups': ['.ai', 'Stack', 'Ops', 'Tools'],
  'research-academia': ['University', 'Institute of Technology', 'Research Centre', 'College'],
  'open-source-foundation': ['Foundation', 'Commons', 'Project', 'Collective'],
  'government-public-agency': ['Ministry of Digital Affairs', 'Agency', 'Office of Technology', 'Authority'],
  healthcare: ['Health', 'Clinic', 'Medical Center', 'Hospital'],
  'finance-insurance': ['Bank', 'Capital', 'Insurance', 'Financial'],
  'consumer-tech-media': ['Media', 'Studios', 'Electronics', 'Group'],
  'nonprofit-civil-society': ['Alliance', 'Society', 'Council', 'Initiative'],
}
const ROLES = ['member', 'member', 'member', 'partner', 'signatory', 'sponsor']
const CONFIDENCE = ['high', 'high', 'high', 'medium', 'low']

/** Mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10)
const dayOf = (text) =>
  Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7) || 1) - 1, Number(text.slice(8, 10) || 1)) / DAY

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Builds the dataset object. Throws when more memberships are asked for than org×coalition pairs. */
export function generateDataset({ orgs, coalitions, memberships, seed }) {
  if (memberships > orgs * coalitions)
    throw new Error(`--memberships ${memberships} is more than orgs × coalitions (${orgs * coalitions})`)
  const rand = random(seed)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1))
  const word = (parts) => {
    let text = ''
    for (let i = 0; i < parts; i++) text += pick(SYLLABLES)
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
  const partialDate = (day) => {
    const roll = rand()
    const text = iso(day)
    return roll < 0.8 ? text : roll < 0.95 ? text.slice(0, 7) : text.slice(0, 4)
  }

  const sourceCount = Math.max(20, Math.ceil(memberships / 50))
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const publisher = `${word(2)} ${pick(['News', 'Times', 'Review', 'Journal', 'Wire'])}`
    return {
      id: `src-${i + 1}`,
      title: `${publisher}: ${word(2)} and ${word(2)} join ${word(2)} coalition`,
      url: `https://example.org/sources/${i + 1}`,
      publisher,
      date: iso(dayOf('2012-01-01') + int(0, 4700)),
    }
  })

  const coalitionList = Array.from({ length: coalitions }, (_, i) => {
    const name = `${word(2)} ${pick(['Alliance', 'Forum', 'Consortium', 'Partnership', 'Coalition', 'Commitments', 'Initiative'])}${coalitions > 7 ? ` ${i + 1}` : ''}`
    const founded = iso(dayOf('2010-01-01') + int(0, 5400))
    return {
      id: `${slug(name).slice(0, 48)}-c${i + 1}`,
      name,
      shortName: name.slice(0, 16).trim(),
      founded,
      description: `Synthetic coalition ${i + 1} for scale tests.`,
      sources: [`src-${(i % sourceCount) + 1}`],
    }
  })

  const organizations = Array.from({ length: orgs }, (_, i) => {
    const [sector] = pick(SECTORS)
    const base =
      sector === 'research-academia' && rand() < 0.5
        ? `${pick(SUFFIXES[sector])} of ${word(int(2, 3))}`
        : `${word(int(1, 3))} ${pick(SUFFIXES[sector])}`
    const name = rand() < 0.1 ? `${base} ${word(2)} ${pick(['Group', 'Holdings', 'International', 'Labs'])}` : base
    const organization = { id: `${slug(name).slice(0, 48)}-o${i + 1}`, name, sector }
    if (rand() < 0.93) organization.country = pick(COUNTRIES)
    if (rand() < 0.1) organization.aliases = [`${word(2)} ${pick(['Corp', 'Co', 'Ltd'])}`]
    // Parents always point at an earlier organization, so families never loop.
    if (i > 10 && rand() < 0.05) organization.parent = null
    return organization
  })
  organizations.forEach((organization, i) => {
    if (organization.parent === null) organization.parent = organizations[int(0, i - 1)].id
  })

  const pairs = new Set()
  const membershipList = []
  const lastDay = dayOf('2026-06-30')
  while (membershipList.length < memberships) {
    // Every organization gets memberships first round-robin, then at random: few absentees, realistic spread.
    const orgIndex = membershipList.length < orgs ? membershipList.length : int(0, orgs - 1)
    const coalitionIndex = int(0, coalitions - 1)
    const key = orgIndex * coalitions + coalitionIndex
    if (pairs.has(key)) continue
    pairs.add(key)
    const coalition = coalitionList[coalitionIndex]
    const foundedDay = dayOf(coalition.founded)
    const membership = { organization: organizations[orgIndex].id, coalition: coalition.id, role: pick(ROLES) }
    const roll = rand()
    if (roll < 0.05) {
      membership.role = 'founder'
      membership.joined = coalition.founded
    } else if (roll > 0.03 + 0.05) {
      const joinedDay = int(foundedDay, Math.max(foundedDay, lastDay))
      membership.joined = partialDate(joinedDay)
      if (rand() < 0.1) {
        const leftDay = int(dayOf(membership.joined) + 30, lastDay + 200)
        membership.left = iso(leftDay)
      }
    }
    const first = int(0, sourceCount - 1)
    membership.sources =
      rand() < 0.3 ? [`src-${first + 1}`, `src-${((first + 7) % sourceCount) + 1}`] : [`src-${first + 1}`]
    membership.confidence = pick(CONFIDENCE)
    membershipList.push(membership)
  }

  return {
    version: 1,
    title: `Synthetic coalitions (${orgs} organizations, ${memberships} memberships, seed ${seed})`,
    description: 'Generated by scripts/gen-data.mjs for scale tests. Fictional names; not facts.',
    updated: '2026-11-22',
    sectors: SECTORS.map(([id, label]) => ({ id, label })),
    sources,
    coalitions: coalitionList,
    organizations,
    memberships: membershipList,
  }
}

function parseArgs(argv) {
  const options = { orgs: 1000, coalitions: 20, memberships: 10000, seed: 1, out: null }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=')
    const value = inline ?? argv[++i]
    const name = flag.replace(/^--/, '')
    if (!(name in options))
      throw new Error(`unknown option ${flag} (use --orgs, --coalitions, --memberships, --seed, --out)`)
    options[name] = name === 'out' ? value : Number(value)
    if (name !== 'out' && !(Number.isInteger(options[name]) && options[name] >= (name === 'seed' ? 0 : 1))) {
      throw new Error(`${flag} needs a whole number${name === 'seed' ? '' : ' of at least 1'}`)
    }
  }
  return options
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2))
    const json = JSON.stringify(generateDataset(options))
    if (options.out) {
      writeFileSync(options.out, json)
      console.error(`wrote ${options.out} (${(json.length / 1024 / 1024).toFixed(1)} MB)`)
    } else {
      process.stdout.write(json)
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(2)
  }
}
