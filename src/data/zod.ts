/**
 * zod, configured before any schema is built. Without `jitless`, building an
 * object schema probes `new Function`, which the Content-Security-Policy
 * forbids: every schema module imports `z` from here, never from 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
