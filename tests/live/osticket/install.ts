/**
 * osTicket's own installer, driven as a person would: setup/install.php read once (it starts the
 * installer's session), then its form posted with `s=install`. Afterwards the config file is made
 * read-only and setup/ removed, as osTicket asks of every installation.
 */
import { chmod, copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { HttpSession } from '../support/http-session';

export interface OsticketAgent {
  username: string;
  password: string;
  name: string;
  email: string;
}

/** The administrator the installer creates: the agent the live tests sign in as. */
export const OSTICKET_AGENT: OsticketAgent = { username: 'alex', password: 'Listen-first-live-1', name: 'Alex Agent', email: 'alex@northwind.test' };
export const HELPDESK_NAME = 'Northwind Support';
export const HELPDESK_EMAIL = 'support@northwind.test';

export async function installOsticket(webRoot: string, origin: string, database: { port: number; name: string; user: string; password: string }): Promise<void> {
  const configFile = path.join(webRoot, 'include', 'ost-config.php');
  await copyFile(path.join(webRoot, 'include', 'ost-sampleconfig.php'), configFile);
  // The installer (Apache's user) writes the config file.
  await chmod(configFile, 0o666);
  const http = new HttpSession(origin);
  await http.text('/setup/install.php');
  const [firstName, lastName] = OSTICKET_AGENT.name.split(' ') as [string, string];
  const answer = await http.text(
    '/setup/install.php',
    {
      form: {
        s: 'install',
        name: HELPDESK_NAME,
        email: HELPDESK_EMAIL,
        lang_id: 'en_US',
        fname: firstName,
        lname: lastName,
        admin_email: OSTICKET_AGENT.email,
        username: OSTICKET_AGENT.username,
        passwd: OSTICKET_AGENT.password,
        passwd2: OSTICKET_AGENT.password,
        prefix: 'ost_',
        dbhost: `127.0.0.1:${database.port}`,
        dbname: database.name,
        dbuser: database.user,
        dbpass: database.password,
        timezone: 'UTC',
      },
    },
    [200, 302],
  );
  if (!/Congratulations/i.test(answer)) throw new Error(`osTicket's installer did not finish: ${answer.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').slice(0, 400)}`);
  await chmod(configFile, 0o644);
  await rm(path.join(webRoot, 'setup'), { recursive: true, force: true });
}
