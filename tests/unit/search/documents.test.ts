import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCT_SLUGS } from '@/lib/content/products';
import type { Anchor } from '@/lib/content/remark-anchors';
import { searchCorpus } from '@/lib/search/documents';
import { loadSearchModels } from '@/lib/search/site-search.server';

describe('searchCorpus', () => {
  it('makes one document per article, section, procedure and step, each linking to its anchor, and none for Sources', async () => {
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
    ]);
  });

  it('gives each step its own text and number, and the article its title, symptoms and summary', async () => {
    const { articles } = await loadSearchModels(path.resolve('tests/fixtures/content/valid'));
    const { documents } = searchCorpus(articles, []);
    const step = documents.find((document) => document.anchor === 'restart');
    expect(step).toMatchObject({ kind: 'step', step: 2, procedure: 'Restart the spooler', title: '', symptoms: '' });
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

  it('keeps one result for a step its article repeats nearly word for word (a change and its undo), but not for a step that only shares the title', () => {
    const anchor = (id: string, kind: Anchor['kind'], title: string, level = 1): Anchor => ({ id, kind, title, level, line: 1 });
    const { documents, pageProducts } = searchCorpus(
      [
        {
          slug: 'clock',
          title: 'Clock',
          summary: 'Summary.',
          symptoms: [],
          products: ['active-directory', 'windows'],
          anchors: [
            anchor('change', 'procedure', 'Set the tolerance'),
            anchor('open', 'step', 'Open the Kerberos policy'),
            anchor('undo', 'procedure', 'Restore the tolerance'),
            anchor('undo-open', 'step', 'Open the Kerberos policy'),
            anchor('other', 'procedure', 'Check the policy'),
            anchor('other-open', 'step', 'Open the Kerberos policy'),
          ],
          sections: [
            { anchorId: 'open', text: 'In Group Policy Management, edit the Default Domain Policy. Go to Account Policies > Kerberos Policy.' },
            { anchorId: 'undo-open', text: 'In Group Policy Management, edit the Default Domain Policy and go to Account Policies > Kerberos Policy.' },
            { anchorId: 'other-open', text: 'Run rsop.msc on the client and read the resultant Kerberos settings.' },
          ],
        },
      ],
      [],
    );
    expect(documents.filter((document) => document.kind === 'step').map((document) => [document.anchor, document.procedure])).toEqual([
      ['open', 'Set the tolerance'],
      ['other-open', 'Check the policy'],
    ]);
    expect(pageProducts).toEqual([(1 << PRODUCT_SLUGS.indexOf('active-directory')) | (1 << PRODUCT_SLUGS.indexOf('windows'))]);
  });
});
