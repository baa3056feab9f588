import { css } from 'lit';

export const customerValueCardStyles = css`
  .trend {
    font-weight: 700;
  }
  .trend.up {
    color: var(--revops-trend-up-color, var(--_success));
  }
  .trend.down {
    color: var(--revops-trend-down-color, var(--_error));
  }
  .trend-text {
    color: var(--_text-weak);
  }
`;
