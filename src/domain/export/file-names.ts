/** File names that say what they hold: `coalition-atlas-members-model-developer-2024-06-01.csv`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Joins the non-empty parts as slugs, keeps the name under 120 characters, adds the extension. */
export function exportFileName(parts: readonly (string | null | undefined)[], extension: string): string {
  const base = parts
    .map((part) => (part ? slugify(part) : ''))
    .filter(Boolean)
    .join('-')
    .slice(0, 120)
    .replace(/-+$/, '')
  return `${base || 'export'}.${extension}`
}

/** A figure's image file: a dark image is another file than the light one of the same view (`members-by-sector-…-dark.png`). */
export function imageFileName(fileBase: string, format: 'png' | 'svg', theme: 'light' | 'dark'): string {
  return `${fileBase}${theme === 'dark' ? '-dark' : ''}.${format}`
}
