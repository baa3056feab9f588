/** The playbook keys of the risk panels' plans (apart from the playbooks' code, which loads after a panel's first rows). */

/** The playbook key of a plan opened on an opportunity (its steps come from the playbooks of its signals). */
export const OPPORTUNITY_PLAN = 'response-plan';
/** The playbook key of a plan opened on an account (its steps come from the playbooks of its causes). */
export const CHURN_PLAN = 'churn-playbook';
