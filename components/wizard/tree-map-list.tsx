import { useTranslations } from 'next-intl';
import { CopyButton } from '@/components/copy-button';
import type { MapNode, TreeMapModel } from '@/lib/wizard/map-model';
import { useCopyWords } from './wizard-words';

/**
 * Every step of the tree in the order a user meets them, each with its options, a link that
 * opens it with the answers that reach it, and a copy-link button. It is the accessible form of
 * `TreeMapDiagram`, so it must carry everything the drawing shows.
 */
export function TreeMapList({ model, contentLang }: { model: TreeMapModel; contentLang?: string }) {
  const nodesById = new Map(model.nodes.map((node) => [node.id, node]));
  const t = useTranslations('TreeMap');
  const copyWords = useCopyWords();
  return (
    <ol className="mt-4 space-y-4">
      {model.nodes.map((node) => (
        <li
          key={node.id}
          id={`map-${node.id}`}
          className="scroll-mt-20 rounded-lg border border-border p-4 target:border-link target:bg-surface"
        >
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">
            {node.id === model.startId ? t('firstQuestion') : t(node.kind)}
          </p>
          <h3 className="mt-1 text-lg font-semibold" lang={contentLang}>
            {node.text}
          </h3>
          <p className="mt-1 text-sm text-muted">
            {t('stepId')} <code className="rounded bg-surface px-1 font-mono text-text">{node.id}</code>
          </p>
          {node.kind === 'question' ? <OptionTargets node={node} nodesById={nodesById} contentLang={contentLang} /> : null}
          <div className="mt-3 flex flex-wrap items-center gap-3">
            {/* A plain link on purpose: a full load opens the step exactly as a pasted link would. */}
            <a href={node.href} className="font-medium underline">
              {t('openStep')}
              <span className="sr-only">
                : <span lang={contentLang}>{node.text}</span>
              </span>
            </a>
            <CopyButton href={node.href} label={t('copyStepLink', { step: node.text })} words={copyWords} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function OptionTargets({
  node,
  nodesById,
  contentLang,
}: {
  node: Extract<MapNode, { kind: 'question' }>;
  nodesById: ReadonlyMap<string, MapNode>;
  contentLang?: string;
}) {
  const t = useTranslations('TreeMap');
  return (
    <ul className="mt-3 list-disc space-y-1 pl-5">
      {node.options.map((option) => {
        const target = nodesById.get(option.to);
        return (
          <li key={option.optionId}>
            <span lang={contentLang}>{option.label}</span>{' '}
            <span className="text-muted">
              <span aria-hidden="true">→ </span>
              {t('leadsTo')}{' '}
            </span>
            {target ? (
              <a href={`#map-${target.id}`} className="underline">
                {t(target.kind)}: <span lang={contentLang}>{target.text}</span>
              </a>
            ) : (
              <code>{option.to}</code>
            )}
          </li>
        );
      })}
    </ul>
  );
}
