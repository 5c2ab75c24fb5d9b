/**
 * osTicket's two servers, started from Debian's packages without systemd, each on a free loopback
 * port with everything it writes in the bring-up's temp directory: MariaDB on a private datadir,
 * Apache with mod_php on its own config file (osTicket under PHP's built-in server thinks it runs
 * from the command line, and its API refuses). Both run in their own process groups, stopped by PID.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort, run, startServer, waitForPort } from '../support/processes';

const IS_ROOT = process.getuid?.() === 0;

export interface Mariadb {
  pid: number;
  port: number;
  /** Runs SQL as the database's root user over its socket; returns what the client printed (tab-separated, no headers). */
  sql(statements: string, database?: string): Promise<string>;
}

export async function startMariadb(dir: string): Promise<Mariadb> {
  const datadir = path.join(dir, 'mariadb');
  const socket = path.join(dir, 'mariadb.sock');
  await mkdir(datadir);
  const asUser = IS_ROOT ? ['--user=root'] : [];
  await run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, ...asUser, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve']);
  const port = await freePort();
  const pid = startServer(
    'mariadbd',
    ['--no-defaults', `--datadir=${datadir}`, `--port=${port}`, '--bind-address=127.0.0.1', `--socket=${socket}`, `--pid-file=${path.join(dir, 'mariadb.pid')}`, ...asUser, '--skip-name-resolve', '--skip-log-bin'],
    path.join(dir, 'mariadb.log'),
  );
  await waitForPort(port, pid, 'MariaDB');
  return {
    pid,
    port,
    sql: (statements, database) => run('mariadb', ['--no-defaults', '-uroot', `--socket=${socket}`, '--batch', '--skip-column-names', ...(database ? [database] : [])], { input: statements }),
  };
}

/** Apache serving `webRoot` with mod_php; as root its workers run as www-data, so the tree is made readable. */
export async function startApache(dir: string, webRoot: string): Promise<{ pid: number; port: number }> {
  const port = await freePort();
  const modules = '/usr/lib/apache2/modules';
  const config = [
    'ServerRoot /etc/apache2',
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile ${path.join(dir, 'apache.pid')}`,
    `ErrorLog ${path.join(dir, 'apache-error.log')}`,
    'LogLevel warn',
    ...(IS_ROOT ? ['User www-data', 'Group www-data'] : []),
    ...[
      ['mpm_prefork_module', 'mod_mpm_prefork.so'],
      ['authz_core_module', 'mod_authz_core.so'],
      ['dir_module', 'mod_dir.so'],
      ['mime_module', 'mod_mime.so'],
      ['rewrite_module', 'mod_rewrite.so'],
      ['php_module', 'libphp8.2.so'],
    ].map(([name, file]) => `LoadModule ${name} ${modules}/${file}`),
    'TypesConfig /etc/mime.types',
    'StartServers 2',
    'MinSpareServers 2',
    'MaxSpareServers 4',
    'MaxRequestWorkers 8',
    `DocumentRoot ${webRoot}`,
    'DirectoryIndex index.php index.html',
    `<Directory ${webRoot}>`,
    '  AllowOverride All',
    '  Require all granted',
    '</Directory>',
    '<FilesMatch "\\.php$">',
    '  SetHandler application/x-httpd-php',
    '</FilesMatch>',
  ].join('\n');
  const configFile = path.join(dir, 'apache.conf');
  await writeFile(configFile, `${config}\n`);
  // mkdtemp makes the directory private to its owner; Apache's workers must reach the web root.
  await chmod(dir, 0o755);
  const pid = startServer('apache2', ['-f', configFile, '-DFOREGROUND'], path.join(dir, 'apache.log'));
  await waitForPort(port, pid, 'Apache');
  return { pid, port };
}
