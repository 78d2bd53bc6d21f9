// Renders docs/dataset-format.md as a page of the built site (docs/dataset-format.html), so the
// app can link to the format's reference wherever it is hosted, with the same strict CSP.
import { readFileSync } from 'node:fs'
import { Marked } from 'marked'

const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"

/** GitHub-style heading ids, so "#validation" links inside the page work. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ +/g, '-')
}

export function renderDocsPage(markdownPath) {
  const source = readFileSync(markdownPath, 'utf8')
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens)
        return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`
      },
      // Raw HTML in the markdown is shown as text, never passed through.
      html({ text }) {
        return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
      },
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens)
        // Links to repository files become links to the same files on the site where they are published.
        const target = href.replace(/^\.\.\/public\//, '../').replace(/\.md(#|$)/, '.html$1')
        return `<a href="${target}">${text}</a>`
      },
    },
  })
  const body = marked.parse(source)
  const title = /^# (.+)$/m.exec(source)?.[1] ?? 'Dataset format'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} · Coalition Atlas</title>
<link rel="stylesheet" href="docs.css">
</head>
<body>
<main>
<p><a href="../">← Back to Coalition Atlas</a></p>
${body}</main>
</body>
</html>
`
}

export const DOCS_CSS = `:root { color-scheme: light dark; --text: #1a1d21; --muted: #525b67; --bg: #ffffff; --code: #f1f3f5; --border: #d0d5dc; --link: #1d4ed8; }
@media (prefers-color-scheme: dark) { :root { --text: #e6e8eb; --muted: #a9b1bc; --bg: #14171b; --code: #1f242a; --border: #39404a; --link: #8ab4ff; } }
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
a { color: var(--link); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; background: var(--code); border-radius: 4px; }
code { padding: 0.1em 0.3em; overflow-wrap: anywhere; }
td code { overflow-wrap: normal; white-space: nowrap; }
pre { padding: 0.75rem; overflow-x: auto; }
pre code { padding: 0; background: none; }
table { border-collapse: collapse; display: block; overflow-x: auto; margin: 1rem 0; }
th, td { border: 1px solid var(--border); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--code); }
`
