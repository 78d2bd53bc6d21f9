// Placeholder mount point for the organization details panel (issue 3).
export function OrganizationDetails() {
  return null
}
