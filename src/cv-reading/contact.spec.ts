import { readContact } from './contact';
import { splitLines } from './lines';
import { findSections } from './sections';

const contact = (text: string) => {
  const lines = splitLines(text);
  return readContact(lines, findSections(lines));
};

describe('contact details', () => {
  it('reads name, e-mail and phone with their spans', () => {
    const text = 'Curriculum Vitae\nKandidaat Zeven\nkandidaat.zeven@example.com · +31 6 12 34 56 78 · Utrecht\n';
    const read = contact(text);
    expect(read.name?.value).toBe('Kandidaat Zeven');
    expect(read.email?.value).toBe('kandidaat.zeven@example.com');
    expect(read.phone?.value).toBe('+31 6 12 34 56 78');
    for (const value of [read.name, read.email, read.phone]) {
      expect(text.slice(value!.span.start, value!.span.end)).toBe(value!.value);
    }
  });

  it.each([
    ['Telefoon: 06-12345678', '06-12345678'],
    ['Tel. +372 5123 4567', '+372 5123 4567'],
    ['Telefon: 5123 4567', '5123 4567'],
    ['Mobile: +44 7700 900123', '+44 7700 900123'],
    ['Mobiel 020 123 4567', '020 123 4567'],
  ])('reads the phone in %s', (line, phone) => {
    expect(contact(`Kandidaat Acht\n${line}`).phone?.value).toBe(phone);
  });

  it('takes no dates or postcodes for a phone number', () => {
    expect(contact('Kandidaat Acht\n2019 – 2021\n3511 AB Utrecht\n01.03.2017').phone).toBeNull();
  });

  it('reads a labelled name and names with particles', () => {
    expect(contact('Naam: Kandidaat van der Acht\nE-mail: acht@example.org').name?.value).toBe(
      'Kandidaat van der Acht',
    );
    expect(contact('Nimi: Kandidaat Kaheksa').name?.value).toBe('Kandidaat Kaheksa');
  });

  it('reads the name from a line that also calls the document a CV written as a letter', () => {
    expect(contact('Kandidaat Elf – curriculum vitae in briefvorm\nelf@example.net').name?.value).toBe('Kandidaat Elf');
  });

  it('skips headings, titles and skill lists when looking for the name', () => {
    const read = contact('PERSOONLIJKE GEGEVENS\nAccountmanager Zakelijke Markt\nCandidate Seven\nseven@example.net');
    expect(read.name?.value).toBe('Candidate Seven');
  });

  it('finds the name after a sidebar, beside the contact lines', () => {
    const read = contact(
      'SKILLS\nNegotiation\nCustomer Focus\nLANGUAGES\nEnglish – native\nCandidate Seven\nseven@example.net\n',
    );
    expect(read.name?.value).toBe('Candidate Seven');
  });
});

describe('contact details from a narrow PDF column', () => {
  it('joins an e-mail address broken after the domain', () => {
    const text = 'Kandidaat Twaalf\n• kandidaat.twaalf@example\n.com\n';
    const read = contact(text);
    expect(read.email?.value).toBe('kandidaat.twaalf@example.com');
    expect(read.email!.confidence).toBeLessThan(0.9);
    expect(text.slice(read.email!.span.start, read.email!.span.end)).toBe('kandidaat.twaalf@example\n.com');
  });
});

describe('Dutch and Belgian numbers as people write them', () => {
  it('reads an area code set apart by a dash, and a Belgian landline on its own line', () => {
    expect(contact('duizendtien@example.net · 013 – 582 40 19 · Tilburg').phone?.value).toBe('013 – 582 40 19');
    expect(contact('KONTAKT\n• k@example.org\n• 09 245 71 38\n• 0486 71 20 54 (gsm)').phone?.value).toBe(
      '09 245 71 38',
    );
    expect(contact('Omzet 2025: 245 71 38 euro\nk@example.org').phone).toBeNull();
  });
});

describe('British phone numbers', () => {
  it('reads the national form with eleven digits', () => {
    expect(contact('Candidate Seven\nseven@example.net · 07700 900789 · Leeds').phone?.value).toBe('07700 900789');
  });
});

describe('Estonian numbers without a country code', () => {
  it('reads one on the contact line, or alone on its line', () => {
    expect(contact('Kandidaat Seitse\nseitse@example.com · 5890 2211 · Tallinn').phone?.value).toBe('5890 2211');
    expect(contact('Kandidaat Seitse\n5123 4567').phone?.value).toBe('5123 4567');
  });

  it('takes no figure in prose for one', () => {
    expect(contact('Kandidaat Seitse\nKäive kasvas 5890 2211 euroni').phone).toBeNull();
  });
});

describe('national numbers with the area code in brackets', () => {
  it('keeps the bracket', () => {
    expect(contact('Kandidaat Acht\nacht@example.com · (010) 123 45 67').phone?.value).toBe('(010) 123 45 67');
  });
});

describe('North American numbers', () => {
  it.each([
    ['candidate@example.com · (555) 010-0199 · Denver', '(555) 010-0199'],
    ['Phone: 555-010-0188', '555-010-0188'],
    ['Mobile 555.010.0177', '555.010.0177'],
    ['(555) 010-0166', '(555) 010-0166'],
    ['+1 555 010 0155', '+1 555 010 0155'],
  ])('reads %s', (line, phone) => {
    expect(contact(`Candidate Nine\n${line}`).phone?.value).toBe(phone);
  });

  it('takes no ten-digit figure in prose, nor mixed separators, for one', () => {
    expect(contact('Candidate Nine\nGrew the book from 555-010-0199 accounts').phone).toBeNull();
    expect(contact('Candidate Nine\nReference 555-010.0199').phone).toBeNull();
  });
});

describe('a name line that names the document too', () => {
  it.each([
    ['Curriculum vitae – Jordan Example', 'Jordan Example'],
    ['CV: Jordan Example', 'Jordan Example'],
    ['Résumé of Jordan Example', 'Jordan Example'],
    ['Jordan Example – CV', 'Jordan Example'],
    ['Jordan Example | Curriculum Vitae', 'Jordan Example'],
    ['Elulookirjeldus – Kandidaat Üheksa', 'Kandidaat Üheksa'],
    ['Elulookirjeldus: Kandidaat Üheksa', 'Kandidaat Üheksa'],
    ['CV Kandidaat Elf', 'Kandidaat Elf'],
    ['Cv van Kandidaat Elf', 'Kandidaat Elf'],
    ['María José Fernández García López', 'María José Fernández García López'],
  ])('reads the name in %s, with its span', (line, name) => {
    const text = `${line}\njordan@example.com`;
    const read = contact(text);
    expect(read.name?.value).toBe(name);
    expect(text.slice(read.name!.span.start, read.name!.span.end)).toBe(name);
  });

  it('still takes no bare document title for a name', () => {
    expect(contact('Curriculum Vitae\njordan@example.com').name).toBeNull();
    expect(contact('CV writing and interview coaching\njordan@example.com').name).toBeNull();
  });
});

describe('names in forms and bilingual titles', () => {
  it('reads the name from the old Europass row and after a title with its translation', () => {
    expect(
      contact(
        'Curriculum Vitae\nEuropass\n\nPERSONAL INFORMATION\nFirst name(s) / Surname(s): Candidate Seven\nc7@example.net',
      ).name?.value,
    ).toBe('Candidate Seven');
    expect(contact('CV / Резюме – Kandidaat Seitse\n\nKONTAKT\n• k7.maardu@example.org').name?.value).toBe(
      'Kandidaat Seitse',
    );
  });
});
