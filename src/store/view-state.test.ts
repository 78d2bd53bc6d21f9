import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, parseViewParams, readViewParams, serializeViewParams, type ViewState } from './view-state'

describe('parseViewParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseViewParams('')).toEqual(DEFAULT_VIEW)
  })

  it.each<[string, Partial<ViewState>]>([
    ['?a=ai-alliance&b=frontier-model-forum', { a: 'ai-alliance', b: 'frontier-model-forum' }],
    ['?sector=research-academia,model-developer', { sectors: ['research-academia', 'model-developer'] }],
    ['?sector=research-academia,research-academia', { sectors: ['research-academia'] }],
    ['?asOf=2023-12-05', { asOf: '2023-12-05' }],
    ['?asOf=yesterday', { asOf: null }],
    ['?q=Facebook', { q: 'Facebook' }],
    ['?match=none&coalition=ai-alliance', { match: 'none', coalitions: ['ai-alliance'] }],
    ['?match=some', { match: 'any' }],
    ['?country=us,jp', { countries: ['US', 'JP'] }],
    ['?role=founding%20member', { roles: ['founding member'] }],
    ['?sort=-joined,name', { sort: '-joined,name' }],
    ['?sort=c:ai-alliance,-c%3Acosai', { sort: 'c:ai-alliance,-c:cosai' }],
    ['?sort=name;drop', { sort: '' }],
    ['?measure=share&chart=ai-alliance', { measure: 'share', chart: ['ai-alliance'] }],
    ['?family=on&sets=a,b,c', { family: true, sets: ['a', 'b', 'c'] }],
    ['?data=javascript:alert(1)', { data: null }],
    ['?data=https://example.org/d.json', { data: 'https://example.org/d.json' }],
    ['?a=Not%20An%20Id', { a: null }],
    ['?from=2024-01-01&to=2024-12-31', { from: '2024-01-01', to: '2024-12-31' }],
    ['?to=2024-12-31', { to: '2024-12-31' }],
    ['?from=2024-12-31&to=2024-01-01', { to: '2024-01-01' }],
    ['?interlocks=partnership-on-ai', { interlocks: 'partnership-on-ai' }],
    ['?embed=sectors&asOf=2024-06-30', { embed: 'sectors', asOf: '2024-06-30' }],
    ['?embed=countries', { embed: 'countries' }],
    ['?embed=timeline&chart=ai-alliance', { embed: 'timeline', chart: ['ai-alliance'] }],
    ['?embed=compare&a=cosai&b=aisic', { embed: 'compare', a: 'cosai', b: 'aisic' }],
    ['?embed=overlap&sets=cosai,aisic', { embed: 'overlap', sets: ['cosai', 'aisic'] }],
    ['?embed=members&q=meta', { embed: 'members', q: 'meta' }],
    ['?embed=card&id=ai-alliance', { embed: 'card', id: 'ai-alliance' }],
    ['?embed=card', { embed: null, id: null }],
    ['?embed=card&id=AI%20Alliance', { embed: null, id: null }],
    ['?embed=map', { embed: null }],
    ['?embed=Sectors', { embed: null }],
    ['?embed=sectors&id=ai-alliance', { embed: 'sectors', id: null }],
    ['?id=ai-alliance', { id: null }],
    ['?v=3f9a0c1b2d4e', { v: '3f9a0c1b2d4e' }],
    ['?v=3F9A0C1B2D4E', { v: '3f9a0c1b2d4e' }],
    ['?v=%203f9a0c1b2d4e%20', { v: '3f9a0c1b2d4e' }],
    ['?v=3f9a0c1b2d4', { v: null }],
    ['?v=', { v: null }],
  ])('reads %s', (search, expected) => {
    expect(parseViewParams(search)).toEqual({ ...DEFAULT_VIEW, ...expected })
  })
})

