/**
 * "Who else members belong to", as LittleSis's list interlocks answer it: for one
 * coalition on the "as of" day, the other coalitions ranked by how many of its members they share,
 * and its members ranked by how many other coalitions they belong to. A shared member is certain
 * when both memberships are certain on the day; every count is a range (membership/windows.ts).
 */
import { useId, useState } from 'react'
import { CiteButton } from '../../components/cite/cite-button'
import { downloadBlob } from '../../components/download'
import { OrganizationName } from '../../components/organization-name'
import { usePrinting } from '../../components/page-sections/use-printing'
import { SectionHead } from '../../components/page-sections/section-head'
import { sectionTitleId } from '../../components/page-sections/sections'
import { formatCount } from '../../domain/format/counts'
import { notFoundedPhrase, partialRosterText, staleRosterText } from '../../domain/format/coverage'
import { formatIsoDay } from '../../domain/format/dates'
import { organizationFilterText } from '../../domain/format/filters'
import {
  interlocksMembersText,
  namesToggleText,
  otherCoalitionsText,
  sharedMembersText,
  sharedShareText,
} from '../../domain/format/interlocks'
import { UNCERTAIN_MEANING, UNCERTAIN_WORD } from '../../domain/format/members'
import type { Interlocks, MemberReach, SharedCoalition } from '../../domain/interlocks/interlocks'
import { coverageOn, foundedAfter } from '../../domain/membership/membership'
import { useAtlasStore } from '../../store/atlas-store'
import type { CiteRequest } from '../../store/citation'
import { selectCitable } from '../../store/selectors'
import { useInterlocks, type InterlocksInputs } from './use-interlocks'
import './interlocks.css'
import { isolate } from '../../domain/format/isolate'

/** Members ranked before "Show all": enough to see who links the coalitions, short enough to read. */
const FIRST_MEMBERS = 20

export default function InterlocksSection() {
  const inputs = useInterlocks()
  const citable = useAtlasStore(selectCitable)
  if (!inputs) return null
  const dateText = formatIsoDay(inputs.asOf)
  const coalition = inputs.result?.coalition ?? null
  const cite: CiteRequest | null = coalition
    ? {
        view: { kind: 'interlocks', coalition: coalition.name },
        anchor: 'interlocks',
        pins: { interlocks: coalition.id },
      }
    : null
  return (
    <section className="section interlocks" id="interlocks" aria-labelledby={sectionTitleId('interlocks')}>
      <SectionHead
        section="interlocks"
        actions={cite ? <CiteButton what="who else members belong to" cite={citable ? cite : null} /> : null}
      >
        Who else members belong to
      </SectionHead>
      <p className="section__lede">
        For one coalition on {dateText}: the other coalitions its members also belong to, ranked by how many they share,
        and its members ranked by how many other coalitions they belong to. A member counts as certainly shared when
        both memberships are certain on the day. Follows the sector filter, the search and the date.
      </p>
      {inputs.result ? (
        <InterlocksView inputs={inputs} result={inputs.result} dateText={dateText} />
      ) : (
        <p className="interlocks-empty">This dataset has no coalitions.</p>
      )}
    </section>
  )
}

