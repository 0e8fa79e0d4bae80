import type { TreeFunnel } from '@/lib/feedback/funnel';
import { percent } from '@/lib/feedback/insights-report';

/**
 * The two kinds of session side by side, in words: those that began at the first question (whose
 * share reaching a result says whether the troubleshooter works) and those opened mid-tree from a
 * pasted link, which may start at a result and so are kept out of that share.
 */
export function FunnelSessionCounts({ funnel }: { funnel: TreeFunnel }) {
  const { fromStart, midTree } = funnel;
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-funnel-counts={funnel.tree}>
      <dt className="font-semibold">Began at the first question</dt>
      <dd data-count="from-start" className="tabular-nums">
        {fromStart.sessions} sessions
      </dd>
      <dt className="font-semibold">Reached a result</dt>
      <dd data-count="reached-result" className="tabular-nums">
        {fromStart.atResult} of those {fromStart.sessions} ({percent(fromStart.atResult, fromStart.sessions)})
      </dd>
      <dt className="font-semibold">Opened mid-tree from a link</dt>
      <dd data-count="mid-tree" className="tabular-nums">
        {midTree.sessions} sessions, {midTree.atResult} of them at a result: not counted in the share above
      </dd>
    </dl>
  );
}
