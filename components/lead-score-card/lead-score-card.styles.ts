import { css } from 'lit';

export const leadScoreCardStyles = css`
  .route strong {
    color: var(--revops-route-color, var(--_brand));
  }
  .route-reason {
    color: var(--_text-weak);
  }
`;
