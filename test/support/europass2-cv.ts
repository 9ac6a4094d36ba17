/**
 * A CV as the Europass editor used since 2020 embeds it in its PDFs: the Europass2 XML (root
 * Candidate, HR-XML 3 with the hr:, oa: and eures: namespaces), codes for languages, levels
 * and countries, descriptions as escaped HTML. The person and the firms are made up.
 */
export const EUROPASS2_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Candidate xsi:schemaLocation="http://www.europass.eu/1.0 Candidate.xsd" xmlns="http://www.europass.eu/1.0"
    xmlns:oa="http://www.openapplications.org/oagis/9" xmlns:eures="http://www.europass_eures.eu/1.0"
    xmlns:hr="http://www.hr-xml.org/3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <hr:DocumentID schemeID="Example-0002" schemeName="DocumentIdentifier" schemeAgencyName="EUROPASS" schemeVersionID="4.0"/>
  <CandidateSupplier>
    <hr:PartyID schemeID="Example-0002" schemeName="PartyID" schemeAgencyName="EUROPASS" schemeVersionID="1.0"/>
    <hr:PartyName>Owner</hr:PartyName>
    <PersonContact>
      <PersonName><oa:GivenName>Supplier</oa:GivenName><hr:FamilyName>Contact</hr:FamilyName></PersonName>
    </PersonContact>
    <hr:PrecedenceCode>1</hr:PrecedenceCode>
  </CandidateSupplier>
  <CandidatePerson>
    <PersonName><oa:GivenName>Candidate</oa:GivenName><hr:FamilyName>Europass Two</hr:FamilyName></PersonName>
    <Communication><ChannelCode>Email</ChannelCode><oa:URI>candidate.europass2@example.com</oa:URI></Communication>
    <Communication>
      <ChannelCode>MobileTelephone</ChannelCode><UseCode>personal</UseCode>
      <CountryDialing>31</CountryDialing><oa:DialNumber>6 12 34 56 78</oa:DialNumber>
    </Communication>
    <Communication>
      <UseCode>home</UseCode>
      <Address type="home">
        <oa:AddressLine>Voorbeeldstraat 12</oa:AddressLine><oa:CityName>Rotterdam</oa:CityName>
        <CountryCode>nl</CountryCode><oa:PostalCode>3011 AB</oa:PostalCode>
      </Address>
    </Communication>
    <Communication><ChannelCode>Web</ChannelCode><oa:URI>https://example.com/candidate</oa:URI></Communication>
    <NationalityCode>nl</NationalityCode>
    <PrimaryLanguageCode name="NORMAL">nld</PrimaryLanguageCode>
  </CandidatePerson>
  <CandidateProfile languageCode="nl">
    <hr:ID schemeID="Example-0002" schemeName="CandidateProfileID" schemeAgencyName="EUROPASS" schemeVersionID="1.0"/>
    <EmploymentHistory>
      <EmployerHistory>
        <hr:OrganizationName>Havenlijn Transport B.V.</hr:OrganizationName>
        <OrganizationContact><Communication><Address>
          <oa:CityName>Rotterdam</oa:CityName><CountryCode>nl</CountryCode>
        </Address></Communication></OrganizationContact>
        <PositionHistory>
          <PositionTitle typeCode="FREETEXT">Logistiek coördinator</PositionTitle>
          <eures:EmploymentPeriod>
            <eures:StartDate><hr:FormattedDateTime>2021-04-01</hr:FormattedDateTime></eures:StartDate>
            <hr:CurrentIndicator>true</hr:CurrentIndicator>
          </eures:EmploymentPeriod>
          <oa:Description>&lt;ul&gt;&lt;li&gt;Planning van 40 vrachtwagens per dag&lt;/li&gt;&lt;li&gt;Contact met vervoerders &amp;amp; klanten&lt;/li&gt;&lt;/ul&gt;</oa:Description>
          <City>Rotterdam</City><Country>nl</Country>
        </PositionHistory>
      </EmployerHistory>
      <EmployerHistory>
        <hr:OrganizationName>Läänemere Logistika OÜ</hr:OrganizationName>
        <PositionHistory>
          <PositionTitle typeCode="FREETEXT">Projektijuht</PositionTitle>
          <eures:EmploymentPeriod>
            <eures:StartDate><hr:FormattedDateTime>2017-09</hr:FormattedDateTime></eures:StartDate>
            <eures:EndDate><hr:FormattedDateTime>2021-03-31</hr:FormattedDateTime></eures:EndDate>
            <hr:CurrentIndicator>false</hr:CurrentIndicator>
          </eures:EmploymentPeriod>
          <oa:Description>&lt;p&gt;Laoprojektide juhtimine Tallinnas ja Tartus.&lt;/p&gt;</oa:Description>
          <City>Tallinn</City><Country>ee</Country>
        </PositionHistory>
      </EmployerHistory>
    </EmploymentHistory>
    <EducationHistory>
      <EducationOrganizationAttendance>
        <hr:OrganizationName>Hogeschool Voorbeeldstad</hr:OrganizationName>
        <OrganizationContact><Communication><Address>
          <oa:CityName>Delft</oa:CityName><CountryCode>nl</CountryCode>
        </Address></Communication></OrganizationContact>
        <EducationLevelCode>7</EducationLevelCode>
        <AttendancePeriod>
          <StartDate><hr:FormattedDateTime>2015-09-01</hr:FormattedDateTime></StartDate>
          <EndDate><hr:FormattedDateTime>2017-06-30</hr:FormattedDateTime></EndDate>
          <Ongoing>false</Ongoing>
        </AttendancePeriod>
        <EducationDegree>
          <hr:DegreeName>Master of Science in Supply Chain Management</hr:DegreeName>
          <OccupationalSkillsCovered>&lt;p&gt;Scriptie over havenlogistiek&lt;/p&gt;</OccupationalSkillsCovered>
        </EducationDegree>
      </EducationOrganizationAttendance>
    </EducationHistory>
    <eures:Licenses><eures:License><hr:LicenseTypeCode>B</hr:LicenseTypeCode></eures:License></eures:Licenses>
    <Certifications>
      <Certification>
        <hr:CertificationName>VCA Basisveiligheid</hr:CertificationName>
        <hr:IssuingAuthority>Stichting Voorbeeld</hr:IssuingAuthority>
        <eures:FirstIssuedDate><hr:FormattedDateTime>2019-05-14</hr:FormattedDateTime></eures:FirstIssuedDate>
      </Certification>
    </Certifications>
    <PersonQualifications>
      <PersonCompetency>
        <CompetencyID schemeName="NORMAL">eng</CompetencyID>
        <hr:TaxonomyID>language</hr:TaxonomyID>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Understanding-Listening</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>C1</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Understanding-Reading</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>C2</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Speaking-Interaction</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>B2</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Speaking-Production</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>B2</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Writing-Production</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>C1</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
      </PersonCompetency>
      <PersonCompetency>
        <CompetencyID schemeName="NORMAL">est</CompetencyID>
        <hr:TaxonomyID>language</hr:TaxonomyID>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Writing-Production</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>a1</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Understanding-Listening</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>B1</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Understanding-Reading</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>A2</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Speaking-Interaction</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>A2</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
        <eures:CompetencyDimension>
          <hr:CompetencyDimensionTypeCode>CEF-Speaking-Production</hr:CompetencyDimensionTypeCode>
          <eures:Score><hr:ScoreText>A2</hr:ScoreText></eures:Score>
        </eures:CompetencyDimension>
      </PersonCompetency>
    </PersonQualifications>
    <Skills>
      <SkillsGroup>
        <Title>Digitale vaardigheden</Title>
        <PersonCompetency><hr:TaxonomyID>other</hr:TaxonomyID><hr:CompetencyName>SAP</hr:CompetencyName></PersonCompetency>
      </SkillsGroup>
    </Skills>
  </CandidateProfile>
  <RenderingInformation><Design><Template>Template1</Template><PageNumbers>false</PageNumbers></Design></RenderingInformation>
</Candidate>
`;
