export interface GenerateOptions {
  orgs: number
  coalitions: number
  memberships: number
  seed: number
}
export function generateDataset(options: GenerateOptions): Record<string, unknown>
