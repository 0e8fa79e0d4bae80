import { useTranslations } from 'next-intl';
import { useCopyWords } from '@/components/wizard/wizard-words';
import { CopyButton } from '@/components/copy-button';
import type { PropValue } from '@/lib/content/mdx-component-specs';
import { registryKeyPath } from '@/lib/registry/hive';

/** The registry value types regedit offers (mdx-component-specs.ts lists them). */
export type RegistryValueType = PropValue<'RegistryValue', 'type'>;

/** Props of {@link RegistryValue}; `hive` may be abbreviated (`HKCU`) or full (`HKEY_CURRENT_USER`). */
export type RegistryValueProps = {
  hive: string;
  path: string;
  name: string;
  type: RegistryValueType;
  data: string;
  /** The documented previous data, which the undo sets back. */
  undoData?: string;
  /** `delete` when the value does not exist by default, so undoing removes it. */
  undo?: PropValue<'RegistryValue', 'undo'>;
  note?: string;
  /** The documentation that defines the value: checked and listed in the article's Sources, not shown here. */
  source?: string;
};

/** One registry value with copy buttons for the parts users paste into regedit. */
export function RegistryValue({ hive, path, name, type, data, undoData, undo, note }: RegistryValueProps) {
  const keyPath = registryKeyPath(hive, path);
  // regedit shows an empty value name as "(Default)".
  const t = useTranslations('Mdx');
  const copyWords = useCopyWords();
  const shownName = name === '' ? t('defaultValueName') : name;
  return (
    <div className="registry-value not-prose" role="group" aria-label={t('registryValue', { name: shownName })}>
      <dl>
        <div className="registry-row">
          <dt>{t('key')}</dt>
          <dd>
            <code translate="no">{keyPath}</code>
            <CopyButton text={keyPath} label={t('copyKey')} words={copyWords} />
          </dd>
        </div>
        <div className="registry-row">
          <dt>{t('valueName')}</dt>
          <dd>
            {/* A value's name is the registry's own word; "(Default)" is the catalogue's. */}
            <code translate={name === '' ? undefined : 'no'}>{shownName}</code>
            {name === '' ? null : <CopyButton text={name} label={t('copyValueName')} words={copyWords} />}
          </dd>
        </div>
        <div className="registry-row">
          <dt>{t('type')}</dt>
          <dd>
            <code translate="no">{type}</code>
          </dd>
        </div>
        <div className="registry-row">
          <dt>{t('data')}</dt>
          <dd>
            <code translate="no">{data}</code>
          </dd>
        </div>
        {undoData !== undefined || undo === 'delete' ? (
          <div className="registry-row">
            <dt>{t('toUndo')}</dt>
            <dd>{undo === 'delete' ? t('undoDelete') : t.rich('undoSet', { data: undoData ?? '', code: (chunks) => <code>{chunks}</code> })}</dd>
          </div>
        ) : null}
      </dl>
      {note ? <p className="registry-note">{note}</p> : null}
    </div>
  );
}
