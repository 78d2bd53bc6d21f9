/** The document's five lists, in the order the format names them. Kept apart from the zod schema so
 *  the page can name them without loading the validator. */
export const LIST_NAMES = ['sectors', 'sources', 'coalitions', 'organizations', 'memberships'] as const
export type ListName = (typeof LIST_NAMES)[number]