function InterlocksView({
  inputs,
  result,
  dateText,
}: {
  inputs: InterlocksInputs
  result: Interlocks
  dateText: string
}) {
  const { dataset } = inputs
  const chooseInterlocksCoalition = useAtlasStore((state) => state.chooseInterlocksCoalition)
  const [status, setStatus] = useState('')
  const pickerId = useId()
  const rankingTitleId = useId()
  const reachTitleId = useId()
  const { coalition, members } = result
  const sectorLabels = inputs.sectors
    .filter((id) => dataset.sectorById.has(id))
    .map((id) => dataset.sectorById.get(id)?.label ?? id)
  const filtered = sectorLabels.length > 0 || inputs.query.trim() !== ''

  const downloadCsv = async () => {
    const [{ csvBlob }, { interlocksCsv, interlocksFileName }] = await Promise.all([
      import('../../domain/export/csv'),
      import('../../domain/interlocks/interlocks-csv'),
    ])
    const { header, rows } = interlocksCsv(result, inputs.asOf)
    const name = interlocksFileName(coalition.id, inputs.sectors, inputs.query, inputs.asOf)
    downloadBlob(csvBlob(header, rows), name)
    setStatus(`Downloaded ${name} (${formatCount(rows.length)} ${rows.length === 1 ? 'row' : 'rows'})`)
  }

  const notes: string[] = []
  if (coalition.founded && foundedAfter(coalition, inputs.day))
    notes.push(`${isolate(coalition.name)} was ${notFoundedPhrase(coalition.founded)}.`)
  else {
    const coverage = coverageOn(coalition, inputs.day)
    const stale = staleRosterText(coverage)
    const partial = partialRosterText(coverage, members)
    if (stale) notes.push(stale)
    if (partial) notes.push(partial)
  }

  return (
    <>
      <div className="interlocks-controls">
        <div className="field">
          <label htmlFor={pickerId}>Coalition</label>
          <select
            id={pickerId}
            value={coalition.id}
            onChange={(event) => chooseInterlocksCoalition(event.target.value)}
          >
            {dataset.coalitions.map((item) => (
              <option key={item.id} value={item.id}>
                {isolate(item.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--primary" onClick={() => void downloadCsv()}>
          Download CSV<span className="visually-hidden"> of the shared members</span>
        </button>
      </div>
      <p className="interlocks-status" aria-live="polite">
        <strong>{interlocksMembersText(coalition.name, members, dateText, filtered)}</strong>{' '}
        {organizationFilterText(sectorLabels, inputs.query)}
      </p>
      {notes.map((note) => (
        <p key={note} className="interlocks-note">
          {note}
        </p>
      ))}
      <div className="interlocks-columns">
        <div className="interlocks-block">
          <h3 id={rankingTitleId}>Other coalitions, by shared members</h3>
          {result.coalitions.length === 0 ? (
            <p className="interlocks-empty">
              {members.possible === 0
                ? `${isolate(coalition.name)} has no members to share on ${dateText}.`
                : `None of these members belongs to another coalition on ${dateText}.`}
            </p>
          ) : (
            <ol className="interlocks-ranking" aria-labelledby={rankingTitleId}>
              {result.coalitions.map((other) => (
                <SharedRow key={other.coalition.id} other={other} chosenName={coalition.name} />
              ))}
            </ol>
          )}
          {result.coalitions.some((other) => other.shared.certain !== other.shared.possible) ? (
            <p className="interlocks-legend">
              <span className="uncertain-tag">{UNCERTAIN_WORD}</span>: {UNCERTAIN_MEANING} (in either coalition). A
              range such as “3 certain, up to 5” counts the certain members first, then every possible one.
            </p>
          ) : null}
        </div>
        <div className="interlocks-block">
          <h3 id={reachTitleId}>
            Members of <bdi>{coalition.name}</bdi>, by how many other coalitions they belong to
          </h3>
          <MemberRanking reach={result.reach} titleId={reachTitleId} />
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </>
  )
}

function SharedRow({ other, chosenName }: { other: SharedCoalition; chosenName: string }) {
  const [open, setOpen] = useState(false)
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  const printing = usePrinting()
  const panelId = useId()
  const certainWidth = `${Math.min(100, other.share.certain * 100)}%`
  const possibleWidth = `${Math.min(100, other.share.possible * 100)}%`
  return (
    <li className="interlocks-row">
      <div className="interlocks-row__head">
        <span className="interlocks-row__name">
          <bdi>{other.coalition.name}</bdi>
        </span>
        <span className="interlocks-row__count">{sharedMembersText(other.shared)}</span>
        <span className="interlocks-row__share">{sharedShareText(other.share, chosenName)}</span>
        {/* The bar repeats the share for the eye: solid for certain members, a dashed outline up to every possible one. */}
        <span className="interlocks-bar" aria-hidden="true">
          <span className="interlocks-bar__possible" style={{ width: possibleWidth }} />
          <span className="interlocks-bar__certain" style={{ width: certainWidth }} />
        </span>
        <button
          type="button"
          className="button button--small interlocks-row__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {namesToggleText(open, other.shared.possible)}
          <span className="visually-hidden">
            {' '}
            shared with <bdi>{other.coalition.name}</bdi>
          </span>
        </button>
      </div>
      <ul
        id={panelId}
        className="interlocks-names"
        hidden={!open}
        aria-label={`Shared with ${isolate(other.coalition.name)}`}
      >
        {open
          ? other.members.map((member) => (
              <li key={member.organization.id}>
                <OrganizationName
                  name={member.organization.name}
                  asText={printing}
                  linkClassName="interlocks-link"
                  onOpen={() => openOrganization(member.organization.id)}
                />
                {member.certain ? null : <span className="uncertain-tag">{UNCERTAIN_WORD}</span>}
              </li>
            ))
          : null}
      </ul>
    </li>
  )
}

function MemberRanking({ reach, titleId }: { reach: readonly MemberReach[]; titleId: string }) {
  const [showAll, setShowAll] = useState(false)
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  // On paper every member is listed: there is no "Show all" to press there.
  const printing = usePrinting()
  if (reach.length === 0)
    return <p className="interlocks-empty">No members on this day among the organizations the filters keep.</p>
  const shown = showAll || printing ? reach : reach.slice(0, FIRST_MEMBERS)
  return (
    <>
      <ol className="interlocks-reach" aria-labelledby={titleId}>
        {shown.map((member) => (
          <li key={member.organization.id} className="interlocks-reach__item">
            <span className="interlocks-reach__head">
              <OrganizationName
                name={member.organization.name}
                asText={printing}
                linkClassName="interlocks-link"
                onOpen={() => openOrganization(member.organization.id)}
              />
              {member.certain ? null : <span className="uncertain-tag">{UNCERTAIN_WORD}</span>}
            </span>
            <span className="interlocks-reach__others">
              {otherCoalitionsText(member.others)}
              {member.coalitions.length ? ': ' : null}
              {member.coalitions.map((item, index) => (
                <span key={item.coalition.id}>
                  {index > 0 ? ', ' : null}
                  <bdi>{item.coalition.name}</bdi>
                  {item.certain ? null : ` (${UNCERTAIN_WORD})`}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
      {reach.length > FIRST_MEMBERS ? (
        <button
          type="button"
          className="button interlocks-more"
          aria-expanded={showAll}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll ? `Show the first ${FIRST_MEMBERS}` : `Show all ${formatCount(reach.length)}`}
        </button>
      ) : null}
    </>
  )
}
