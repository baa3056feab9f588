// Bench case for <customer-value-card>: first render on the seed example.
export default {
  tag: 'customer-value-card',
  render: { data: { values: { tenureMonths: 11, cumulativePayment: 800000, users: 450, usageRate: 0.9 } } },
};
