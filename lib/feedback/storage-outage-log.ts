/**
 * Logs a storage outage once, not once per refused request: a full disk under steady traffic would
 * otherwise bury every other line of the log. A different problem is logged when it appears, and
 * the end of the outage once, with how many requests it cost.
 */
export function storageOutageLog(log: (message: string) => void) {
  let current: string | undefined;
  let refused = 0;
  return {
    /** A request was refused with 503 because of `problem`. */
    refused(problem: string) {
      refused += 1;
      if (problem === current) return;
      current = problem;
      const sentence = /[.!?]$/.test(problem) ? problem : `${problem}.`;
      log(`${sentence} Feedback is refused with 503 until this is fixed; pages are not affected. Logged once; the log says when it works again.`);
    },
    /** A write went through: the outage, if any, is over. */
    over() {
      if (current === undefined) return;
      log(`Feedback storage works again; ${refused} request${refused === 1 ? ' was' : 's were'} refused with 503 meanwhile.`);
      current = undefined;
      refused = 0;
    },
  };
}
