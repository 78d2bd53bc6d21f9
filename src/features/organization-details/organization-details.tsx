import { useEffect, useId, useMemo, useRef } from 'react'
import { ExternalLink } from '../../components/external-link'
import { SourceList } from '../../components/source-citation'
import { countryName } from '../../domain/dataset/countries'
import { formatIsoDay } from '../../domain/format/dates'
import { endPhrase, startPhrase } from '../../domain/format/membership'
import { statusOn, uncertaintyCause, type MemberStatus } from '../../domain/membership/windows'
import type { Dataset, Membership, Organization } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import { selectAsOf, selectAsOfDay, selectDataset, selectOpenOrganization } from '../../store/selectors'
import './organization-details.css'

/**
 * The details of one organization in a modal side panel, opened by anyone who calls
 * openOrganization(id) (the members table, the comparison) and closed with Escape or the button.
 */
export function OrganizationDetails() {
  const organization = useAtlasStore(selectOpenOrganization)
  const dataset = useAtlasStore(selectDataset)
  const closeOrganization = useAtlasStore((state) => state.closeOrganization)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const openerRef = useRef<Element | null>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (organization && !dialog.open) {
      openerRef.current = document.activeElement
      dialog.showModal()
      // Start on the name, so a screen reader says whose details these are before anything else.
      titleRef.current?.focus()
    } else if (organization && dialog.open) {
      // Another organization (a parent or subsidiary) replaced the content: say so by moving focus to its name.
      titleRef.current?.focus()
      dialog.querySelector('.org-details__body')?.scrollTo({ top: 0 })
    } else if (!organization && dialog.open) {
      dialog.close()
    }
  }, [organization])

  const onClose = () => {
    if (useAtlasStore.getState().view.org !== null) closeOrganization()
    const opener = openerRef.current
    openerRef.current = null
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
  }

  return (
    <dialog ref={dialogRef} className="org-details" aria-labelledby={titleId} onClose={onClose}>
      {organization && dataset ? (
        <div className="org-details__inner">
          <header className="org-details__header">
            <h2 id={titleId} ref={titleRef} tabIndex={-1}>
              {organization.name}
            </h2>
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
          </header>
          <div className="org-details__body">
            <OrganizationFacts organization={organization} dataset={dataset} />
            <MembershipList organization={organization} dataset={dataset} />
          </div>
        </div>
      ) : null}
    </dialog>
  )
}

