/**
 * Text written into an exported SVG. An SVG file is XML, and XML 1.0 cannot hold most control
 * characters (U+0000–U+001F other than tab, line feed and carriage return), U+FFFE, U+FFFF or a
 * lone surrogate: one of them in an organization's name would make the whole file unreadable.
 * They are replaced with U+FFFD, the replacement character, so the reader sees that something was
 * there. Text that holds a right-to-left letter or a directional control is also isolated (U+2068
 * FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), as <bdi> isolates it on screen: a name
 * holding U+202E RIGHT-TO-LEFT OVERRIDE, or written in Arabic or Hebrew, cannot reorder what follows
 * it. Text with neither is left as it is (each <text> is laid out on its own, so nothing outside it
 * can reorder it), which keeps an export's text searchable and copyable as written.
 */

import { isolate } from '../format/isolate'

const REPLACEMENT = '\uFFFD'
/** Characters XML 1.0 does not allow, and lone surrogates (a high one not followed by a low one, a low one not after a high one). */
const NOT_XML =
  // oxlint-disable-next-line no-control-regex -- finding the control characters XML cannot hold is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** `text` with every character XML cannot hold replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, REPLACEMENT)
}

/** XML-safe, and isolated when it could reorder its surroundings: how text goes into an exported figure. */
export function isolatedText(text: string): string {
  return isolate(xmlSafe(text))
}
