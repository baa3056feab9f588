/** English. Strings of cs-capacity-planner's deep-service share from the tiers (docs/models.md §6 extras), loaded with that view. */
import { plural } from '../plural.js';

export interface CsTiersStrings {
  title: string;
  tier: string;
  customers: string;
  share: string;
  focus: string;
  focusShare: string;
  use: string;
  clear: string;
  fromTiers: (n: string) => string;
  edited: string;
  revert: string;
  noCustomers: string;
  notRead: (n: string) => string;
  importList: string;
  read: string;
  dropList: string;
}

export const CS_TIERS: CsTiersStrings = {
  title: 'Deep-service share from the customer tiers',
  tier: 'Tier',
  customers: 'Customers',
  share: 'Share',
  focus: 'Deep service (focus tier)',
  focusShare: 'In focus tiers',
  use: 'Use the share from the tiers',
  clear: 'Back to the share from new customers',
  fromTiers: (n) => `from tiers, ${n} ${plural('en', n, { one: 'customer', other: 'customers' })}`,
  edited: 'edited',
  revert: 'Revert to the tiers',
  noCustomers: 'No customer could be tiered: the share is kept.',
  notRead: (n) => `${n} ${plural('en', n, { one: 'customer', other: 'customers' })} not read`,
  importList: 'Import a customer list (CSV or .xlsx from the CRM)',
  read: 'Read',
  dropList: 'Stop using the imported list',
};
