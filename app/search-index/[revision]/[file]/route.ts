import { getShardedIndex } from '@/lib/search/site-search.server';
import { chunkPath } from '@/lib/search/sharded-format';

// Every chunk of the split index is a static file written by `next build`. The revision in the
// path changes whenever any chunk does, so a browser never mixes chunks of two builds.
export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { revision: string; file: string };

export async function generateStaticParams(): Promise<Params[]> {
  const { base } = await getShardedIndex();
  const paths = [
    ...Array.from({ length: base.shardCount }, (_, shard) => chunkPath.shard(base.revision, shard)),
    ...Array.from({ length: base.pageCount }, (_, page) => chunkPath.page(base.revision, page)),
  ];
  return paths.map((path) => {
    const [, , revision, file] = path.split('/');
    return { revision: revision as string, file: file as string };
  });
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { revision, file } = await params;
  const index = await getShardedIndex();
  const match = /^(terms|page)-(\d+)\.json$/.exec(file);
  const chunk =
    revision !== index.base.revision || !match ? undefined : match[1] === 'terms' ? index.shards[Number(match[2])] : index.pages[Number(match[2])];
  if (chunk === undefined) return Response.json({ error: 'no such search index chunk' }, { status: 404 });
  return Response.json(chunk);
}
