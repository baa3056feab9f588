/** The seed's two tiering presets (docs/models.md §1): leads and paying customers. */
import type { TieringModelInput } from '../schemas/tiering.js';
import { deepFreeze } from './freeze.js';

const TIERS = [
  { key: 'A', label: '高价值', minScore: 80 },
  { key: 'B', label: '中高价值', minScore: 60 },
  { key: 'C', label: '中低价值', minScore: 40 },
  { key: 'D', label: '低价值', minScore: 0 },
];

const opts = (pairs: [string, number][]) => pairs.map(([value, score]) => ({ value, score }));

/** Lead preset: seven factors, weights summing to 1, tiers A–D, focus A and B. */
export const LEAD_PRESET = deepFreeze({
  factors: [
    {
      key: 'channel',
      label: '渠道',
      kind: 'options',
      weight: 0.1,
      options: opts([
        ['website-direct', 80],
        ['seo', 70],
        ['sem', 60],
        ['offline-event', 70],
        ['online-event', 50],
        ['referral', 90],
        ['partner', 75],
        ['purchased-list', 30],
        ['other', 40],
      ]),
    },
    {
      key: 'form',
      label: '形态',
      kind: 'options',
      weight: 0.1,
      options: opts([
        ['demo-request', 90],
        ['register-and-call', 80],
        ['inbound-call', 75],
        ['form-submit', 60],
        ['register-only', 40],
        ['content-download', 30],
      ]),
    },
    {
      key: 'annualRevenue',
      label: '业务规模',
      kind: 'bands',
      weight: 0.15,
      bands: [
        { min: 0, score: 20 },
        { min: 1e7, score: 40 },
        { min: 1e8, score: 60 },
        { min: 5e8, score: 75 },
        { min: 1e9, score: 90 },
      ],
    },
    {
      key: 'contactRole',
      label: '对接人',
      kind: 'options',
      weight: 0.2,
      options: opts([
        ['decision-maker', 100],
        ['budget-owner', 90],
        ['team-head-unclear-authority', 60],
        ['influencer', 50],
        ['end-user', 30],
        ['unknown', 10],
      ]),
    },
    {
      key: 'demandClarity',
      label: '需求清晰度',
      kind: 'options',
      weight: 0.15,
      options: opts([
        ['clear', 100],
        ['partial', 60],
        ['vague', 30],
        ['none', 0],
      ]),
    },
    {
      key: 'demandMatch',
      label: '需求匹配度',
      kind: 'options',
      weight: 0.15,
      options: opts([
        ['standard-high', 90],
        ['partial', 60],
        ['custom-heavy', 30],
        ['unknown', 40],
      ]),
    },
    {
      key: 'interest',
      label: '业务兴趣度',
      kind: 'multi',
      weight: 0.15,
      cap: 100,
      options: opts([
        ['follows-account', 20],
        ['frequent-reader', 20],
        ['webinar-viewer', 20],
        ['pricing-page', 25],
        ['trial-signup', 30],
        ['event-attendee', 25],
      ]),
    },
  ],
  tiers: TIERS,
  focusTiers: ['A', 'B'],
  targetFocusShare: 0.3,
  shareTolerance: 0.05,
} satisfies TieringModelInput);

/** Customer preset: four numeric factors, two of them against the average customer. */
export const CUSTOMER_PRESET = deepFreeze({
  factors: [
    {
      key: 'tenureMonths',
      label: '使用月龄',
      kind: 'bands',
      weight: 0.15,
      bands: [
        { min: 0, score: 30 },
        { min: 3, score: 50 },
        { min: 6, score: 70 },
        { min: 12, score: 85 },
        { min: 24, score: 100 },
      ],
    },
    {
      key: 'cumulativePayment',
      label: '累计付费',
      kind: 'bands',
      weight: 0.35,
      reference: 600000,
      bands: [
        { min: 0, score: 20 },
        { min: 0.5, score: 40 },
        { min: 0.8, score: 60 },
        { min: 1.2, score: 80 },
        { min: 2, score: 100 },
      ],
    },
    {
      key: 'users',
      label: '使用者体量',
      kind: 'bands',
      weight: 0.2,
      bands: [
        { min: 0, score: 20 },
        { min: 20, score: 40 },
        { min: 50, score: 60 },
        { min: 200, score: 80 },
        { min: 500, score: 100 },
      ],
    },
    {
      key: 'usageRate',
      label: '场景功能使用量',
      kind: 'bands',
      weight: 0.3,
      reference: 0.7,
      bands: [
        { min: 0, score: 20 },
        { min: 0.5, score: 40 },
        { min: 0.8, score: 60 },
        { min: 1.1, score: 80 },
        { min: 1.3, score: 100 },
      ],
    },
  ],
  tiers: TIERS,
  focusTiers: ['A', 'B'],
  targetFocusShare: 0.3,
  shareTolerance: 0.05,
} satisfies TieringModelInput);

export const PRESETS = { lead: LEAD_PRESET, customer: CUSTOMER_PRESET } as const;
export type PresetName = keyof typeof PRESETS;
