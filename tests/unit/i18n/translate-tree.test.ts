import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTreeTranslation } from '@/lib/content/translations.server';
import { listWizards } from '@/lib/content/wizards.server';
import { translateTree } from '@/lib/i18n/tree-translation';

const content = path.resolve('content');

describe('translateTree on the shipped troubleshooter', () => {
  const [tree] = listWizards(content).filter((candidate) => candidate.id === 'windows-auth-login');
  const translation = readTreeTranslation(content, 'windows-auth-login', 'de');

  it('puts every German word in place and keeps the structure, so step links and answers stay the same', () => {
    expect(tree && translation).toBeTruthy();
    if (!tree || !translation) return;
    const german = translateTree(tree, translation);
    expect(german.title).toBe(translation.title);
    expect(german.nodes.map((node) => node.id)).toEqual(tree.nodes.map((node) => node.id));
    german.nodes.forEach((node, index) => {
      const english = tree.nodes[index];
      const words = translation.nodes[node.id];
      if (node.type === 'question' && english?.type === 'question') {
        expect(node.prompt).toBe(words?.prompt);
        expect(node.options.map((option) => [option.id, option.next])).toEqual(english.options.map((option) => [option.id, option.next]));
        node.options.forEach((option) => expect(option.label).toBe(words?.options?.[option.id]?.label));
      } else if (node.type === 'outcome' && english?.type === 'outcome') {
        expect([node.title, node.summary]).toEqual([words?.title, words?.summary]);
        expect(node.fix).toEqual(english.fix);
      }
    });
  });
});
