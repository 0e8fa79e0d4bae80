import type { ToolCommands } from '@/lib/iis/provider-change';
import { Command } from './command';

/** Each tool's change beside its own undo, and what the undo does: shared by the IIS components. */
export function IisToolCommands({ tools }: { tools: readonly ToolCommands[] }) {
  return tools.map((tool) => (
    <div className="iis-commands-tool" key={tool.tool}>
      <p className="iis-commands-tool-name">With {tool.tool}</p>
      <Command shell={tool.shell} title={`${tool.tool}, make the change`} code={tool.apply} />
      <Command shell={tool.shell} title={`${tool.tool}, undo`} code={tool.undo} />
      <p className="iis-commands-undo">
        <strong>The undo:</strong> {tool.undoEffect}
      </p>
    </div>
  ));
}

/** Unreachable in a build (the content check refuses the record); says so rather than print a wrong command. */
export function InvalidIisRecord() {
  return <p role="alert">This fix has an invalid IIS record; the content check explains why.</p>;
}
