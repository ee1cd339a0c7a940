import { describe, expect, it } from 'vitest';
import { cspString, policyProblems, securityHeaders, withRemoteBasemap } from './csp';

describe('the shipped policy', () => {
  it('is strict', () => {
    expect(policyProblems(cspString())).toEqual([]);
  });

  it('is what the server headers send, with no referrer', () => {
    expect(securityHeaders()['Content-Security-Policy']).toBe(cspString());
    expect(securityHeaders()['Referrer-Policy']).toBe('no-referrer');
  });
});

describe('policyProblems', () => {
  it.each([
    ["default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'", /unsafe-inline/],
    ["default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'", /unsafe-eval/],
    ["default-src *; object-src 'none'; base-uri 'none'", /any origin/],
    ["default-src 'self'; img-src https:; object-src 'none'; base-uri 'none'", /any origin/],
    ["default-src 'self'; connect-src https://tiles.example.org; object-src 'none'; base-uri 'none'", /another origin/],
    ["default-src 'self'; base-uri 'none'", /object-src/],
    ["default-src 'self'; object-src 'none'", /base-uri/],
    ["script-src 'self'; object-src 'none'; base-uri 'none'", /default-src/],
    ["default-src 'self'; script-src 'self' blob:; object-src 'none'; base-uri 'none'", /data: or blob:/],
  ])('rejects %s', (policy, problem) => {
    expect(policyProblems(policy).join('\n')).toMatch(problem);
  });
});

describe('withRemoteBasemap', () => {
  it('leaves the shipped policy alone unless a remote basemap is opted into', () => {
    expect(cspString(withRemoteBasemap([]))).toBe(cspString());
  });

  it('opens only the named origins, and only for data, images and fonts', () => {
    const policy = cspString(withRemoteBasemap(['https://tiles.example.org']));
    expect(policy).toContain("connect-src 'self' https://tiles.example.org");
    expect(policy).toContain("script-src 'self';");
    expect(policyProblems(policy).sort()).toEqual(
      ['connect-src', 'font-src', 'img-src'].map((d) => `${d} allows another origin (https://tiles.example.org)`),
    );
  });
});
