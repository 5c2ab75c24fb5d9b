import { rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A real Linux browser policy for one extension: Chromium reads every JSON file in
 * /etc/chromium/policies/managed at start and watches the folder after. Writing there needs root
 * (as these machines and CI run); the file is removed when the test is done, and on exit.
 */
export const CHROMIUM_MANAGED_POLICY_DIR = '/etc/chromium/policies/managed';

export interface ExtensionPolicyFile {
  readonly path: string;
  /** Replaces the extension's policy; a running Chromium notices within seconds. */
  write(policy: Record<string, unknown>): Promise<void>;
  remove(): Promise<void>;
}

export async function extensionPolicyFile(extensionId: string): Promise<ExtensionPolicyFile> {
  await mkdir(CHROMIUM_MANAGED_POLICY_DIR, { recursive: true });
  const file = path.join(CHROMIUM_MANAGED_POLICY_DIR, `listen-first-e2e-${process.pid}.json`);
  const removeNow = () => rm(file, { force: true });
  // Synchronous on exit: a policy left behind would apply to every later Chromium on the machine.
  const onExit = () => rmSync(file, { force: true });
  process.once('exit', onExit);
  return {
    path: file,
    write: (policy) => writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2)),
    remove: async () => {
      process.off('exit', onExit);
      await removeNow();
    },
  };
}
