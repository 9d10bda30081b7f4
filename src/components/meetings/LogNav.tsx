/** The meeting log's own navigation between its views; links keep the partnership in the fragment. */
import { navViews, viewLabels, viewStateToHash, type View } from '../../lib/meetings/view-state';

interface Props {
  partnershipId: string;
  current: View;
}

export function LogNav({ partnershipId, current }: Props) {
  return (
    <nav aria-label="Meeting log" class="log-nav">
      <ul>
        {navViews.map((view) => (
          <li key={view}>
            <a
              href={viewStateToHash({ partnershipId, view })}
              aria-current={view === current ? 'page' : undefined}
            >
              {viewLabels[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
