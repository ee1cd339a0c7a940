/**
 * The Content-Security-Policy the app ships with: as a <meta> tag in the built
 * index.html (for static hosts) and as a header from the preview server (and
 * in the README's server examples). Everything is same-origin; MapLibre's
 * worker is a same-origin file, so no blob: worker is needed.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'manifest-src': ["'self'"],
};

/**
 * The policy widened for an opted-in remote basemap: its origins may serve
 * style, tiles, glyphs and sprites. Never used unless the build asks for it.
 */
export function withRemoteBasemap(origins: string[]): Record<string, string[]> {
  if (origins.length === 0) return CSP_DIRECTIVES;
  const add = (name: string) => [...(CSP_DIRECTIVES[name] ?? []), ...origins];
  return {
    ...CSP_DIRECTIVES,
    'connect-src': add('connect-src'),
    'img-src': add('img-src'),
    'font-src': add('font-src'),
  };
}

export function cspString(directives: Record<string, string[]> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Headers for any server that hosts the app (the preview server sends exactly these). */
export function securityHeaders(directives: Record<string, string[]> = CSP_DIRECTIVES): Record<string, string> {
  return {
    'Content-Security-Policy': cspString(directives),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Problems that would make a policy unsafe for this app; empty when it is strict. */
export function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  for (const [name, values] of directives) {
    for (const v of values) {
      if (v === "'unsafe-inline'" || v === "'unsafe-eval'" || v === "'unsafe-hashes'" || v === "'wasm-unsafe-eval'") {
        problems.push(`${name} allows ${v}`);
      }
      if (v === '*' || v.includes('*') || v === 'http:' || v === 'https:')
        problems.push(`${name} allows any origin (${v})`);
      if (/^https?:\/\//.test(v)) problems.push(`${name} allows another origin (${v})`);
    }
  }
  if (!directives.has('default-src')) problems.push('default-src is missing');
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push("object-src must be 'none'");
  if (directives.get('base-uri')?.join(' ') !== "'none'") problems.push("base-uri must be 'none'");
  const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
  if (scripts.some((v) => v === 'data:' || v === 'blob:')) problems.push('script-src allows data: or blob:');
  return problems;
}
