/** True only for absolute http(s) URLs: the one kind of address the app turns into a link or fetches. */
export function isSafeHref(url: string | null | undefined): url is string {
  if (!url) return false
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}
