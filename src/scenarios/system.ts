/**
 * The system module of a spec, for the generic scenarios. Imported lazily: `systems.ts` registers the
 * generic scenarios, so a static import from here would be an import cycle (a scenario module loaded
 * first would see the registry half-initialised).
 */
import type { LoadedSpec } from '../spec/index.js';
import type { SystemModule } from '../engine/system.js';

export async function systemFor(spec: LoadedSpec): Promise<SystemModule> {
  const { systemOf } = await import('../systems/index.js');
  return systemOf(spec);
}
