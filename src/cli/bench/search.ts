import { pastDeadline } from './util';
import { SEARCH_WORDS, Options } from './options';
import { Session } from './browser';
import { AppResult, runInPage, waitIdle, record } from './app-run';

/** A search typed into the link (as a shared link or Back would bring it), then cleared: until all views agree. */
export async function measureSearch(session: Session, opts: Options, result: AppResult): Promise<boolean> {
  const { page } = session;
  const started = performance.now();
  for (let k = 0; k < opts.zooms; k++) {
    if (performance.now() - started > opts.budgetMs.zoom || pastDeadline()) {
      result.notes.push(`search: stopped after ${k} runs (phase budget)`);
      break;
    }
    const word = SEARCH_WORDS[k % SEARCH_WORDS.length]!;
    const r = await runInPage(
      page,
      { trigger: 'hash', hash: `q=${word}`, list: true, timeoutMs: opts.timeoutMs },
      null,
    );
    if (r === 'unresponsive') {
      result.search.timeouts++;
      return false;
    }
    if (!record(result.search, r)) break;
    await waitIdle(page, 200, 20_000);
    const back = await runInPage(page, { trigger: 'hash', hash: '', list: true, timeoutMs: opts.timeoutMs }, null);
    if (back === 'unresponsive') return false;
    await waitIdle(page, 200, 20_000);
  }
  return true;
}
