// React 19 host (bundled by test/hosts/build.js; the snippet in docs/hosts/react.md). React 19 sets
// properties on custom elements when the element has them, and `on<event-name>` props add listeners.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import 'revops-elements';
import { LEAD } from '../seeds.js';

function LeadPanel({ lead, locale }) {
  const [last, setLast] = useState('');
  return (
    <revops-provider locale={locale}>
      <lead-score-card data={lead} onrevops-change={(e) => setLast(`${e.detail.tier} ${e.detail.score}`)} />
      <p className="last">{last}</p>
    </revops-provider>
  );
}

/** Mount the app; `render(props)` re-renders it with new props. */
export function mount(target) {
  const root = createRoot(target);
  const render = (props) => root.render(<LeadPanel lead={LEAD} locale="zh-CN" {...props} />);
  render({});
  return { render, unmount: () => root.unmount() };
}
