/**
 * Things to undo however the bench ends (success, failure or Ctrl-C): stop the server, remove the
 * temporary workspace. Run in reverse order of registration, like nested `finally` blocks.
 */
const tasks: (() => void)[] = [];

/** Registers a synchronous undo step; returns a function that runs it early and forgets it. */
export function onCleanup(task: () => void): () => void {
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index !== -1) tasks.splice(index, 1);
    task();
  };
}

/** Runs every registered step once. */
export function runCleanup(): void {
  while (tasks.length > 0) {
    const task = tasks.pop();
    try {
      task?.();
    } catch (error) {
      console.error('cleanup failed:', error);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    runCleanup();
    process.exit(130);
  });
}
process.on('exit', runCleanup);
