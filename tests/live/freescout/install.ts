/**
 * FreeScout installed from the command line, as its documentation's manual install does: `.env`,
 * the app key, the migrations, an administrator, the public storage link, the generated JS vars
 * (the page loads public/storage/js/vars.js) and the `storage/.installed` marker that keeps the web
 * installer away.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../support/processes';
import type { FreescoutSeed } from './seed-data';
import type { Postgres } from './servers';

export async function installFreescout(appDir: string, origin: string, database: Postgres, agent: FreescoutSeed['agent']): Promise<void> {
  await writeFile(
    path.join(appDir, '.env'),
    [
      `APP_URL=${origin}`,
      'APP_KEY=',
      'DB_CONNECTION=pgsql',
      'DB_HOST=127.0.0.1',
      `DB_PORT=${database.port}`,
      `DB_DATABASE=${database.database}`,
      `DB_USERNAME=${database.user}`,
      'DB_PASSWORD=',
      '',
    ].join('\n'),
  );
  const artisan = (...args: string[]) => run('php', ['artisan', ...args], { cwd: appDir });
  await artisan('key:generate', '--force');
  await artisan('migrate', '--force');
  await artisan('freescout:create-user', '-n', '--role=admin', `--firstName=${agent.firstName}`, `--lastName=${agent.lastName}`, `--email=${agent.email}`, `--password=${agent.password}`);
  await artisan('storage:link');
  await artisan('freescout:generate-vars');
  await writeFile(path.join(appDir, 'storage', '.installed'), '');
}
