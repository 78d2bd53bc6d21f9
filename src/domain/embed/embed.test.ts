import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { escapeAttribute, iframeSnippet, readResizeMessage, resizeMessage, resizeScript, resizeSnippet } from './embed'

describe('iframeSnippet', () => {
  it('gives a titled frame of a fixed height, with no style attribute', () => {
    expect(
      iframeSnippet({
        src: 'https://atlas.example/?embed=sectors&asOf=2024-06-30',
        title: 'Members by sector (Coalition Atlas)',
        height: 760,
      }),
    ).toBe(
      '<iframe class="coalition-atlas-embed" src="https://atlas.example/?embed=sectors&amp;asOf=2024-06-30" title="Members by sector (Coalition Atlas)" width="100%" height="760" loading="lazy"></iframe>',
    )
  })

  it('keeps a title that holds quotes and angle brackets inside its attribute', () => {
    const snippet = iframeSnippet({ src: 'https://a.example/', title: '"Quoted" <b>& co</b>', height: 400.4 })
    expect(snippet).toContain('title="&quot;Quoted&quot; &lt;b&gt;&amp; co&lt;/b&gt;"')
    expect(snippet).toContain('height="400"')
  })
})

describe('escapeAttribute', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['a&b', 'a&amp;b'],
    ['"x"', '&quot;x&quot;'],
    ['<script>', '&lt;script&gt;'],
    ["it's", "it's"],
  ])('%j → %j', (text, escaped) => {
    expect(escapeAttribute(text)).toBe(escaped)
  })
})

describe('resize messages', () => {
  it.each<[number, number]>([
    [640, 640],
    [640.2, 641],
    [0.5, 1],
  ])('a page %d px tall asks for %d', (height, asked) => {
    expect(resizeMessage(height)).toEqual({ type: 'coalition-atlas:resize', height: asked })
  })

  it.each<[unknown, number | null]>([
    [{ type: 'coalition-atlas:resize', height: 812 }, 812],
    [{ type: 'coalition-atlas:resize', height: 20000 }, 20000],
    [{ type: 'coalition-atlas:resize', height: 20001 }, null],
    [{ type: 'coalition-atlas:resize', height: 0 }, null],
    [{ type: 'coalition-atlas:resize', height: -5 }, null],
    [{ type: 'coalition-atlas:resize', height: 812.5 }, null],
    [{ type: 'coalition-atlas:resize', height: '812' }, null],
    [{ type: 'other:resize', height: 812 }, null],
    ['coalition-atlas:resize', null],
    [null, null],
  ])('reads %j as %j', (data, height) => {
    expect(readResizeMessage(data)).toBe(height)
  })
})

describe('the resize script', () => {
  /** Runs the script against fake frames and one message, and says the frames' heights after. */
  function run(origin: string, message: { origin: string; data: unknown; fromFrame: number }): string[] {
    const frames = [
      { contentWindow: { name: 'first' }, height: '760' },
      { contentWindow: { name: 'second' }, height: '760' },
    ]
    const listeners: ((event: unknown) => void)[] = []
    const window = { addEventListener: (_type: string, handler: (event: unknown) => void) => listeners.push(handler) }
    const document = { getElementsByTagName: () => frames }
    new Function('window', 'document', resizeScript(origin))(window, document)
    expect(listeners).toHaveLength(1)
    for (const listener of listeners)
      listener({ origin: message.origin, data: message.data, source: frames[message.fromFrame]?.contentWindow ?? {} })
    return frames.map((frame) => frame.height)
  }
  const atlas = 'https://atlas.example'

  it.each<[string, { origin: string; data: unknown; fromFrame: number }, string[]]>([
    [
      'sizes the frame that sent the message',
      { origin: atlas, data: { type: 'coalition-atlas:resize', height: 812 }, fromFrame: 1 },
      ['760', '812'],
    ],
    [
      'ignores another origin',
      { origin: 'https://evil.example', data: { type: 'coalition-atlas:resize', height: 812 }, fromFrame: 0 },
      ['760', '760'],
    ],
    [
      'ignores a window that is none of the frames',
      { origin: atlas, data: { type: 'coalition-atlas:resize', height: 812 }, fromFrame: 5 },
      ['760', '760'],
    ],
    ['ignores other messages', { origin: atlas, data: { type: 'resize', height: 812 }, fromFrame: 0 }, ['760', '760']],
    [
      'ignores an absurd height',
      { origin: atlas, data: { type: 'coalition-atlas:resize', height: 1e9 }, fromFrame: 0 },
      ['760', '760'],
    ],
    [
      'ignores a height that is not a number',
      { origin: atlas, data: { type: 'coalition-atlas:resize', height: '812' }, fromFrame: 0 },
      ['760', '760'],
    ],
  ])('%s', (_case, message, heights) => {
    expect(run(atlas, message)).toEqual(heights)
  })

  it('is the script the README gives hosts', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(resizeSnippet(atlas))
  })

  it('is wrapped in one script element for a host to paste', () => {
    expect(resizeSnippet(atlas)).toBe(`<script>\n${resizeScript(atlas)}</script>`)
    expect(resizeScript(atlas)).toContain('if (event.origin !== "https://atlas.example") return;')
  })
})
