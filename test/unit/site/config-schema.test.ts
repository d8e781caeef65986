import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSiteConfig, type SiteConfigInput } from '../../../src/lib/site/config-schema';
import { contrastRatio } from '../../../src/lib/site/contrast';

const good: SiteConfigInput = {
  name: 'Example School',
  senco: { name: 'Ms Example', email: 'senco@school.example', phone: '01234 567890' },
  localAuthority: {
    name: 'Example Council',
    localOfferUrl: 'https://example.gov.uk/local-offer',
    iassName: 'Example SENDIASS',
    iassUrl: 'https://example-sendiass.org.uk/',
  },
  site: 'https://school.example',
};

function messageOf(raw: unknown): string {
  try {
    parseSiteConfig(raw);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('site configuration', () => {
  it('accepts a complete configuration and fills in defaults', () => {
    const config = parseSiteConfig(good);
    expect(config.base).toBe('/');
    expect(config.colours).toEqual({ primary: '#1d4f91', focus: '#ffbf47' });
  });

  it('names each bad field and says what to do', () => {
    const message = messageOf({
      ...good,
      senco: { name: 'Ms Example', email: 'not-an-email' },
      localAuthority: { ...good.localAuthority, iassUrl: 'http://insecure.example' },
      base: 'send',
    });
    expect(message).toMatch(/^site\.config\.ts has a problem/);
    expect(message).toContain('senco.email: Enter an email address');
    expect(message).toContain('localAuthority.iassUrl: Use a web address starting with https://');
    expect(message).toContain('base: Use "/" or a path like "/send/"');
  });

  it('refuses a brand colour that white text cannot be read on', () => {
    expect(messageOf({ ...good, colours: { primary: '#ffdd00' } })).toContain('colours.primary: This colour is too light');
    expect(messageOf({ ...good, colours: { focus: '#000080' } })).toContain('colours.focus');
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    expect(messageOf({ ...good, nmae: 'Typo' })).toContain('nmae');
  });

  it('never crashes on any input: it returns a config or throws a readable message (fuzz)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.webUrl(), fc.emailAddress());
    const arbitraryConfig = fc.record(
      {
        name: value,
        senco: fc.oneof(value, fc.record({ name: value, email: value, phone: value }, { requiredKeys: [] })),
        localAuthority: fc.oneof(value, fc.record({ name: value, localOfferUrl: value, iassName: value, iassUrl: value }, { requiredKeys: [] })),
        colours: fc.oneof(value, fc.record({ primary: value, focus: value }, { requiredKeys: [] })),
        site: value,
        base: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(arbitraryConfig, fc.anything()), (raw) => {
        const message = messageOf(raw);
        if (message) {
          expect(message).toMatch(/^site\.config\.ts has a problem\. Fix these fields and build again:\n  - /);
          expect(message).not.toMatch(/undefined|\[object Object\]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('contrast ratio', () => {
  it('matches the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
