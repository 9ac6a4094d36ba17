import { detectLanguage } from './language';

describe('language detection', () => {
  it('tells the seeds’ languages apart', () => {
    // Sentences from the Dutch and Estonian job descriptions in the seeds.
    expect(
      detectLanguage(
        "Het beroep van accountmanager is altijd bijzonder populair geweest bij zoekers naar snelle carrièrescenario's. De huidige werkgevers zijn echter veel kritischer geworden.",
      ),
    ).toBe('nl');
    expect(
      detectLanguage(
        'Võtmekliendihalduri ametikohale nimetatakse kõrgharidusega ja vähemalt 2-aastase müügikogemusega isik. Planeerib iganädalase klientide külastamise ja helistamise ajakava.',
      ),
    ).toBe('et');
    expect(
      detectLanguage(
        'Account manager with eight years in B2B software. I look after 30 customers across the UK and managed accounts worth €2M a year.',
      ),
    ).toBe('en');
  });

  it('says nothing when too few words tell', () => {
    expect(detectLanguage('Salesforce CRM')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