function OrganizationFacts({ organization, dataset }: { organization: Organization; dataset: Dataset }) {
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  const parent = organization.parentId ? dataset.organizationById.get(organization.parentId) : undefined
  const subsidiaries = useMemo(
    () => dataset.organizations.filter((candidate) => candidate.parentId === organization.id),
    [dataset, organization.id],
  )
  return (
    <dl className="org-details__facts">
      <div>
        <dt>Sector</dt>
        <dd>{dataset.sectorById.get(organization.sectorId)?.label ?? organization.sectorId}</dd>
      </div>
      <div>
        <dt>Country</dt>
        <dd>{organization.country ? countryName(organization.country) : 'Unknown'}</dd>
      </div>
      {organization.aliases.length > 0 ? (
        <div>
          <dt>Also known as</dt>
          <dd>{organization.aliases.join(', ')}</dd>
        </div>
      ) : null}
      {parent ? (
        <div>
          <dt>Part of</dt>
          <dd>
            <button type="button" className="org-details__org-link" onClick={() => openOrganization(parent.id)}>
              {parent.name}
            </button>
          </dd>
        </div>
      ) : null}
      {subsidiaries.length > 0 ? (
        <div>
          <dt>Includes</dt>
          <dd>
            <ul className="org-details__inline-list">
              {subsidiaries.map((child) => (
                <li key={child.id}>
                  <button type="button" className="org-details__org-link" onClick={() => openOrganization(child.id)}>
                    {child.name}
                  </button>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {organization.url ? (
        <div>
          <dt>Website</dt>
          <dd className="org-details__wrap">
            <ExternalLink href={organization.url}>{organization.url.replace(/^https?:\/\//, '')}</ExternalLink>
          </dd>
        </div>
      ) : null}
      {organization.note ? (
        <div>
          <dt>Note</dt>
          <dd>
            <bdi>{organization.note}</bdi>
          </dd>
        </div>
      ) : null}
      {organization.sourceIds.length > 0 ? (
        <div>
          <dt>{organization.sourceIds.length === 1 ? 'Source' : 'Sources'}</dt>
          <dd>
            <SourceList ids={organization.sourceIds} dataset={dataset} className="org-membership__sources" />
          </dd>
        </div>
      ) : null}
    </dl>
  )
}

function MembershipList({ organization, dataset }: { organization: Organization; dataset: Dataset }) {
  const day = useAtlasStore(selectAsOfDay)
  const asOf = useAtlasStore(selectAsOf)
  const memberships = dataset.membershipsByOrganization.get(organization.id) ?? []
  const statuses = memberships.map((membership) => statusOn(membership, day))
  const certainCount = statuses.filter((status) => status === 'certain').length
  const uncertainCount = statuses.filter((status) => status === 'uncertain').length
  return (
    <section className="org-details__memberships" aria-labelledby="org-details-memberships">
      <h3 id="org-details-memberships">Memberships</h3>
      <p className="org-details__summary">
        {memberships.length === 0
          ? 'No membership in any coalition of this dataset.'
          : `${memberships.length} listed; on ${formatIsoDay(asOf)} a member of ${certainCount}${uncertainCount > 0 ? `, and perhaps of ${uncertainCount} more` : ''}.`}
      </p>
      {memberships.length > 0 ? (
        <ul className="org-details__list">
          {memberships.map((membership, index) => (
            <li key={membership.index}>
              <MembershipItem membership={membership} dataset={dataset} status={statuses[index] ?? 'none'} day={day} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

const STATUS_WORDS: Record<MemberStatus, string> = {
  certain: 'a member on the date',
  uncertain: 'perhaps a member on the date',
  none: 'not a member on the date',
}

function MembershipItem({
  membership,
  dataset,
  status,
  day,
}: {
  membership: Membership
  dataset: Dataset
  status: MemberStatus
  day: number
}) {
  const coalition = dataset.coalitionById.get(membership.coalitionId)
  const cause = uncertaintyCause(membership, day)
  const end = endPhrase(membership)
  return (
    <article className="org-membership">
      <h4 className="org-membership__title">
        <bdi>{coalition?.name ?? membership.coalitionId}</bdi>
        <span className={`org-membership__state org-membership__state--${status}`}>{STATUS_WORDS[status]}</span>
      </h4>
      <dl className="org-membership__facts">
        <div>
          <dt>Role</dt>
          <dd>
            <bdi>{membership.role}</bdi>
          </dd>
        </div>
        <div>
          <dt>Began</dt>
          <dd>{capitalize(startPhrase(membership, membership.role, coalition?.founded))}</dd>
        </div>
        <div>
          <dt>Ended</dt>
          <dd>{end ? capitalize(end) : 'No end recorded: still a member'}</dd>
        </div>
        {cause ? (
          <div>
            <dt>Why uncertain</dt>
            <dd>
              {cause === 'start'
                ? 'The evidence does not show it had begun by this date.'
                : 'The evidence does not show it was still a member on this date.'}
            </dd>
          </div>
        ) : null}
        {membership.confidence ? (
          <div>
            <dt>Confidence</dt>
            <dd>{membership.confidence}</dd>
          </div>
        ) : null}
      </dl>
      {membership.note ? (
        <p className="org-membership__note">
          <bdi>{membership.note}</bdi>
        </p>
      ) : null}
      <p className="org-membership__sources-title">{membership.sourceIds.length === 1 ? 'Source' : 'Sources'}</p>
      <SourceList ids={membership.sourceIds} dataset={dataset} className="org-membership__sources" />
    </article>
  )
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
