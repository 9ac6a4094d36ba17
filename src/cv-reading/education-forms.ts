/**
 * The forms CVs write levels in, most specific first, each mapped to a name
 * the education scale accepts. Matched on normalised lines. Two-letter
 * abbreviations (WO, BA, MA) count only in capitals: "ma" is also Estonian for "I".
 */
export const LEVEL_FORMS: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  // A level named outright in brackets wins over the school's name: "Sillamäe Gymnasium – basic education (põhiharidus)".
  [/\bpohiharidus\b|\bbasic education\b/, 'põhiharidus'],
  // First degrees as other countries name them: Bacharelado, licență, profesinis bakalauras, insinööri (AMK),
  // the Polish inżynier (first cycle), the Turkish lisans; the Turkish ön lisans is a two-year degree.
  [/\bon lisans\b/, 'associate degree'],
  [/\byuksek lisans\b/, 'master'],
  [
    /\bbacharelado\b|\blicenta\b|\bbakalaur(?:as|s)\b|\bamk\b|\bammattikorkeakoulu\b|(?<!magister )\binzynier\b|\bfirst cycle\b|(?<!yuksek )\blisans\b|\blicence (?:fondamentale|professionnelle)\b/,
    'bachelor',
  ],
  // The Scottish "MA (Hons)" is a first degree, and a line may say so: "(four-year undergraduate degree)".
  [/\bma hons\b|\bundergraduate degree\b/, 'bachelor'],
  [/\b(?:wo|hbo) ?master\b/, 'wo master'],
  // Flanders' engineers (industrieel, burgerlijk, handelsingenieur) hold a master's.
  [/\bindustrieel ingenieur\b|\bburgerlijk ingenieur\b|\bhandelsingenieur\b/, 'master'],
  // Germany's Diplom from a Fachhochschule is a first degree; a university Diplom is a master's.
  [/\bdiplom [a-z]+ fh\b|\bdipl [a-z]+ fh\b|\bfachhochschule\b/, 'bachelor'],
  [/\bdiplom (?:kaufmann|kauffrau|ingenieur|ingenieurin|volkswirt|betriebswirt|informatiker)\b/, 'master'],
  [/\bmaster of business administration\b|\be?mba\b/, 'mba'],
  // India's two-year Post Graduate Diploma in Management is a master's.
  [/\bpgdm\b|\bpost ?graduate diploma in management\b/, 'master'],
  [/\b(?:msc|m sc|llm|meng|mphil)\b/, 'msc'],
  [/\bmasters?\b|\bmaster s\b/, 'master'],
  // Central Europe's magister (Mgr.), the Dutch engineer's title (ir.) and the American M.Ed. are master's degrees.
  [/^(?:mgr|ir)\b|\bm ?ed\b(?= [a-z])/, 'master'],
  [/\bmagist\w*/, 'magister'],
  // The old Dutch "doctoraal" (drs.) is a master's degree, not a doctorate.
  [/\bdoctoraal\b/, 'master'],
  [/\bdoktor\w*|\bphd\b|\bdoctora\w*|\bpromotie\b/, 'phd'],
  // South Africa's matric with a "bachelor's pass" is the school-leaving certificate that opens university.
  [/\bnational senior certificate\b|\bmatric\b.{0,20}\bbachelor s pass\b/, 'high school'],
  [/\b(wo|hbo) ?bachelor\b/, (match) => `${match[1]} bachelor`],
  [/\bbachelors?\b|\bbachelor s\b/, 'bachelor'],
  [/\bbba\b/, 'bba'],
  // The British and American first degrees by their letters: BEng, BCom, B.S., B.Tech, LLB.
  [
    /\bb ?e\b(?= [a-z]*\s*(?:electr|mechan|civil|comput|chem|telecom|textile|industr|product|instrument|automob|aero|metall))|\bb ?eng\b|\bb ?comm?\b|\bb s\b|\bbs in\b|\bb ?tech\b|\bb ?agric?\b|\bllb\b|\bb ?pharm\b|\bbbs\b|\bb ?bus\b/,
    'bachelor',
  ],
  // The Spanish and Portuguese licenciatura and the Polish licencjat are first degrees.
  [/\blicenciatur\w*|\blicencjat\w*/, 'bachelor'],
  // Italy's laurea and Spain's grado are first degrees; the laurea magistrale is a master's.
  [/\blaurea magistrale\b/, 'master'],
  [/\blaurea\b|\bgrado en\b|\bbms\b|\bbca\b|\bbbm\b/, 'bachelor'],
  [/\blerarenopleiding\b/, 'hbo'],
  [/\b(?:bsc|b sc)\b/, 'bsc'],
  [/\bbakalaureus\w*/, 'bakalaureus'],
  // The teacher's first degree (BEd), and "BS" opening a line as the American Bachelor of Science.
  [/\bb ?ed\b(?= hons| in| [a-z])|^bs\b(?= [a-z])/, 'bachelor'],
  [/\brakenduskorg\w*/, 'rakenduskõrgharidus'],
  [/\bkorgharidus\w*/, 'kõrgharidus'],
  // The American two-year degrees: "Associate of Arts", "Associate of Applied Science", "associate's degree".
  [
    /\bassociate(?: s)? degree\b|\bassociate (?:of|in) (?:applied )?(?:arts|sciences?)\b|\bfd ?(?:sc|a|eng)\b/,
    'associate degree',
  ],
  // The British and Danish short-cycle awards: HND, HNC, a foundation degree, an AP degree.
  [
    /\bhnd\b|\bhnc\b|\bhigher national (?:diploma|certificate)\b|\bfoundation degree\b|\bap degree\b/,
    'associate degree',
  ],
  // Flanders' HBO5 is a short-cycle programme, not a bachelor's.
  [/\bhbo ?5\b/, 'associate degree'],
  // France's BTS, Spain's Técnico Superior (FP grado superior), Denmark's erhvervsakademi (AK) degrees.
  [
    /\bbts\b|\bdut\b|\bdec in\b|(?<!btec[a-z0-9 ]{0,12})\bnational diploma\b|\btecnico superior\b|\bgrado superior\b|\bak\b(?= \()|\berhvervsakademi\b/,
    'associate degree',
  ],
  // A polytechnic's diploma (Singapore, Hong Kong) and Sweden's civilekonom (a master's) by name.
  [/\bdiploma in\b.{0,60}\bpolytechnic\b/, 'associate degree'],
  [/\bcivilekonom\w*/, 'master'],
  // Flanders' graduaat and Québec's DEC (diplôme d'études collégiales) are short-cycle tertiary.
  [/\bgraduaat\b|\bdiplome d etudes collegiales\b|\bdec en\b/, 'associate degree'],
  // Ireland's QQI levels 5 and 6 are post-secondary awards.
  // Ireland's framework levels: 7 and 8 a first degree, 9 a master's, 6 short-cycle, 5 post-secondary.
  [/\bnfq level [78]\b/, 'bachelor'],
  [/\bnfq level 9\b/, 'master'],
  [/\bnfq level 6\b/, 'associate degree'],
  [/\bnfq level 5\b/, 'post-secondary'],
  // Australia's Diploma of … (AQF level 5) and New Zealand's diplomas at levels 5 and 6 are short-cycle tertiary.
  [/\bdiploma of (?!education|vocational|insurance|financ|mortgage|the |agribusiness)\w/, 'associate degree'],
  [/\bnew zealand diploma\b.{0,60}\blevel [56]\b/, 'associate degree'],
  [/\bqqi level [56]\b|\bpostsecundair\w*|\bpost secondary\b|\bpostliceal\w*/, 'post-secondary'],
  [/\bhbo\b|\bheao\b|\bhts\b|\bhlo\b|\bpabo\b/, 'hbo'],
  // Australia's Certificates I to III and an apprenticeship (German, Swiss, British) are vocational training;
  // its Certificate IV is post-secondary, whoever teaches it (TAFE too).
  [/\bcertificate (?:i|ii|iii)\b|\bapprenticeship\b/, 'vocational'],
  [/\bcertificate iv\b/, 'post-secondary'],
  // Québec's baccalauréat en … (BAA) is a first degree, as France's licence is; France's baccalauréat alone is not.
  [/\bbaccalaureat en\b|\bbaa\b|\blicence (?:in|en|de|d)\b/, 'bachelor'],
  // Australian and South African short-cycle awards: a TAFE diploma, a two-year diploma, a Higher Certificate.
  [
    /\btafe\b|\btwo year diploma\b|\bdiploma\b.{0,60}\b(?:two|three|2|3) years?\b|\bhigher certificate\b|\badvanced diploma\b/,
    'associate degree',
  ],
  [/\bmbo(?: niveau)? ?([1-4])\b/, (match) => `mbo ${match[1]}`],
  // The short mbo (kmbo) and the apprenticeship's first course (primaire opleiding, leerlingwezen) are mbo 2.
  [/\bkmbo\b|\bprimaire opleiding\b/, 'mbo 2'],
  // The old four-year schools (MEAO, MTS, LEAO's successor) are today's mbo 4.
  [/\bmeao\b|\bmts\b/, 'mbo 4'],
  [/\bmbo\b/, 'mbo'],
  // The other old schools by trade: the "middelbare" ones ("Middelbare Agrarische School", "Middelbaar Toeristisch
  // Onderwijs") are mbo 4, the "lagere" ones ("Lagere Technische School", "Lager Huishoudonderwijs") lower secondary.
  [/\bmiddelbare (?:(?:\w+ ){1,3}\w*school|\w+school)\b|\bmiddelbaar (?:\w+ ){1,3}\w*onderwijs\b/, 'mbo 4'],
  [/\blagere (?:(?:\w+ ){1,3}\w*school|\w+school)\b|\blager (?:\w+ ){1,3}\w*onderwijs\b/, 'vmbo'],
  // Flanders' secondary school to its second grade ("getuigschrift tweede graad") is lower secondary; the year
  // after it (Se-n-Se) post-secondary; its apprenticeship (leertijd) vocational training.
  [/\btweede graad\b/, 'vmbo'],
  [/\bse n se\b|\bsecundair na secundair\b/, 'post-secondary'],
  [/\bleertijd\b/, 'vocational'],
  // Belgian general, technical, art and vocational secondary education, at an atheneum too ("ASO Wetenschappen, Atheneum Gent").
  [/\baso\b|\btso\b|\bkso\b|\bbso\b/, 'secondary'],
  [/\bvwo\b|\bgymnasium\b|\batheneum\b/, 'vwo'],
  [/\bhavo\b/, 'havo'],
  [
    /\bvmbo\b|\bmavo\b|\blts\b|\bg ?c ?e (?:o|ordinary) levels?\b|\bcsec\b|\blbo\b|\bgcses?\b|\bgce o level\b|\bsslc\b|\b10th\b|\bssc\b|\bclass x\b|\bmittlere reife\b|\bstandard grades?\b|\bjunior cert\w*|\bo ?levels?\b|\bncea level 1\b|\byear 10\b/,
    'vmbo',
  ],
  [/\bkeskeriharidus\w*|\bkutsekeskharidus\w*/, 'kutsekeskharidus'],
  // Vocational training "keskhariduse baasil" (after secondary school) is vocational, not the school it follows.
  [/\bkutse(?:haridus|ope)\w*.{0,40}\bkeskhariduse baasil\b/, 'kutseharidus'],
  [/\b(?:uld|kutse)?keskharidus\w*|\bgumnaasium\w*|\bkeskkool\w*/, 'keskharidus'],
  [/\bkutseharidus\w*|\bkutseope\w*|\bkutsekool\w*/, 'kutseharidus'],
  [/\bpohiharidus\w*|\bpohikool\w*/, 'põhiharidus'],
  // School-leaving certificates by country: the Irish Leaving Certificate, Scottish Highers, the Abitur.
  [
    /\bhigh school\b|\bsecondary (?:school|education)\b|\ba levels?\b|\bg ?c ?e (?:a|advanced) levels?\b|\bt levels?\b|\bwass?ce\b|\bleaving cert\w*|\bhighers\b|\babitur\b|\bmatura\b|\b12th\b|\bclass xii\b|\bhsc\b|\bhigher secondary\b|\bsace\b|\bvce\b|\bqce\b|\bwace\b|\bncea\b|\bossd\b|\bsecondary school diploma\b|\bnational senior certificate\b|\bmatric\b|\bliceo\b|\bmaturita\b|\bpuc\b|\bgymnasieexamen\b|\bsenior school certificate\b|\bwaec\b|\bmatriek\b|\bnasionale senior sertifikaat\b|\bdiplome de fin d etudes secondaires\b|\bgce a level|\bsecundair onderwijs\b|\bdiplome d etudes secondaires\b|\bdes\b(?= diplome)|\bbaccalaureat\b(?! en)|\bbaccalaureate diploma\b|\bensino medio\b|\bbachiller\b|\blise\b|\bsenior certificate\b|\bdogwood\b|\bcertificate of graduation\b|\bhhx\b|\bstx\b|\btasmanian certificate of education\b|\bbachillerato\b|\bbacalaureat\b|\bmatriculation examination\b|\bylioppilastutkinto\b|\bensino secundario\b|\bstudentexamen\b|\beindexamen (?:havo|vwo)\b/,
    'high school',
  ],
  // A British level 3 school award (BTEC Extended Diploma, the old ONC) sits beside A levels; an NVQ is
  // vocational training whatever its level.
  [
    /\bbtec\b.{0,30}\blevel 3\b|\blevel 3\b.{0,30}\bbtec\b|\bbtec national\b|\bonc\b|\bordinary national (?:certificate|diploma)\b/,
    'upper secondary',
  ],
  [
    /\bvocational\b|\bbtec\b|\bnvq\b|\bcity (?:and )?guilds\b|\bausbildung\b|\bberufsschule\b|\bsvq\b|\bfagbrev\b|\bnew zealand certificate\b.{0,60}\blevel [1-3]\b|\b(?:qcf |rqf )?level [1-3] (?:diploma|certificate)\b|\bnational certificate\b.{0,40}\blevel [1-3]\b/,
    'vocational',
  ],
];
export const CAPITAL_FORMS: [RegExp, string][] = [
  // AA, AAS (A.A.S.); not AS, which is also an Estonian company ("AS Merko").
  [/\bA\.?A\.?(?:S\.?)?(?![\w.])/, 'associate degree'],
  [/\bWO\b/, 'wo'],
  [/\bBA\b|\bB\.A\.(?![\w])/, 'ba'],
  // Not Massachusetts after its town: "Boston, MA", "Somerville, MA 02144".
  [/\bMA\b(?!\s+\d{5})(?!(?<=,\s?MA)\s*(?:[.;·|]|$))/, 'ma'],
];
