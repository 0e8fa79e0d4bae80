import { percent } from '@/lib/feedback/insights-report';
import type { FunnelStep, TreeFunnel } from '@/lib/feedback/funnel';

const WIDTH = 760;
const ROW = 46;
const TOP = 34;
const BAR_Y = 22;
const BAR_HEIGHT = 14;
const INDENT = 14;
const MAX_LABEL = 62;

function labelOf(step: FunnelStep): string {
  const text = step.kind === 'outcome' ? `Result: ${step.label}` : step.kind === 'retired' ? `Removed step: ${step.label}` : step.label;
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

function figuresOf(step: FunnelStep): string {
  return `${step.reached} reached, ${step.reachedFromStart} from start · ${step.stopped} ${step.kind === 'outcome' ? 'ended here' : 'stopped here'}`;
}

/**
 * One sentence for screen readers and the caption: how many began at the start and how many of
 * those finished, the sessions opened mid-tree apart, and the worst drop.
 */
export function funnelSummary(funnel: TreeFunnel): string {
  const { fromStart, midTree } = funnel;
  const drop = funnel.steps.filter((step) => step.kind !== 'outcome').sort((a, b) => b.stopped - a.stopped)[0];
  const dropText = drop && drop.stopped > 0 ? ` Most left at “${drop.label}” (${drop.stopped}).` : '';
  return (
    `${fromStart.sessions} sessions began at the first question; ${fromStart.atResult} of them reached a result ` +
    `(${percent(fromStart.atResult, fromStart.sessions)}). ${midTree.sessions} more were opened mid-tree from a link ` +
    `(${midTree.atResult} of them at a result) and are not part of that share.${dropText}`
  );
}

/**
 * A troubleshooter's funnel as an SVG bar chart drawn on the server: a row per step in the order a
 * user meets them (indented by depth), the bar as long as the sessions that reached the step (those
 * that began at the first question first, then those opened from a link), its end marked by those
 * who stopped there. Text labels carry every figure; a table follows for those
 * who prefer one.
 */
export function FunnelChart({ funnel }: { funnel: TreeFunnel }) {
  const max = Math.max(1, ...funnel.steps.map((step) => step.reached));
  const height = TOP + funnel.steps.length * ROW;
  const id = `funnel-${funnel.tree}`;
  const summary = funnelSummary(funnel);
  const scale = (count: number) => (count / max) * WIDTH;

  return (
    <figure className="mt-4" data-funnel={funnel.tree}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full text-text">
        <title id={`${id}-title`}>{`Where sessions of “${funnel.title}” went`}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g fontSize="13">
          <rect x={0} y={4} width={14} height={12} className="fill-accent" />
          <text x={20} y={14} className="fill-current">reached the step</text>
          <rect x={160} y={4} width={14} height={12} className="fill-amber-600" />
          <text x={180} y={14} className="fill-current">stopped there</text>
          <rect x={290} y={4} width={14} height={12} className="fill-emerald-600" />
          <text x={310} y={14} className="fill-current">ended at this result</text>
          <rect x={460} y={4} width={14} height={12} className="fill-slate-400" />
          <text x={480} y={14} className="fill-current">reached it, opened from a link</text>
        </g>
        {funnel.steps.map((step, index) => {
          const y = TOP + index * ROW;
          const reached = scale(step.reached);
          const fromStart = scale(step.reachedFromStart);
          const stopped = scale(step.stopped);
          return (
            <g key={step.id} fontSize="13" data-step={step.id}>
              <text x={step.depth * INDENT} y={y + 15} className="fill-current">
                {labelOf(step)}
              </text>
              <text x={WIDTH} y={y + 15} textAnchor="end" className="fill-current tabular-nums">
                {figuresOf(step)}
              </text>
              <rect x={0} y={y + BAR_Y} width={WIDTH} height={BAR_HEIGHT} className="fill-surface stroke-border" />
              <rect x={0} y={y + BAR_Y} width={fromStart} height={BAR_HEIGHT} className="fill-accent" />
              <rect x={fromStart} y={y + BAR_Y} width={reached - fromStart} height={BAR_HEIGHT} className="fill-slate-400" />
              <rect
                x={reached - stopped}
                y={y + BAR_Y}
                width={stopped}
                height={BAR_HEIGHT}
                className={step.kind === 'outcome' ? 'fill-emerald-600' : 'fill-amber-600'}
              />
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">{summary}</figcaption>
      <details className="mt-2 text-sm">
        <summary>The figures as a table</summary>
        <table className="mt-2 border-collapse">
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left">Step</th>
              <th scope="col" className="px-2 py-1 text-right">Reached</th>
              <th scope="col" className="px-2 py-1 text-right">of them from the start</th>
              <th scope="col" className="px-2 py-1 text-right">Stopped there</th>
              <th scope="col" className="px-2 py-1 text-right">Began here</th>
            </tr>
          </thead>
          <tbody>
            {funnel.steps.map((step) => (
              <tr key={step.id}>
                <th scope="row" className="px-2 py-1 text-left font-normal">{labelOf(step)}</th>
                <td className="px-2 py-1 text-right tabular-nums">{step.reached}</td>
                <td className="px-2 py-1 text-right tabular-nums">{step.reachedFromStart}</td>
                <td className="px-2 py-1 text-right tabular-nums">{step.stopped}</td>
                <td className="px-2 py-1 text-right tabular-nums">{step.entered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
