import type { Metadata } from 'next';
import { DiagnoseTool } from '@/components/diagnose/diagnose-tool';
import { listWizards } from '@/lib/content/wizards.server';
import { toClientTree } from '@/lib/wizard/client-tree';
import { declaresEvidence } from '@/lib/wizard/graph';
import { treePath } from '@/lib/paths';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export const metadata: Metadata = {
  title: 'Diagnose from headers or a HAR file',
  description:
    'Paste HTTP headers or drop a HAR file to see what the Windows sign-in handshake did. The analysis runs in your browser; nothing is uploaded.',
};

export default async function DiagnosePage({ params }: { params: Promise<{ lang: string }> }) {
  await enterPageLanguage(params);
  // The troubleshooters whose steps say what in a capture answers them; the findings continue in one.
  const trees = listWizards().filter(declaresEvidence);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Diagnose from headers or a HAR file</h1>
      <p className="mt-3 text-lg">
        Paste the headers of a failing sign-in, or drop a HAR file exported from your browser&rsquo;s developer tools, and
        see what the authentication handshake actually did.
      </p>
      <p className="mt-3 text-muted">
        The analysis runs entirely in your browser: nothing you paste or drop is uploaded. Tokens are shortened in the
        results, and names inside NTLM messages stay hidden unless you ask for them.
      </p>
      <noscript>
        <p className="mt-6 rounded border border-border bg-surface p-4">
          This tool needs JavaScript, because it reads your headers here in your browser instead of sending them to a
          server. Turn JavaScript on to use it, or follow a troubleshooter instead:{' '}
          {trees.map((tree, index) => (
            <span key={tree.id}>
              {index > 0 ? ', ' : ''}
              <a href={treePath(tree.id)}>{tree.title}</a>
            </span>
          ))}
          .
        </p>
      </noscript>
      <DiagnoseTool trees={trees.map(toClientTree)} />
    </div>
  );
}
