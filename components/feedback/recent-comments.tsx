import Link from 'next/link';
import type { CommentEntry } from '@/lib/feedback/insights-report';

/** The newest comments, each with what it is about and the vote it followed. Text only, never HTML. */
export function RecentComments({ comments }: { comments: CommentEntry[] }) {
  if (comments.length === 0) return <p className="mt-3 text-muted">No comments in this period.</p>;
  return (
    <ul className="mt-3 space-y-4">
      {comments.map((entry) => (
        <li key={`${entry.at}-${entry.href}-${entry.comment.slice(0, 20)}`} className="rounded border border-border p-3">
          <p className="text-sm">
            <Link href={entry.href}>{entry.subject}</Link>
            <span className="text-muted">
              {' '}
              · answered {entry.helpful ? 'yes' : 'no'} · <time dateTime={entry.at}>{entry.at.slice(0, 16).replace('T', ' ')} UTC</time>
            </span>
          </p>
          <blockquote className="mt-2 whitespace-pre-wrap break-words">{entry.comment}</blockquote>
        </li>
      ))}
    </ul>
  );
}
