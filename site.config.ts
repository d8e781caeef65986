/**
 * The one file a school edits to host the portal as its SEN information page.
 * Every field is checked when the site builds; a wrong value stops the build and names the field.
 * See README.md, "Set it up for your school".
 */
import type { SiteConfigInput } from './src/lib/site/config-schema';

const config: SiteConfigInput = {
  name: 'Example Primary School',
  tagline: 'SEN Support: guidance and plans for families and staff',
  senco: {
    name: 'Ms A. Example (SENCO)',
    email: 'senco@school.example',
    phone: '01234 567890',
  },
  localAuthority: {
    name: 'Example Council',
    localOfferUrl: 'https://www.example.gov.uk/local-offer',
    iassName: 'Example SENDIASS',
    iassUrl: 'https://www.example-sendiass.org.uk/',
  },
  colours: { primary: '#1d4f91', focus: '#ffbf47' },
  site: 'https://school.example',
  base: '/',
};

export default config;
