// Placeholder mount point for the members table (issue 3).
export function MembersSection() {
  return (
    <section className="section" id="members" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
    </section>
  )
}
