/**
 * A Europass CV as the Europass editor embeds it in its PDFs: the XML (root SkillsPassport,
 * labels in Dutch as a Dutch user's editor writes them, codes for languages and levels) and
 * the same CV as JSON. The person and the firms are made up.
 */
export const EUROPASS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="nl">
  <DocumentInfo><DocumentType>ECV</DocumentType><XSDVersion>V3.3</XSDVersion></DocumentInfo>
  <LearnerInfo>
    <Identification>
      <PersonName><FirstName>Candidate</FirstName><Surname>Europass</Surname></PersonName>
      <ContactInfo>
        <Address><Contact>
          <AddressLine>Voorbeeldstraat 12</AddressLine><PostalCode>3011 AB</PostalCode>
          <Municipality>Rotterdam</Municipality><Country><Code>NL</Code><Label>Nederland</Label></Country>
        </Contact></Address>
        <Email><Contact>candidate.europass@example.com</Contact></Email>
        <TelephoneList><Telephone><Contact>+31 6 12 34 56 78</Contact><Use><Code>mobile</Code></Use></Telephone></TelephoneList>
      </ContactInfo>
    </Identification>
    <WorkExperienceList>
      <WorkExperience>
        <Period><From year="2019" month="--03"/><Current>true</Current></Period>
        <Position><Label>Key account manager</Label></Position>
        <Activities>&lt;ul&gt;&lt;li&gt;Beheer van 25 nationale klanten&lt;/li&gt;&lt;li&gt;Nieuwe klanten werven &amp;amp; offertes opstellen&lt;/li&gt;&lt;/ul&gt;</Activities>
        <Employer>
          <Name>Noordvaart Logistiek B.V.</Name>
          <ContactInfo><Address><Contact><Municipality>Rotterdam</Municipality><Country><Code>NL</Code><Label>Nederland</Label></Country></Contact></Address></ContactInfo>
        </Employer>
      </WorkExperience>
      <WorkExperience>
        <Period><From year="2015" month="--09"/><To year="2019" month="--02"/></Period>
        <Position><Label>Sales representative</Label></Position>
        <Activities>Verkoop van kantoorartikelen aan het MKB in de regio Utrecht.</Activities>
        <Employer><Name>Delta Handel</Name></Employer>
      </WorkExperience>
    </WorkExperienceList>
    <EducationList>
      <Education>
        <Period><From year="2011" month="--09"/><To year="2015" month="--06"/></Period>
        <Title>Bachelor Commerciële Economie</Title>
        <Organisation><Name>Hogeschool Rotterdam</Name></Organisation>
        <Level><Code>6</Code><Label>EQF-niveau 6</Label></Level>
      </Education>
    </EducationList>
    <Skills>
      <Linguistic>
        <MotherTongueList><MotherTongue><Description><Code>nl</Code><Label>Nederlands</Label></Description></MotherTongue></MotherTongueList>
        <ForeignLanguageList>
          <ForeignLanguage>
            <Description><Code>de</Code><Label>Duits</Label></Description>
            <ProficiencyLevel><Listening>B2</Listening><Reading>B2</Reading><SpokenInteraction>B1</SpokenInteraction><SpokenProduction>B1</SpokenProduction><Writing>B1</Writing></ProficiencyLevel>
            <VerifiedBy><Certificate><Title>Goethe-Zertifikat</Title><Level>B2</Level></Certificate></VerifiedBy>
          </ForeignLanguage>
          <ForeignLanguage>
            <Description><Code>en</Code><Label>Engels</Label></Description>
            <ProficiencyLevel><Listening>C1</Listening><Reading>C1</Reading><SpokenInteraction>C1</SpokenInteraction><SpokenProduction>C1</SpokenProduction><Writing>B2</Writing></ProficiencyLevel>
          </ForeignLanguage>
        </ForeignLanguageList>
      </Linguistic>
      <Driving><Description><Licence>B</Licence></Description></Driving>
    </Skills>
  </LearnerInfo>
</SkillsPassport>
`;

/** The same CV in Europass JSON: arrays instead of "…List" elements, dates as numbers. */
export const EUROPASS_JSON = JSON.stringify({
  SkillsPassport: {
    Locale: 'et',
    LearnerInfo: {
      Identification: {
        PersonName: { FirstName: 'Candidate', Surname: 'Europass' },
        ContactInfo: {
          Email: { Contact: 'candidate.europass@example.com' },
          Telephone: [{ Contact: '+372 5123 4567', Use: { Code: 'mobile' } }],
        },
      },
      WorkExperience: [
        {
          Period: { From: { Year: 2020, Month: 1 }, Current: true },
          Position: { Label: 'Müügijuht' },
          Activities: '<p>30 ärikliendi haldamine</p>',
          Employer: { Name: 'Põhjatuul OÜ', ContactInfo: { Address: { Contact: { Municipality: 'Tallinn' } } } },
        },
        {
          Period: { From: { Year: 2016, Month: 5 }, To: { Year: 2019, Month: 12 } },
          Position: { Label: 'Account manager' },
          Employer: { Name: 'Kontor AS' },
        },
      ],
      Education: [
        {
          Period: { From: { Year: 2012 }, To: { Year: 2016 } },
          Title: 'Master of Business Administration',
          Organisation: { Name: 'Tartu Ülikool' },
        },
      ],
      Skills: {
        Linguistic: {
          MotherTongue: [{ Description: { Code: 'et', Label: 'eesti' } }],
          ForeignLanguage: [
            {
              Description: { Code: 'en', Label: 'inglise' },
              ProficiencyLevel: {
                Listening: 'C1',
                Reading: 'C1',
                SpokenInteraction: 'B2',
                SpokenProduction: 'B2',
                Writing: 'B2',
              },
            },
          ],
        },
        Driving: { Description: ['B', 'C'] },
      },
    },
  },
});
