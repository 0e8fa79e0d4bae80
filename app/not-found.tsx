import Link from 'next/link';
import { listArticles } from '@/lib/content/articles.server';

export const metadata = { title: 'Page not found' };

/** A dead link still gets the reader somewhere useful: the articles by the symptoms they cover. */
export default function NotFound() {
  const articles = listArticles();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-3 text-lg">
        The link may be mistyped, or the page may have moved. If someone sent you this link, the article you
        need is probably one of these: look for the symptom you are seeing.
      </p>
      <ul className="mt-6 space-y-4">
        {articles.map((article) => (
          <li key={article.slug}>
            <Link href={`/articles/${article.slug}`} className="font-semibold">
              {article.title}
            </Link>
            <p className="text-sm text-muted">Symptoms: {article.symptoms.join('; ')}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <Link href="/">Go to the Fixpath home page</Link>
      </p>
    </div>
  );
}
