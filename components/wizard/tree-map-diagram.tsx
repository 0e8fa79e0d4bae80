import { useTranslations } from 'next-intl';
import { layOutTopDown, type PlacedEdge, type PlacedNode } from '@/lib/diagram/layered-layout';
import { DIAGRAM_METRICS, edgeLabelLines, textBox, type TextBox } from '@/lib/diagram/text-box';
import type { MapEdge, MapNode, TreeMapModel } from '@/lib/wizard/map-model';

const NODE_FONT_SIZE = 14;
const CAPTION_FONT_SIZE = 11;
const LABEL_FONT_SIZE = 12;
const LABEL_LINE_HEIGHT = 14;
// The layout reserves 150 units for every edge label; the background never grows past it.
const LABEL_MAX_WIDTH = 150;
const LABEL_CHAR_WIDTH = 6.6;
const ARROW_ID = 'tree-map-arrow';

/**
 * The whole tree drawn as SVG at build time. It is hidden from assistive technology and its links
 * are out of the tab order, because `TreeMapList` carries the same steps and links accessibly;
 * one set of tab stops is enough.
 */
export function TreeMapDiagram({ model, title, contentLang }: { model: TreeMapModel; title: string; contentLang?: string }) {
  const boxes = new Map(model.nodes.map((node) => [node.id, textBox(node.text, node.kind === 'outcome')]));
  const layout = layOutTopDown(
    [...boxes].map(([id, { width, height }]) => ({ id, width, height })),
    model.edges.map(({ from, to, label }) => ({ from, to, label })),
  );
  const nodesById = new Map(model.nodes.map((node) => [node.id, node]));
  const titleId = `tree-map-title-${model.treeId}`;
  const descId = `tree-map-desc-${model.treeId}`;

  const start = layout.nodes.find((placed) => placed.id === model.startId);
  const t = useTranslations('TreeMap');

  return (
    <div
      role="region"
      aria-label={t('diagramRegion')}
      tabIndex={0}
      data-tree-map-viewport=""
      className="max-h-[80svh] overflow-auto rounded-lg border border-border bg-page p-2"
    >
      <div className="relative mx-auto w-max">
        {start ? <StartMark placed={start} /> : null}
        <svg
          aria-hidden="true"
          aria-labelledby={`${titleId} ${descId}`}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="block max-w-none font-sans"
        >
          <title id={titleId}>{t('title', { tree: title })}</title>
          <desc id={descId}>{t('diagramDescription')}</desc>
          <defs>
            <marker
              id={ARROW_ID}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="9"
              markerHeight="9"
              markerUnits="userSpaceOnUse"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className="fill-muted" />
            </marker>
          </defs>
          <g>
            {layout.edges.map((edge, index) => (
              <path
                key={`${edge.from}-${index}`}
                d={smoothPath(edge.points)}
                fill="none"
                strokeWidth={1.5}
                className="stroke-muted"
                markerEnd={`url(#${ARROW_ID})`}
              />
            ))}
          </g>
          {/* The answers and steps are the tree's words (English, marked, where it has no translation); the captions are the page's. */}
          <g lang={contentLang}>
            {layout.edges.map((edge, index) => {
              const source = model.edges[index];
              return source ? <EdgeLabel key={`${edge.from}-${index}`} edge={edge} source={source} /> : null;
            })}
          </g>
          <g>
            {layout.nodes.map((placed) => {
              const node = nodesById.get(placed.id);
              const box = boxes.get(placed.id);
              return node && box ? (
                <NodeBox key={placed.id} placed={placed} node={node} lines={box.lines} isStart={node.id === model.startId} contentLang={contentLang} />
              ) : null;
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}

/**
 * An empty box over the first question and the space above it, which the drawing opens on:
 * `scroll-initial-target` sets the scroll container's first position to it in the browsers that
 * have it, with no script (its snap alignment puts it at the top edge, centred across);
 * `TreeMapStartInView` does the same in the others. dagre puts the start wherever its subtrees
 * balance, often thousands of units from the left edge the box would otherwise open on.
 */
function StartMark({ placed }: { placed: PlacedNode }) {
  return (
    <span
      aria-hidden="true"
      data-tree-map-start=""
      className="pointer-events-none absolute top-0 [scroll-initial-target:nearest] [scroll-snap-align:start_center]"
      // From the drawing's top edge down, so the box opens at the top with the start's frame whole.
      style={{ left: placed.x, width: placed.width, height: placed.y + placed.height }}
    />
  );
}

function NodeBox({ placed, node, lines, isStart, contentLang }: { placed: PlacedNode; node: MapNode; lines: TextBox['lines']; isStart: boolean; contentLang?: string }) {
  const question = node.kind === 'question';
  const centreX = placed.x + placed.width / 2;
  const captionY = placed.y + DIAGRAM_METRICS.paddingY + CAPTION_FONT_SIZE;
  const firstLineY = placed.y + DIAGRAM_METRICS.paddingY + DIAGRAM_METRICS.captionHeight + NODE_FONT_SIZE;
  const t = useTranslations('TreeMap');
  const caption = t(question ? (isStart ? 'firstQuestion' : 'question') : 'outcome');
  return (
    <a href={node.href} tabIndex={-1} className="group">
      <title lang={contentLang}>{node.text}</title>
      <rect
        x={placed.x}
        y={placed.y}
        width={placed.width}
        height={placed.height}
        // Shape and caption tell the kinds apart, not only colour: square corners ask, rounded ones end.
        rx={question ? 3 : 16}
        strokeWidth={question ? 2 : 1.5}
        strokeDasharray={question ? undefined : '6 3'}
        className={
          question
            ? 'fill-page stroke-link group-hover:fill-surface'
            : 'fill-surface stroke-text group-hover:fill-page'
        }
      />
      <text
        x={centreX}
        y={captionY}
        textAnchor="middle"
        fontSize={CAPTION_FONT_SIZE}
        fontWeight={600}
        letterSpacing="0.04em"
        className="fill-muted uppercase"
      >
        {caption}
      </text>
      <text
        textAnchor="middle"
        fontSize={NODE_FONT_SIZE}
        fontWeight={question ? 400 : 600}
        className="fill-text group-hover:underline"
        lang={contentLang}
      >
        {lines.map((line, index) => (
          <tspan key={index} x={centreX} y={firstLineY + index * DIAGRAM_METRICS.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </a>
  );
}

function EdgeLabel({ edge, source }: { edge: PlacedEdge; source: MapEdge }) {
  if (!edge.labelAt) return null;
  const labelLines = edgeLabelLines(source.label);
  const longest = Math.max(...labelLines.map((line) => line.length));
  const width = Math.min(LABEL_MAX_WIDTH, Math.ceil(longest * LABEL_CHAR_WIDTH + 12));
  const height = labelLines.length * LABEL_LINE_HEIGHT + 6;
  const top = edge.labelAt.y - height / 2;
  return (
    <g>
      <title>{source.label}</title>
      <rect
        x={edge.labelAt.x - width / 2}
        y={top}
        width={width}
        height={height}
        rx={4}
        strokeWidth={1}
        className="fill-page stroke-border"
      />
      <text textAnchor="middle" fontSize={LABEL_FONT_SIZE} className="fill-text">
        {labelLines.map((line, index) => (
          <tspan key={index} x={edge.labelAt?.x} y={top + 3 + LABEL_FONT_SIZE - 1 + index * LABEL_LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/**
 * A smooth curve through every one of dagre's points (Catmull-Rom as cubic Béziers). It must pass
 * through them, not just near them: one of the points is where the edge label sits.
 */
function smoothPath(points: readonly { x: number; y: number }[]): string {
  const [first] = points;
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let index = 0; index < points.length - 1; index += 1) {
    const before = points[index - 1] ?? points[index]!;
    const from = points[index]!;
    const to = points[index + 1]!;
    const after = points[index + 2] ?? to;
    const c1 = { x: from.x + (to.x - before.x) / 6, y: from.y + (to.y - before.y) / 6 };
    const c2 = { x: to.x - (after.x - from.x) / 6, y: to.y - (after.y - from.y) / 6 };
    d += ` C ${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(to.x)} ${round(to.y)}`;
  }
  return d;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
