import { useTranslations } from 'next-intl';
import type { ToolCommands } from '@/lib/iis/provider-change';
import { Command } from './command';

/** Each tool's change beside its own undo, and what the undo does: shared by the IIS components. */
export function IisToolCommands({ tools }: { tools: readonly ToolCommands[] }) {
  const t = useTranslations('Mdx');
  const effects = useTranslations('IisEffects');
  return tools.map((tool) => (
    <div className="iis-commands-tool" key={tool.tool}>
      <p className="iis-commands-tool-name">{t('withTool', { tool: tool.tool })}</p>
      <Command shell={tool.shell} title={t('makeChange', { tool: tool.tool })} code={tool.apply} />
      <Command shell={tool.shell} title={t('undo', { tool: tool.tool })} code={tool.undo} />
      <p className="iis-commands-undo">
        <strong>{t('theUndo')}</strong> {effects(tool.undoEffect.key, tool.undoEffect.params)}
      </p>
    </div>
  ));
}

/** Unreachable in a build (the content check refuses the record); says so rather than print a wrong command. */
export function InvalidIisRecord() {
  return <p role="alert">{useTranslations('Mdx')('invalidIis')}</p>;
}
