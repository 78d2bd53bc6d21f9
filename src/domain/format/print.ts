/** Words a printed page needs where the screen has a control instead. */
import { formatCount } from './counts'

/** Under a table printed only in part: "… and 1,234 more rows not printed". */
export function unprintedRowsText(count: number): string {
  return `… and ${formatCount(count)} more ${count === 1 ? 'row' : 'rows'} not printed`
}
