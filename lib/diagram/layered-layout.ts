import dagre from '@dagrejs/dagre';

/** A box to place: its id, and its size in the drawing's units. */
export interface DiagramNodeInput {
  id: string;
  width: number;
  height: number;
}

/** An arrow between two boxes, optionally labelled. */
export interface DiagramEdgeInput {
  from: string;
  to: string;
  label?: string;
}

/** Where a box ended up: its top-left corner. */
export interface PlacedNode extends DiagramNodeInput {
  x: number;
  y: number;
}

/** An arrow as a polyline, with where its label sits. */
export interface PlacedEdge extends DiagramEdgeInput {
  points: { x: number; y: number }[];
  labelAt?: { x: number; y: number };
}

/** A laid-out drawing, ready to become SVG. */
export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const EDGE_LABEL_WIDTH = 150;
const EDGE_LABEL_HEIGHT = 34;

/**
 * Lays a directed graph out top to bottom in ranks (the Sugiyama method, via dagre), so a decision
 * tree reads from its first question down to its outcomes without crossing lines where avoidable.
 */
export function layOutTopDown(nodes: DiagramNodeInput[], edges: DiagramEdgeInput[]): DiagramLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 64, edgesep: 16, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  edges.forEach((edge, index) => {
    graph.setEdge(edge.from, edge.to, edge.label ? { width: EDGE_LABEL_WIDTH, height: EDGE_LABEL_HEIGHT, labelpos: 'c' } : {}, `e${index}`);
  });

  dagre.layout(graph);

  const placedNodes = nodes.map((node) => {
    const placed = graph.node(node.id);
    return { ...node, x: placed.x - node.width / 2, y: placed.y - node.height / 2 };
  });
  const placedEdges = edges.map((edge, index) => {
    const placed = graph.edge({ v: edge.from, w: edge.to, name: `e${index}` });
    return {
      ...edge,
      points: placed.points.map((point: { x: number; y: number }) => ({ x: point.x, y: point.y })),
      labelAt: edge.label && placed.x !== undefined && placed.y !== undefined ? { x: placed.x, y: placed.y } : undefined,
    };
  });
  const size = graph.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes: placedNodes, edges: placedEdges };
}
