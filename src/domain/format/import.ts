/** How the spreadsheet importer words what it found and what it will do. */
import type { ImportMode, ImportReport } from '../import/build'
import type { PairReason } from '../import/near-duplicates'
import { formatCount, plural } from './counts'

/** "Import 118 rows, leave out 2": the confirming button. */
export function importButtonText(fine: number, total: number): string {
  const rows = plural(fine, 'row', 'rows')
  return fine < total ? `Import ${rows}, leave out ${formatCount(total - fine)}` : `Import ${rows}`
}

/** "All 120 rows are fine." / "118 of 120 rows are fine; 2 rows have problems (3 in all):" */
export function rowsSummary(fine: number, total: number, problemCount: number): string {
  if (total === 0) return 'The sheet has a header row but no rows below it.'
  if (fine === total && problemCount === 0)
    return total === 1 ? 'The row is fine.' : `All ${formatCount(total)} rows are fine.`
  const bad = total - fine
  const rows = `${formatCount(fine)} of ${plural(total, 'row', 'rows')} ${fine === 1 ? 'is' : 'are'} fine`
  const problems = problemCount > bad ? ` (${plural(problemCount, 'problem', 'problems')} in all)` : ''
  return `${rows}; ${plural(bad, 'row has', 'rows have')} problems${problems}. Fix them in the sheet and import it again, or import the rows that are fine and leave these out:`
}

/** "12 rows have no role: they are read as “member”." */
export function roleDefaultText(count: number): string {
  return count === 1
    ? '1 row has no role: it is read as “member”.'
    : `${formatCount(count)} rows have no role: they are read as “member”.`
}

export function pairReasonText(reason: PairReason): string {
  if (reason === 'same-name')
    return 'the same name apart from case, accents, punctuation, “The” or a legal form such as “Inc.”'
  if (reason === 'contains') return 'one name begins the other'
  return 'a few letters apart'
}

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

function namesText(names: readonly string[], limit = 8): string {
  const shown = names.slice(0, limit)
  return names.length > limit ? `${shown.join(', ')} and ${formatCount(names.length - limit)} more` : list(shown)
}

/** What an import will do, in a sentence or two. */
export function reportText(report: ImportReport, mode: ImportMode): string[] {
  const created = [
    plural(report.memberships, 'membership', 'memberships'),
    plural(report.organizations, 'organization', 'organizations'),
    plural(report.coalitions, 'coalition', 'coalitions'),
    plural(report.sources, 'source', 'sources'),
    plural(report.sectors, 'sector', 'sectors'),
  ]
  const lines = [`${mode === 'add' ? 'Adds' : 'Makes'} ${list(created)}.`]
  if (report.organizationsAlone > 0)
    lines.push(
      `${plural(report.organizationsAlone, 'organization is', 'organizations are')} listed without a membership (rows without a coalition).`,
    )
  if (report.unknownSector > 0)
    lines.push(
      `${plural(report.unknownSector, 'organization has', 'organizations have')} no sector in any row: filed under “Unknown sector”.`,
    )
  if (report.extraSourceRows > 0)
    lines.push(
      `${plural(report.extraSourceRows, 'row adds', 'rows add')} another source to a membership an earlier row states.`,
    )
  if (report.mergedNames > 0)
    lines.push(`${plural(report.mergedNames, 'name is', 'names are')} merged into another (see the names above).`)
  if (mode === 'add') {
    if (report.matchedOrganizations.length > 0)
      lines.push(
        `Merged with organizations already in the dataset (by name or alias): ${namesText(report.matchedOrganizations)}.`,
      )
    if (report.matchedCoalitions.length > 0)
      lines.push(`Added to coalitions already in the dataset: ${namesText(report.matchedCoalitions)}.`)
    if (report.membershipsAlreadyThere > 0)
      lines.push(
        `${plural(report.membershipsAlreadyThere, 'membership was', 'memberships were')} already in the dataset and ${report.membershipsAlreadyThere === 1 ? 'is' : 'are'} not added again.`,
      )
  }
  return lines
}
