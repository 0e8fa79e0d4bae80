/** What the compiler attaches to a procedure that changes the registry: its scripts and what they do. */
export interface RegistryScripts {
  applyHref: string;
  undoHref: string;
  changes: { apply: string; undo: string }[];
}

/** Reads the procedure's `registryScripts` attribute; anything malformed means no scripts. */
export function parseRegistryScripts(json: string | undefined): RegistryScripts | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as RegistryScripts;
    return typeof value.applyHref === 'string' && typeof value.undoHref === 'string' && Array.isArray(value.changes) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Ready-to-run .reg files for a procedure, with a plain statement of what each one changes, so
 * nobody imports a file without knowing what it does. Both files come from the article's own
 * RegistryValue entries.
 */
export function RegistryScriptDownloads({ scripts, title }: { scripts: RegistryScripts; title: string }) {
  return (
    <div className="registry-scripts not-prose" role="group" aria-label={`Ready-to-run files for: ${title}`}>
      <p className="registry-scripts-title">Prefer a ready-made file? Download it, read it, then double-click it to import it into the registry.</p>
      <ul>
        <li>
          <a href={scripts.applyHref} download>
            Download the change (.reg)
          </a>
          : {scripts.changes.map((change) => change.apply).join('; ')}.
        </li>
        <li>
          <a href={scripts.undoHref} download>
            Download the undo (.reg)
          </a>
          : {scripts.changes.map((change) => change.undo).join('; ')}.
        </li>
      </ul>
      <p className="registry-scripts-warning">
        Importing a .reg file changes the registry at once, without further questions. Keys under
        HKEY_LOCAL_MACHINE need an administrator.
      </p>
    </div>
  );
}
