// The seed's lead (docs/models.md §1 worked example: 68.5 → B), for the host apps.
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
