/**
 * Windows services with dependencies, and the restart commands our articles give, so a test can
 * run an article's command block and show which services are left stopped. Behaviour modelled,
 * with where it is documented:
 * - `net stop X` stops X; when running services depend on X it asks whether to stop them too
 *   (Y/N), and `/y` answers yes. A pasted block has no one to answer, so the model treats the
 *   prompt as a failure. A service that is not installed fails ("The service name is invalid"):
 *   IISADMIN exists on IIS 7 and later only with the IIS 6 Metabase Compatibility component,
 *   which is not installed by default (Microsoft's "Metabase Compatibility with IIS 7 and Above").
 * - `net start X` and `Start-Service` start X after the services X depends on.
 * - `Stop-Service -Force` stops X and the services that depend on it; without -Force it refuses
 *   when there are any ("-Force is required to stop a service that has dependent services").
 * - `Get-Service -Name X -DependentServices` lists the services that depend on X. Only direct
 *   dependents here: if Windows lists indirect ones too, the article's block restarts more, never less.
 */

/** One service: what it needs to run, and whether it is running now. */
export interface ServiceState {
  dependsOn: readonly string[];
  running: boolean;
}

/** Services by name, as `sc query` names them. */
export type Services = Readonly<Record<string, ServiceState>>;

/** A command that would fail, or stop at a prompt, on a real server. */
export class ServiceCommandError extends Error {}

/** Runs a command block, one command per line, in cmd or PowerShell; returns the services after it. */
export function runServiceCommands(initial: Services, script: string, shell: 'cmd' | 'powershell'): Services {
  const services: Record<string, ServiceState> = structuredClone({ ...initial }) as Record<string, ServiceState>;
  const variables = new Map<string, string[]>();
  for (const raw of script.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(shell === 'cmd' ? 'rem ' : '#')) continue;
    if (shell === 'cmd') runNet(services, line);
    else runPowerShell(services, variables, line);
  }
  return services;
}

/** The running services that depend on `name`, directly or through another service. */
export function runningDependents(services: Services, name: string): string[] {
  const found = new Set<string>();
  const visit = (target: string) => {
    for (const [candidate, state] of Object.entries(services)) {
      if (state.running && state.dependsOn.some((dependency) => same(dependency, target)) && !found.has(candidate)) {
        found.add(candidate);
        visit(candidate);
      }
    }
  };
  visit(name);
  return [...found];
}

function runNet(services: Record<string, ServiceState>, line: string) {
  const match = /^net (stop|start) (?:"([^"]+)"|(\S+))( \/y)?$/i.exec(line);
  if (!match) throw new ServiceCommandError(`not a modelled net command: ${line}`);
  const [, verb, quoted, bare, yes] = match;
  const name = lookup(services, (quoted ?? bare)!);
  if (verb!.toLowerCase() === 'start') return start(services, name);
  const dependents = runningDependents(services, name);
  if (dependents.length > 0 && !yes) {
    throw new ServiceCommandError(`net stop ${name} asks whether to stop ${dependents.join(', ')} too (Y/N); add /y`);
  }
  stop(services, name);
}

function runPowerShell(services: Record<string, ServiceState>, variables: Map<string, string[]>, line: string) {
  const assign = /^\$(\w+) = Get-Service -Name (\w+) -DependentServices \| Where-Object \{ \$_\.Status -eq 'Running' \}$/.exec(line);
  if (assign) {
    const name = lookup(services, assign[2]!);
    variables.set(assign[1]!.toLowerCase(), Object.keys(services).filter((candidate) => isRunningDirectDependent(services, candidate, name)));
    return;
  }
  const stopping = /^Stop-Service -Name (\w+)( -Force)?$/.exec(line);
  if (stopping) {
    const name = lookup(services, stopping[1]!);
    if (runningDependents(services, name).length > 0 && !stopping[2]) throw new ServiceCommandError(`Stop-Service ${name} needs -Force: other services depend on it`);
    return stop(services, name);
  }
  const starting = /^Start-Service -Name (\w+)$/.exec(line);
  if (starting) return start(services, lookup(services, starting[1]!));
  const piped = /^\$(\w+) \| Start-Service$/.exec(line);
  if (piped) {
    const names = variables.get(piped[1]!.toLowerCase());
    if (!names) throw new ServiceCommandError(`$${piped[1]} is not set`);
    for (const name of names) start(services, name);
    return;
  }
  // Reading state changes nothing.
  if (/^Get-Service -Name [\w, ]+$/.test(line)) return;
  throw new ServiceCommandError(`not a modelled PowerShell command: ${line}`);
}

function isRunningDirectDependent(services: Services, candidate: string, name: string): boolean {
  const state = services[candidate]!;
  return state.running && state.dependsOn.some((dependency) => same(dependency, name));
}

function stop(services: Record<string, ServiceState>, name: string) {
  for (const dependent of runningDependents(services, name)) services[dependent] = { ...services[dependent]!, running: false };
  services[name] = { ...services[name]!, running: false };
}

function start(services: Record<string, ServiceState>, name: string) {
  for (const dependency of services[name]!.dependsOn) start(services, lookup(services, dependency));
  services[name] = { ...services[name]!, running: true };
}

function lookup(services: Services, name: string): string {
  const found = Object.keys(services).find((candidate) => same(candidate, name));
  if (!found) throw new ServiceCommandError(`The service name is invalid: ${name} is not installed`);
  return found;
}

// Service names are not case-sensitive.
function same(left: string, right: string): boolean {
  return left.toLowerCase() === right.toLowerCase();
}
