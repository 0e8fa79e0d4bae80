'use client';

import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { WizardTree } from '@/lib/wizard/schema';
import { pluralFor } from '@/lib/i18n/client-text';
import { AnalysisResults } from './analysis-results';
import type { DiagnoseWords } from './diagnose-text';
import type { ShownAnalysis } from './run-analysis';

/** What was analysed last: the pasted text or a file, kept so the names toggle can re-run it. */
interface AnalysedInput {
  label: string;
  text: string;
}

type ToolState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; shown: ShownAnalysis; label: string }
  | { status: 'failed'; message: string };

// The library arrives on the first Analyse, so the page itself costs little more than the Next runtime.
let runner: Promise<typeof import('./run-analysis')> | null = null;
function loadRunner() {
  runner ??= import('./run-analysis').catch((error: unknown) => {
    runner = null;
    throw error;
  });
  return runner;
}

/**
 * The paste box, the file drop and the results. Everything happens in this tab: the form never
 * submits, and no request carries the input.
 */
export function DiagnoseTool({ trees, words }: { trees: readonly WizardTree[]; words: DiagnoseWords }) {
  const { text } = words;
  const [hydrated, setHydrated] = useState(false);
  const [pasted, setPasted] = useState('');
  const [includeNames, setIncludeNames] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<ToolState>({ status: 'idle' });
  const lastInput = useRef<AnalysedInput | null>(null);
  const focusResults = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (state.status !== 'done' || !focusResults.current) return;
    focusResults.current = false;
    headingRef.current?.focus();
  }, [state]);

  async function run(input: AnalysedInput, names: boolean, moveFocus: boolean) {
    lastInput.current = input;
    focusResults.current = moveFocus;
    setState({ status: 'running' });
    try {
      const { runAnalysis } = await loadRunner();
      setState({ status: 'done', shown: runAnalysis(input.text, trees, names, words.language, words.findings), label: input.label });
    } catch {
      setState({ status: 'failed', message: text.loadFailed });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run({ label: text.pastedText, text: pasted }, includeNames, true);
  }

  async function analyseFile(file: File | undefined) {
    if (!file) return;
    void run({ label: file.name, text: await file.text() }, includeNames, true);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void analyseFile(event.dataTransfer.files[0]);
  }

  function onNamesChange(checked: boolean) {
    setIncludeNames(checked);
    if (lastInput.current) void run(lastInput.current, checked, false);
  }

  const findingCount = state.status === 'done' ? state.shown.analysis.findings.length : null;

  return (
    <div className="mt-8">
      <form onSubmit={onSubmit} aria-label={text.form}>
        <fieldset disabled={!hydrated} className="min-w-0 space-y-6">
          <div>
            <label htmlFor="diagnose-input" className="block font-semibold">
              {text.pasteLabel}
            </label>
            <p id="diagnose-input-hint" className="text-sm text-muted">
              {words.pasteHint}
            </p>
            <textarea
              id="diagnose-input"
              aria-describedby="diagnose-input-hint"
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
              rows={10}
              spellCheck={false}
              autoComplete="off"
              className="mt-2 w-full rounded border border-border bg-page p-3 font-mono text-sm text-text"
            />
          </div>
          <div
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={`rounded border-2 border-dashed p-4 ${dragging ? 'border-link bg-surface' : 'border-border'}`}
          >
            <label htmlFor="diagnose-file" className="block font-semibold">
              {text.fileLabel}
            </label>
            <p id="diagnose-file-hint" className="text-sm text-muted">
              {dragging ? text.dropNow : text.dropHint}
            </p>
            <input
              id="diagnose-file"
              type="file"
              accept=".har,.txt,.json"
              aria-describedby="diagnose-file-hint"
              onChange={(event) => void analyseFile(event.target.files?.[0])}
              className="mt-2 block max-w-full text-sm"
            />
          </div>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
            <button type="submit" className="rounded bg-[var(--color-link)] px-4 py-2 font-semibold text-[var(--color-page)]">
              {text.analyse}
            </button>
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={includeNames} onChange={(event) => onNamesChange(event.target.checked)} />
              {text.showNames}
            </label>
          </div>
        </fieldset>
      </form>
      <p role="status" aria-live="polite" className="mt-4 text-muted">
        {state.status === 'running' ? text.analysing : null}
        {findingCount !== null ? pluralFor(words.findingCount, findingCount) : null}
      </p>
      {state.status === 'failed' ? (
        <p role="alert" className="mt-4 rounded border border-border bg-surface p-4">
          {state.message}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <AnalysisResults shown={state.shown} label={state.label} headingRef={headingRef} words={words} />
      ) : null}
    </div>
  );
}
