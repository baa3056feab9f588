/**
 * The past-order templates (reactivation-orders.ts) load on first use: most
 * exports carry no product category or past orders, and the reactivation tab
 * is not the first paint.
 */
import { lazyView } from '../shared/lazy-view.js';

export const ordersView = lazyView(() => import('./reactivation-orders.js'));

/** The transfers table (transfers-view.ts), for leads with an owner history. */
export const transfersView = lazyView(() => import('./transfers-view.js'));
