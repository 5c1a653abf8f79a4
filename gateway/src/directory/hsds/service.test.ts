import { hsdsValidators, violations } from '../../../test/hsds-schemas';
import { publicActivity } from '../../../test/public-activity';
import { publicLinks } from '../links';
import { hsdsService, hsdsServiceSummary } from './service';

describe('an activity as an HSDS service', () => {
  const validators = hsdsValidators();
  const links = publicLinks('https://aanbod.example.be/directory/');

  it('is valid against the official schemas, full and summary, in every language', () => {
    for (const language of ['nl', 'fr', 'en'] as const) {
      const full = hsdsService(publicActivity(), { language, links });
      expect(violations(validators.responses.get('/services/{id}')!, full)).toEqual([]);
      const page = { total_items: 1, contents: [hsdsServiceSummary(publicActivity(), { language })] };
      expect(violations(validators.responses.get('/services')!, page)).toEqual([]);
    }
  });

  it('says what the public offer says, in the asked language', () => {
    const service = hsdsService(publicActivity(), { language: 'en', links });
    expect(service).toMatchObject({
      id: publicActivity().id,
      organization_id: '0a000000-0000-4000-8000-000000000004',
      name: 'Atelier dessin et peinture',
      description: 'Wekelijks atelier met een kunstenaar.',
      url: 'https://aanbod.example.be/directory/activities/6f1d0c1e-8e4a-4d5b-9a57-1b2f3c4d5e6f?lang=en',
      status: 'active',
      application_process: 'Enrolment without screening.',
      eligibility_description: 'For men and women in prison, on remand or convicted.',
      organization: {
        name: 'Cultuurhuis Achter de Muren',
        description: 'Partner organisation.',
        website: 'https://example.org/cultuurhuis',
      },
      languages: [
        { code: 'nl', name: 'Dutch' },
        { code: 'fr', name: 'French' },
      ],
    });
    expect(service.schedules[0].schedule_link).toBe(
      'https://aanbod.example.be/directory/ical/activities/6f1d0c1e-8e4a-4d5b-9a57-1b2f3c4d5e6f.ics?lang=en',
    );
    expect(service.service_at_locations[0].location).toMatchObject({
      name: 'Prison de Haren',
      description: 'Prison in Brussels',
      external_identifier: 'HAREN',
    });
  });

  it('leaves out what the answer does not have: no links without a public address, no organisation while it is unknown', () => {
    const service = hsdsService(publicActivity({ organisation: null, summary: null, screeningRequired: undefined }), { language: 'nl' });
    for (const field of ['url', 'organization', 'organization_id', 'description', 'application_process'])
      expect(service).not.toHaveProperty(field);
    expect(service.schedules[0]).not.toHaveProperty('schedule_link');
    expect(violations(validators.responses.get('/services/{id}')!, service)).toEqual([]);
  });

  it('never holds a website that is not a web address', () => {
    const service = hsdsServiceSummary(
      publicActivity({
        organisation: { id: '0a000000-0000-4000-8000-000000000004', name: 'X', contact: { website: 'javascript:alert(1)' } },
      }),
      { language: 'nl' },
    );
    expect(service.organization).not.toHaveProperty('website');
  });
});
