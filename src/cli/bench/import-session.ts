import { installProbe, type Probe } from '../bench-probe';
import { within } from './util';
import { Options } from './options';
import { Browsers, openSession, closeSession } from './browser';
import { measureImport, type ImportResult } from './import';

/** A fresh page over the published data, then the import scenario in it. */
export async function benchImport(
  browsers: Browsers,
  origin: string,
  csv: string,
  opts: Options,
): Promise<ImportResult> {
  const session = await openSession(browsers, [installProbe]);
  try {
    await session.page.goto(`${origin}/`, { waitUntil: 'commit', timeout: 60_000 });
    await within(
      session.page.waitForFunction(
        () => (window as unknown as { __bench: Probe }).__bench.load.readyAt !== null,
        undefined,
        {
          timeout: opts.loadTimeoutMs,
          polling: 200,
        },
      ),
      opts.loadTimeoutMs + 10_000,
    );
    return await measureImport(session, csv, opts.importRows, opts.loadTimeoutMs);
  } finally {
    await closeSession(browsers, session);
  }
}
