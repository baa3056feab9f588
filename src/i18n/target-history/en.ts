/** English. Strings of sales-target-planner's seasonality and productivity from history (docs/models.md §3d), loaded with that view. */
import { plural } from '../plural.js';

export interface TargetHistoryStrings {
  fromHistory: string;
  yearsRead: string;
  lastYears: (n: string) => string;
  fillHistory: string;
  /** Column head of the averaged weights. */
  average: string;
  month: string;
  productivity: string;
  tenure: string;
  qualified: string;
  ramping: string;
  repMonths: string;
  bookings: string;
  perRepMonth: string;
  noBookings: string;
  unmatched: (n: string, amount: string) => string;
  notRead: (n: string) => string;
  filled: string;
}

export const TARGET_HISTORY: TargetHistoryStrings = {
  fromHistory: 'From history',
  yearsRead: 'Years read',
  lastYears: (n) => `Last ${n} ${plural('en', n, { one: 'year', other: 'years' })}`,
  fillHistory: 'Fill seasonality and productivity from history',
  average: 'Average (weights)',
  month: 'Month',
  productivity: 'Productivity by tenure',
  tenure: 'Tenure',
  qualified: 'Qualified',
  ramping: 'Ramping',
  repMonths: 'Rep-months',
  bookings: 'Bookings',
  perRepMonth: 'A rep-month',
  noBookings: 'No bookings in the years read: the seasonality is kept.',
  unmatched: (n, amount) =>
    `${n} ${plural('en', n, { one: 'booking', other: 'bookings' })} (${amount}) without an active rep count in the seasonality only`,
  notRead: (n) => `${n} ${plural('en', n, { one: 'row', other: 'rows' })} of the history not read`,
  filled: 'Filled from history; every value stays editable.',
};
