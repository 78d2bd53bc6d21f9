/**
 * Data text inside a sentence. On screen a name standing alone is isolated with <bdi>; a name inside
 * a sentence built as one string ("Only in {name}", an <option>, a title attribute, an exported
 * figure) is isolated with U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, which is
 * what <bdi> does: a name holding U+202E RIGHT-TO-LEFT OVERRIDE, or written in Arabic or Hebrew,
 * cannot reorder the words around it. Text with neither is left as written, so it stays searchable
 * and copyable as it was.
 */

export const FIRST_STRONG_ISOLATE = '\u2068'
export const POP_DIRECTIONAL_ISOLATE = '\u2069'

/** Right-to-left letters (Hebrew to NKo and their presentation forms, and the supplementary planes' right-to-left blocks) and directional marks, embeddings, overrides and isolates. */
const BIDI_SENSITIVE =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/

/** `text`, isolated when it could reorder the text around it. */
export function isolate(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text
}
