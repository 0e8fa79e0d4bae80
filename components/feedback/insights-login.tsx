import { feedbackButtonClass } from './comment-fields';
import { INSIGHTS_LOGIN_PATH } from '@/lib/paths';

/** The sign-in form of /insights: the token goes in a POST body, never in the address. */
export function InsightsLogin({ failed }: { failed: boolean }) {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Insights</h1>
      <p className="mt-3">Sign in with the insights token to see what readers say about the articles and troubleshooters.</p>
      {failed ? (
        <p role="alert" className="mt-4 rounded border-2 border-amber-700 px-3 py-2 font-semibold dark:border-amber-400">
          That token is not right. Check INSIGHTS_TOKEN on the server and try again.
        </p>
      ) : null}
      <form method="post" action={INSIGHTS_LOGIN_PATH} className="mt-6">
        <label htmlFor="insights-token" className="block font-semibold">
          Insights token
        </label>
        <input
          id="insights-token"
          name="token"
          type="password"
          required
          autoComplete="current-password"
          className="mt-2 block w-full max-w-md rounded border border-border bg-page px-3 py-2 text-text"
        />
        <button type="submit" className={`${feedbackButtonClass} mt-4`}>
          Sign in
        </button>
      </form>
    </div>
  );
}
