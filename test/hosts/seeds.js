// The seed's lead (MODELS.md worked example: 68.5 → B) and a decision maker (76.5), for the host apps.
export const LEAD = {
  values: {
    channel: 'website-direct',
    form: 'register-and-call',
    annualRevenue: 1000000000,
    contactRole: 'team-head-unclear-authority',
    demandClarity: 'vague',
    demandMatch: 'standard-high',
    interest: ['follows-account', 'frequent-reader', 'webinar-viewer'],
  },
};
export const DECISION_MAKER = { values: { ...LEAD.values, contactRole: 'decision-maker' } };
