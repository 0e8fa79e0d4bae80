import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchCorpus } from '@/lib/search/documents';
import { loadSearchModels } from '@/lib/search/site-search.server';

describe('searchCorpus', () => {
  it('makes one document per article, section, procedure and step, each linking to its anchor', async () => {
    const { articles, troubleshooters } = await loadSearchModels(path.resolve('tests/fixtures/content/valid'));
    const { documents, pages } = searchCorpus(articles, troubleshooters);
    const printer = pages.findIndex((page) => page.path === '/articles/printer-offline');
    const links = documents.filter((document) => document.page === printer).map((document) => [document.kind, document.anchor, document.heading]);
    expect(links).toEqual([
      ['article', '', ''],
      ['section', 'symptoms', 'Symptoms'],
      ['section', 'fix', 'Fix it'],
      ['procedure', 'restart-spooler', 'Restart the spooler'],
      ['step', 'open-services', 'Open Services'],
      ['step', 'restart', 'Restart Print Spooler'],
      ['section', 'sources', 'Sources'],
    ]);
  });

  it('gives each step its own text and number, and the article its title, symptoms and summary', async () => {
    const { articles } = await loadSearchModels(path.resolve('tests/fixtures/content/valid'));
    const { documents } = searchCorpus(articles, []);
    const step = documents.find((document) => document.anchor === 'restart');
    expect(step).toMatchObject({ kind: 'step', step: 2, title: '', symptoms: '' });
    expect(step?.text).toBe('Restart it. Then see the VPN article.');
    const article = documents.find((document) => document.kind === 'article' && document.title === 'The printer shows as offline');
    expect(article).toMatchObject({ symptoms: 'printer offline', text: 'Windows lists the printer as offline although it is switched on.' });
  });

  it('indexes a troubleshooter by its title, questions, answers and outcomes, linking to its start', async () => {
    const { troubleshooters } = await loadSearchModels(path.resolve('tests/fixtures/content/valid'));
    const { documents, pages } = searchCorpus([], troubleshooters);
    expect(pages).toEqual([{ title: 'The printer does not print', path: '/wizard/printer-help' }]);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ kind: 'troubleshooter', anchor: '', title: 'The printer does not print' });
    for (const text of ['Does Windows show the printer as offline?', 'Yes, it says offline', 'Restart the print spooler', 'The spooler lost track of the printer.']) {
      expect(documents[0]?.text).toContain(text);
    }
  });
});
