import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '@/lib/feedback/migrations';
import type { FeedbackVote, StepView } from '@/lib/feedback/schema';
import { COMMENT_WINDOW_MS, type FeedbackStore } from '@/lib/feedback/store';
import { buildFunnel } from '@/lib/feedback/funnel';
import { loadTree } from '../wizard/load-fixture';
import { concurrencyChecks } from './concurrency-checks';
import { languageStorageChecks } from './language-storage-checks';
import { searchStorageChecks } from './search-storage-checks';
import { articleVote, outcomeVote, sessionId, stepView, T0 } from './fixtures';

/** A database the suite may fill: each `fresh()` is empty and shared with nothing else. */
export interface StorageTarget {
  label: string;
  fresh(): Promise<TestDatabase>;
}

/** One empty database: open as many stores on it as a test needs (several app instances). */
export interface TestDatabase {
  open(): Promise<FeedbackStore>;
  /** How a child process opens the same database: `sqlite <file>` or `postgres <url> <schema>`. */
  childArgs: string[];
  dialect: 'sqlite' | 'postgres';
  /** Runs SQL on the database as it is, without migrating it: how a test builds an older release's database. */
  execRaw(statements: readonly string[]): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;
const all = { from: 0, to: Number.MAX_SAFE_INTEGER };

/** The whole storage contract; run once per database engine, with no mock anywhere. */
export function storageSuite(target: StorageTarget) {
  describe(`feedback storage on ${target.label}`, () => {
    const opened: FeedbackStore[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });
    async function freshStore() {
      const database = await target.fresh();
      const store = await database.open();
      opened.push(store);
      return { database, store };
    }

    it('migrates a new database to the latest schema, and reopening applies nothing twice', async () => {
      const { database, store } = await freshStore();
      expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
      await store.recordVote(articleVote('a', true), T0);
      const again = await database.open();
      opened.push(again);
      expect(await again.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
      expect(await again.articleVotes(all)).toEqual([{ article: 'a', helpful: 1, notHelpful: 0 }]);
    });

    it('counts helpful and not helpful per article, inside the time window only', async () => {
      const { store } = await freshStore();
      await store.recordVote(articleVote('printer-offline', true), T0);
      await store.recordVote(articleVote('printer-offline', false), T0 + 1);
      await store.recordVote(articleVote('printer-offline', true), T0 + 2);
      await store.recordVote(articleVote('vpn-drops', false), T0 + DAY);
      expect(await store.articleVotes(all)).toEqual([
        { article: 'printer-offline', helpful: 2, notHelpful: 1 },
        { article: 'vpn-drops', helpful: 0, notHelpful: 1 },
      ]);
      // from is inclusive, to exclusive: the vote at exactly T0 + DAY is outside.
      expect(await store.articleVotes({ from: T0 + 1, to: T0 + DAY })).toEqual([{ article: 'printer-offline', helpful: 1, notHelpful: 1 }]);
    });

    it('counts solved and not solved per outcome', async () => {
      const { store } = await freshStore();
      await store.recordVote(outcomeVote('fix-network', true), T0);
      await store.recordVote(outcomeVote('fix-network', true), T0);
      await store.recordVote(outcomeVote('escalate', false), T0);
      await store.recordVote(articleVote('printer-offline', true), T0);
      expect(await store.outcomeVotes(all)).toEqual([
        { tree: 'windows-auth-login', outcome: 'escalate', solved: 0, notSolved: 1 },
        { tree: 'windows-auth-login', outcome: 'fix-network', solved: 2, notSolved: 0 },
      ]);
    });

    it('takes one comment per vote within a day, and lists comments newest first', async () => {
      const { store } = await freshStore();
      const first = await store.recordVote(articleVote('printer-offline', false), T0);
      const second = await store.recordVote(outcomeVote('escalate', false), T0);
      const late = await store.recordVote(articleVote('vpn-drops', true), T0);
      expect(first).toMatch(/^[0-9a-f-]{36}$/);
      expect(await store.addComment(first, 'The screenshots are outdated', T0 + 1000)).toBe('added');
      expect(await store.addComment(first, 'overwrite attempt', T0 + 2000)).toBe('already-commented');
      expect(await store.addComment(second, 'Still fails after the fix', T0 + 3000)).toBe('added');
      expect(await store.addComment(late, 'too late', T0 + COMMENT_WINDOW_MS + 1)).toBe('expired');
      expect(await store.addComment(sessionId(9), 'no such vote', T0)).toBe('not-found');

      expect(await store.recentComments(all, 10)).toEqual([
        { kind: 'outcome', tree: 'windows-auth-login', outcome: 'escalate', helpful: false, comment: 'Still fails after the fix', at: T0 + 3000 },
        { kind: 'article', article: 'printer-offline', helpful: false, comment: 'The screenshots are outdated', at: T0 + 1000 },
      ]);
      expect(await store.recentComments(all, 1)).toHaveLength(1);
      expect(await store.recentComments({ from: T0 + 2000, to: T0 + 2500 }, 10)).toEqual([]);
    });

    it('replaces, not adds, a second vote from the same browser on the same page within a day', async () => {
      const { database, store } = await freshStore();
      const [browser, other] = [sessionId(1), sessionId(2)];
      const first = await store.recordVote(articleVote('printer-offline', true), T0, browser);
      // Reload and click, again and again: still one vote, with the last answer, under the first id.
      expect(await store.recordVote(articleVote('printer-offline', false), T0 + 1000, browser)).toBe(first);
      expect(await store.recordVote(articleVote('printer-offline', false), T0 + DAY - 1, browser)).toBe(first);
      expect(await store.addComment(first, 'The answer I meant', T0 + 2000)).toBe('added');
      // Another page, another browser, a vote without a browser id, and the same browser a day on: each counts.
      await store.recordVote(articleVote('vpn-drops', true), T0, browser);
      await store.recordVote(articleVote('printer-offline', true), T0, other);
      await store.recordVote(articleVote('printer-offline', true), T0);
      await store.recordVote(articleVote('printer-offline', true), T0 + DAY, browser);
      await store.recordVote(outcomeVote('fix-network', true), T0, browser);
      await store.recordVote(outcomeVote('fix-network', false), T0 + 1, browser);
      await store.recordVote(outcomeVote('escalate', false), T0 + 2, browser);

      expect(await store.articleVotes(all)).toEqual([
        { article: 'printer-offline', helpful: 3, notHelpful: 1 },
        { article: 'vpn-drops', helpful: 1, notHelpful: 0 },
      ]);
      expect(await store.outcomeVotes(all)).toEqual([
        { tree: 'windows-auth-login', outcome: 'escalate', solved: 0, notSolved: 1 },
        { tree: 'windows-auth-login', outcome: 'fix-network', solved: 0, notSolved: 1 },
      ]);
      expect(await store.recentComments(all, 5)).toEqual([
        { kind: 'article', article: 'printer-offline', helpful: false, comment: 'The answer I meant', at: T0 + 2000 },
      ]);

      // Two app instances taking twenty clicks of one browser at once still keep one vote.
      const twin = await database.open();
      opened.push(twin);
      const clicks = Array.from({ length: 20 }, (_, index) => (index % 2 ? twin : store).recordVote(articleVote('clicked-fast', index % 3 === 0), T0 + index, other));
      expect(new Set(await Promise.all(clicks)).size).toBe(1);
      const clicked = (await store.articleVotes(all)).find((row) => row.article === 'clicked-fast');
      expect((clicked?.helpful ?? 0) + (clicked?.notHelpful ?? 0)).toBe(1);
    });

    it('counts the sessions that reached each step and where each one stopped', async () => {
      const { store } = await freshStore();
      // Session 1 finishes at fix-network; session 2 stops at can-reach-dc; session 3 views a
      // step twice (counted once) and its views arrive out of order (seq decides the last).
      await store.recordStepViews([stepView(sessionId(1), 'which-browsers', 0), stepView(sessionId(1), 'can-reach-dc', 1)], T0);
      await store.recordStepViews([stepView(sessionId(1), 'fix-network', 2)], T0 + 1);
      await store.recordStepViews([stepView(sessionId(2), 'which-browsers', 0), stepView(sessionId(2), 'can-reach-dc', 1)], T0);
      await store.recordStepViews([stepView(sessionId(3), 'server-providers', 2), stepView(sessionId(3), 'which-browsers', 0)], T0);
      await store.recordStepViews([stepView(sessionId(3), 'which-browsers', 1)], T0);
      await store.recordStepViews([stepView(sessionId(4), 'start', 0, 'printer-help')], T0);

      // Session 3's first view by seq is which-browsers (seq 0), though it arrived second.
      expect(await store.stepFunnel(all)).toEqual([
        { tree: 'printer-help', step: 'start', entry: 'start', reached: 1, stopped: 1 },
        { tree: 'windows-auth-login', step: 'can-reach-dc', entry: 'which-browsers', reached: 2, stopped: 1 },
        { tree: 'windows-auth-login', step: 'fix-network', entry: 'which-browsers', reached: 1, stopped: 1 },
        { tree: 'windows-auth-login', step: 'server-providers', entry: 'which-browsers', reached: 1, stopped: 1 },
        { tree: 'windows-auth-login', step: 'which-browsers', entry: 'which-browsers', reached: 3, stopped: 0 },
      ]);
      // Inside a window that leaves out session 1's last view, it stopped at can-reach-dc.
      const early = await store.stepFunnel({ from: T0, to: T0 + 1 });
      expect(early.find((row) => row.step === 'can-reach-dc')).toMatchObject({ reached: 2, stopped: 2 });
    });

    it('counts a session opened from a link mid-tree apart from one that began at the first question', async () => {
      const { store } = await freshStore();
      // Rows as every release has written them: nothing marks an entry, the first view by seq is it.
      // Session 1 answers from the start to a result; session 2 opens a pasted link to that result;
      // session 3 opens a link to a later question and stops there; session 4 starts and gives up.
      await store.recordStepViews([stepView(sessionId(1), 'which-browsers', 0), stepView(sessionId(1), 'can-reach-dc', 1), stepView(sessionId(1), 'fix-network', 2)], T0);
      await store.recordStepViews([stepView(sessionId(2), 'fix-network', 5)], T0);
      await store.recordStepViews([stepView(sessionId(3), 'can-reach-dc', 0)], T0);
      await store.recordStepViews([stepView(sessionId(4), 'which-browsers', 0)], T0);
      // The link-opened session later goes to the start in the same tab: it still began mid-tree.
      await store.recordStepViews([stepView(sessionId(2), 'which-browsers', 6)], T0 + 1);

      const funnel = buildFunnel('windows-auth-login', loadTree('windows-auth-login').tree, await store.stepFunnel(all));
      expect(funnel.fromStart).toEqual({ sessions: 2, atResult: 1 });
      expect(funnel.midTree).toEqual({ sessions: 2, atResult: 0 });
      const step = (id: string) => funnel.steps.find((candidate) => candidate.id === id);
      expect(step('fix-network')).toMatchObject({ reached: 2, reachedFromStart: 1, stopped: 1, stoppedFromStart: 1, entered: 1 });
      expect(step('can-reach-dc')).toMatchObject({ reached: 2, reachedFromStart: 1, stopped: 1, stoppedFromStart: 0, entered: 1 });
      expect(step('which-browsers')).toMatchObject({ reached: 3, reachedFromStart: 2, stopped: 2, stoppedFromStart: 1, entered: 2 });
    });

    it('stores a batch of step views whole or not at all', async () => {
      const { store } = await freshStore();
      // The third view breaks a NOT NULL constraint: the two before it must not stay behind.
      const broken = { ...stepView(sessionId(1), 'escalate', 2), tree: null } as unknown as StepView;
      await expect(
        store.recordStepViews([stepView(sessionId(1), 'which-browsers', 0), stepView(sessionId(1), 'server-providers', 1), broken], T0),
      ).rejects.toThrow();
      expect(await store.stepFunnel(all)).toEqual([]);
    });

    it('refuses a vote that breaks the schema, storing nothing', async () => {
      const { store } = await freshStore();
      const broken = { kind: 'article', article: null, helpful: true } as unknown as FeedbackVote;
      await expect(store.recordVote(broken, T0)).rejects.toThrow();
      expect(await store.articleVotes(all)).toEqual([]);
    });

    searchStorageChecks(target, opened);
    languageStorageChecks(target, opened);
    concurrencyChecks(target, opened);
  });
}
