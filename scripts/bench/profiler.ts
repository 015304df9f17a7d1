/**
 * A V8 CPU profile of just the measured window (node:inspector, this thread), written as a
 * `.cpuprofile` that Chrome DevTools opens; `--cpu-prof` would also cover startup and server start.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

export async function startProfile(): Promise<{ stop(path: string): Promise<unknown> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop(path) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      await writeFile(path, JSON.stringify(profile));
      return profile;
    },
  };
}
