/** The conditions a route rule's `when` knows (docs/models.md §1 routing); any other key is an error. */
export const ROUTE_CONDITIONS = ['tiers', 'minMissingWeightShare', 'flags', 'values', 'fields'] as const;
