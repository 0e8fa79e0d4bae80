import Link from 'next/link';
import { percent, type ArticleFeedbackRow, type OutcomeFeedbackRow } from '@/lib/feedback/insights-report';
import { articlePath, stepPath } from '@/lib/paths';

const th = 'border-b-2 border-border px-3 py-2 text-left font-semibold';
const td = 'border-b border-border px-3 py-2';
const num = `${td} text-right tabular-nums`;

/** Helpful / not helpful per article, most voted first. */
export function ArticleFeedbackTable({ rows }: { rows: ArticleFeedbackRow[] }) {
  const sorted = [...rows].sort((a, b) => b.helpful + b.notHelpful - (a.helpful + a.notHelpful) || a.title.localeCompare(b.title));
  return (
    <table className="mt-3 w-full border-collapse text-sm">
      <caption className="sr-only">Answers to “Was this article helpful?” per article</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>Article</th>
          <th scope="col" className={`${th} text-right`}>Helpful</th>
          <th scope="col" className={`${th} text-right`}>Not helpful</th>
          <th scope="col" className={`${th} text-right`}>Helpful share</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.slug} data-article={row.slug}>
            <th scope="row" className={`${td} text-left font-normal`}>
              <Link href={articlePath(row.slug)}>{row.title}</Link>
            </th>
            <td className={num} data-column="helpful">{row.helpful}</td>
            <td className={num} data-column="not-helpful">{row.notHelpful}</td>
            <td className={num}>{percent(row.helpful, row.helpful + row.notHelpful)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Solved / not solved per troubleshooter outcome. */
export function OutcomeFeedbackTable({ rows }: { rows: OutcomeFeedbackRow[] }) {
  return (
    <table className="mt-3 w-full border-collapse text-sm">
      <caption className="sr-only">Answers to “Did this solve your problem?” per troubleshooter result</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>Result</th>
          <th scope="col" className={`${th} text-right`}>Solved</th>
          <th scope="col" className={`${th} text-right`}>Not solved</th>
          <th scope="col" className={`${th} text-right`}>Solve rate</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.tree}/${row.outcome}`} data-outcome={`${row.tree}/${row.outcome}`}>
            <th scope="row" className={`${td} text-left font-normal`}>
              <Link href={stepPath(row.tree, row.outcome)}>{row.outcomeTitle}</Link>
              <span className="block text-muted">{row.treeTitle}</span>
            </th>
            <td className={num} data-column="solved">{row.solved}</td>
            <td className={num} data-column="not-solved">{row.notSolved}</td>
            <td className={num}>{percent(row.solved, row.solved + row.notSolved)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