describe('readViewParams: what cannot be used is refused in words', () => {
  it.each<[string, string, string, string]>([
    ['?data=javascript:alert(1)', 'data', 'javascript:alert(1)', 'only http and https links can be loaded'],
    ['?data=data:application/json,{}', 'data', 'data:application/json,{}', 'only http and https links can be loaded'],
    ['?data=file:///etc/passwd', 'data', 'file:///etc/passwd', 'only http and https links can be loaded'],
    ['?data=//evil.example/x.json', 'data', '//evil.example/x.json', 'only http and https links can be loaded'],
    ['?data=%20javascript:alert(1)', 'data', ' javascript:alert(1)', 'only http and https links can be loaded'],
    ['?asOf=2024-02-30', 'asOf', '2024-02-30', 'is not a real calendar day'],
    ['?asOf=yesterday', 'asOf', 'yesterday', 'is not a day: write YYYY-MM-DD'],
    ['?a=Not%20An%20Id', 'a', 'Not An Id', 'is not an id (ids are lower-case letters and digits joined by hyphens)'],
    ['?measure=volume', 'measure', 'volume', 'must be count or share'],
    ['?sort=name;drop', 'sort', 'name;drop', 'is not a list of column names'],
    ['?family=yes', 'family', 'yes', 'must be on'],
    ['?from=last-year', 'from', 'last-year', 'is not a day: write YYYY-MM-DD'],
    ['?to=2024-13-01', 'to', '2024-13-01', 'is not a real calendar day'],
    [
      '?interlocks=AI%20Alliance',
      'interlocks',
      'AI Alliance',
      'is not an id (ids are lower-case letters and digits joined by hyphens)',
    ],
    [
      '?embed=map',
      'embed',
      'map',
      'is not a view that opens alone (sectors, countries, timeline, compare, overlap, members, card)',
    ],
    ['?embed=card', 'embed', 'card', 'needs id=<coalition id>: the coalition the card shows'],
    ['?id=ai-alliance', 'id', 'ai-alliance', 'is only read with embed=card'],
    [
      '?v=3f9a0c1b2d4',
      'v',
      '3f9a0c1b2d4',
      'is not a content hash (12 digits 0–9 and letters a–f, as a citation gives it)',
    ],
    [
      '?v=3f9a0c1b2d4e5',
      'v',
      '3f9a0c1b2d4e5',
      'is not a content hash (12 digits 0–9 and letters a–f, as a citation gives it)',
    ],
    [
      '?v=3f9a0c1b2d4g',
      'v',
      '3f9a0c1b2d4g',
      'is not a content hash (12 digits 0–9 and letters a–f, as a citation gives it)',
    ],
    ['?v=latest', 'v', 'latest', 'is not a content hash (12 digits 0–9 and letters a–f, as a citation gives it)'],
    [
      '?v=%3Cscript%3E',
      'v',
      '<script>',
      'is not a content hash (12 digits 0–9 and letters a–f, as a citation gives it)',
    ],
  ])('%s', (search, param, value, reason) => {
    const { view, refused } = readViewParams(search)
    expect(refused).toEqual([{ param, value, reason }])
    expect(serializeViewParams(view)).toBe('')
  })

  it('refuses a From that is not before To, and keeps To', () => {
    const { view, refused } = readViewParams('?from=2024-12-31&to=2024-12-31')
    expect(refused).toEqual([{ param: 'from', value: '2024-12-31', reason: 'is not before to (2024-12-31)' }])
    expect(serializeViewParams(view)).toBe('?to=2024-12-31')
  })

  it('reads a link with spaces around it as the link', () => {
    expect(readViewParams('?data=%20https://example.org/d.json%20')).toEqual({
      view: { ...DEFAULT_VIEW, data: 'https://example.org/d.json' },
      refused: [],
    })
  })

  it('shortens a 6,000-character value in its refusal', () => {
    const { refused } = readViewParams(`?data=ftp://${'x'.repeat(6000)}`)
    expect(refused[0]?.value.length).toBeLessThanOrEqual(60)
  })

  it('refuses an embedded card’s id that is not an id, and the card with it', () => {
    const { view, refused } = readViewParams('?embed=card&id=AI%20Alliance&asOf=2024-06-30')
    expect(refused).toEqual([
      {
        param: 'id',
        value: 'AI Alliance',
        reason: 'is not an id (ids are lower-case letters and digits joined by hyphens)',
      },
      { param: 'embed', value: 'card', reason: 'needs id=<coalition id>: the coalition the card shows' },
    ])
    expect(serializeViewParams(view)).toBe('?asOf=2024-06-30')
  })

  it('refuses an id beside another embedded view, and keeps the view', () => {
    const { view, refused } = readViewParams('?embed=overlap&id=cosai')
    expect(refused).toEqual([{ param: 'id', value: 'cosai', reason: 'is only read with embed=card' }])
    expect(serializeViewParams(view)).toBe('?embed=overlap')
  })

  it('refuses nothing in a well-formed link', () => {
    expect(
      readViewParams('?a=ai-alliance&asOf=2024-02-29&sector=research-academia&data=https://example.org/d.json').refused,
    ).toEqual([])
  })
})

describe('serializeViewParams', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewParams(DEFAULT_VIEW)).toBe('')
  })

  it.each<[Partial<ViewState>, string]>([
    [{ sectors: ['research-academia', 'healthcare'] }, '?sector=research-academia,healthcare'],
    [{ q: 'Red Hat' }, '?q=Red+Hat'],
    [{ q: '   ' }, ''],
    [{ family: true, measure: 'share' }, '?measure=share&family=on'],
    [{ a: 'x', b: 'y', asOf: '2024-06-30' }, '?a=x&b=y&asOf=2024-06-30'],
    [{ sort: '-c:ai-alliance,name' }, '?sort=-c:ai-alliance,name'],
    [{ from: '2024-01-01', to: '2024-12-31', interlocks: 'cosai' }, '?from=2024-01-01&to=2024-12-31&interlocks=cosai'],
    [{ embed: 'sectors', asOf: '2024-06-30' }, '?embed=sectors&asOf=2024-06-30'],
    [
      { embed: 'card', id: 'ai-alliance', data: 'https://example.org/d.json' },
      '?embed=card&id=ai-alliance&data=https:%2F%2Fexample.org%2Fd.json',
    ],
    [{ asOf: '2024-06-30', v: '3f9a0c1b2d4e' }, '?asOf=2024-06-30&v=3f9a0c1b2d4e'],
  ])('writes %j as %s', (patch, expected) => {
    expect(serializeViewParams({ ...DEFAULT_VIEW, ...patch })).toBe(expected)
  })

  it('round-trips a full state', () => {
    const view: ViewState = {
      a: 'ai-alliance',
      b: 'frontier-model-forum',
      asOf: '2024-06-30',
      sectors: ['model-developer'],
      q: 'méta & co',
      coalitions: ['cosai', 'aisic'],
      match: 'all',
      countries: ['US'],
      roles: ['founder'],
      sort: '-joined,name',
      chart: ['ai-alliance'],
      measure: 'share',
      family: true,
      sets: ['cosai'],
      org: 'meta',
      data: 'https://example.org/x.json?y=1',
      from: '2024-01-01',
      to: '2024-12-31',
      interlocks: 'ai-alliance',
      embed: 'card',
      id: 'cosai',
      v: '07d4d12d23e1',
    }
    expect(parseViewParams(serializeViewParams(view))).toEqual(view)
  })
})
