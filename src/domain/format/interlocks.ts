/**
 * The words of "Who else members belong to": shared members and their share of the chosen
 * coalition, and how many other coalitions a member belongs to, each a range when the evidence
 * leaves some memberships open on the day.
 */
import type { CountRange } from '../membership/membership'
import { formatCount, pluralRange } from './counts'
import { percentRangeText } from './percent'

/** "12 shared members", "3 certain, up to 5 shared members" */
export function sharedMembersText(shared: CountRange): string {
  return pluralRange(shared, 'shared member', 'shared members')
}

/** "8.8% of AI Alliance’s members", "20.0%–40.0% of Forum’s members": certain over certain, possible over possible. */
export function sharedShareText(
  share: { readonly certain: number; readonly possible: number },
  coalitionName: string,
): string {
  return `${percentRangeText(share.certain, share.possible)} of ${coalitionName}’s members`
}

/** "in 6 other coalitions", "in 1 certain, up to 2 other coalitions", "in no other coalition" */
export function otherCoalitionsText(others: CountRange): string {
  if (others.possible === 0) return 'in no other coalition'
  return `in ${pluralRange(others, 'other coalition', 'other coalitions')}`
}

/** "Show the 12 names", "Hide the 12 names": the disclosure of one row's shared members. */
export function namesToggleText(open: boolean, count: number): string {
  return `${open ? 'Hide' : 'Show'} the ${count === 1 ? 'name' : `${formatCount(count)} names`}`
}

/**
 * "AI Alliance has 136 members on 30 June 2024.", with "among the organizations the filters keep"
 * when the sector filter or the search narrows them.
 */
export function interlocksMembersText(
  coalitionName: string,
  members: CountRange,
  dateText: string,
  filtered: boolean,
): string {
  return `${coalitionName} has ${pluralRange(members, 'member', 'members')} on ${dateText}${filtered ? ' among the organizations the filters keep' : ''}.`
}
