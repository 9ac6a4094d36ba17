import { Role, SCREENING_WRITERS } from '../common/auth/role';

/** GDPR art. 6(1) (and art. 9(2)(a) for the special categories) as the records name them. */
export const LEGAL_BASES = [
  'consent',
  'explicitConsent',
  'contract',
  'legalObligation',
  'legitimateInterests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Who reads a category, and how far (a catalogue key under privacy.scope). */
export interface Readers {
  roles: Role[];
  scope: string;
}

/**
 * How long a category is kept: a rule (a catalogue key under privacy.retention),
 * with the setting it follows when there is one; its value is read from the
 * running configuration (processing-records.ts).
 */
export interface RetentionRule {
  rule: string;
  setting?: string;
}

/** A kind of personal data Sift holds: where (every column of it), why, on what basis, how long, and who reads it. */
export interface DataCategory {
  key: string;
  subjects: 'candidates' | 'staff' | 'both';
  /** A special category of personal data (GDPR art. 9). */
  special: boolean;
  basis: LegalBasis;
  /** Every column of every table that holds it; a table may be shared by several categories, a column may not. */
  tables: Record<string, string[]>;
  /** Folders of files it is kept in as well, by the setting that names the folder. */
  folders: string[];
  retention: RetentionRule[];
  readers: Readers[];
}

/** Column names, space-separated. */
const cols = (names: string): string[] => names.split(' ');

/** The retention policy: erased months after the last application closed, unless consent or a legal hold keeps them. */
const CANDIDATE_POLICY: RetentionRule = { rule: 'candidatePolicy', setting: 'RETENTION_MONTHS_AFTER_CLOSE' };
const RECRUITERS_ALL: Readers = { roles: [...SCREENING_WRITERS], scope: 'all' };
const MANAGERS_OWN: Readers = { roles: [Role.HiringManager], scope: 'ownVacancies' };
const PANEL_OWN: Readers = { roles: [Role.Interviewer], scope: 'ownPanels' };

/**
 * The registry of the records of processing (GDPR art. 30): every table and
 * column that holds personal data, by category. test/privacy-records.e2e-spec.ts
 * walks the database's schema and fails on a column in none of them.
 */
export const DATA_CATEGORIES: DataCategory[] = [
  {
    key: 'candidateContact',
    subjects: 'candidates',
    special: false,
    basis: 'contract',
    tables: {
      candidates: cols('id name email phone location language source created_at updated_at'),
    },
    folders: [],
    retention: [CANDIDATE_POLICY],
    readers: [RECRUITERS_ALL, MANAGERS_OWN, PANEL_OWN],
  },
  {
    key: 'candidateConsent',
    subjects: 'candidates',
    special: false,
    basis: 'consent',
    tables: { candidates: cols('consent_purpose consent_at') },
    folders: [],
    retention: [{ rule: 'untilWithdrawn' }, { rule: 'talentPool', setting: 'TALENT_POOL_MONTHS' }, CANDIDATE_POLICY],
    readers: [RECRUITERS_ALL, MANAGERS_OWN, PANEL_OWN],
  },
  {
    key: 'cvFiles',
    subjects: 'candidates',
    special: false,
    basis: 'contract',
    tables: {
      cv_documents: cols(
        'id candidate_id sha256 format file_name size_bytes pages language status text uploaded_by created_at',
      ),
    },
    folders: ['CV_STORAGE_DIR'],
    retention: [CANDIDATE_POLICY, { rule: 'orphanFiles', setting: 'CV_ORPHAN_GRACE' }],
    readers: [RECRUITERS_ALL, MANAGERS_OWN, PANEL_OWN, { roles: [...SCREENING_WRITERS], scope: 'blindOriginal' }],
  },
  {
    key: 'cvFacts',
    subjects: 'candidates',
    special: false,
    basis: 'contract',
    tables: {
      candidate_facts: cols(
        'id candidate_id kind data source confirmed confirmed_by confirmed_at created_at updated_at corrected cv_id span_start span_end evidence confidence',
      ),
    },
    folders: [],
    retention: [CANDIDATE_POLICY],
    readers: [RECRUITERS_ALL, MANAGERS_OWN, PANEL_OWN],
  },
  {
    key: 'applications',
    subjects: 'candidates',
    special: false,
    basis: 'contract',
    tables: {
      applications: cols(
        'id vacancy_id candidate_id stage round_id stage_reason stage_changed_at revision source applied_at updated_at',
      ),
      application_events: cols(
        'id application_id revision from_stage from_round_id to_stage to_round_id reason override actor_id created_at decision advice',
      ),
    },
    folders: [],
    retention: [CANDIDATE_POLICY],
    readers: [RECRUITERS_ALL, MANAGERS_OWN, PANEL_OWN],
  },
  {
    key: 'screening',
    subjects: 'candidates',
    special: false,
    basis: 'contract',
    tables: {
      applications: cols(
        'screened_at eligible screening_score shortlist_score completeness fit_level needs_review profile_version rules_version screening sort_key interview_score rounds_scored scoring_input engine_version',
      ),
    },
    folders: [],
    retention: [{ rule: 'withApplication' }],
    readers: [RECRUITERS_ALL, MANAGERS_OWN],
  },
  {
    key: 'interviews',
    subjects: 'candidates',
    special: false,
    basis: 'contract',
    tables: {
      interviews: cols(
        'id application_id vacancy_id candidate_id round_id status starts_at duration_minutes location meeting_url sequence cancel_reason decision result round_score calibrated_score decided_at decision_applied_at created_by created_at updated_at',
      ),
      interview_panelists: cols('interview_id user_id'),
    },
    folders: [],
    retention: [{ rule: 'withApplication' }],
    readers: [RECRUITERS_ALL, MANAGERS_OWN, PANEL_OWN],
  },
  {
    key: 'scorecards',
    subjects: 'candidates',
    special: false,
    basis: 'contract',
    tables: {
      scorecards: cols(
        'id interview_id interviewer_id status revision ratings recommendation summary submitted_at created_at updated_at entered_by',
      ),
      scorecard_revisions: cols(
        'id scorecard_id revision ratings recommendation summary reason submitted_by submitted_at',
      ),
    },
    folders: [],
    retention: [{ rule: 'withApplication' }],
    readers: [RECRUITERS_ALL, MANAGERS_OWN, { roles: [Role.Interviewer], scope: 'sealedPanel' }],
  },
  {
    key: 'notes',
    subjects: 'candidates',
    special: false,
    basis: 'legitimateInterests',
    tables: {
      candidate_notes: cols('id candidate_id application_id author_id text mentions created_at'),
    },
    folders: [],
    retention: [CANDIDATE_POLICY],
    readers: [RECRUITERS_ALL, MANAGERS_OWN],
  },
  {
    key: 'mails',
    subjects: 'candidates',
    special: false,
    basis: 'contract',
    tables: {
      mails: cols(
        'id template language application_id candidate_id user_id to_name to_address context status subject message_id attempts error sent_by send_after created_at sent_at',
      ),
    },
    folders: ['MAIL_OUTBOX_DIR'],
    retention: [CANDIDATE_POLICY, { rule: 'mailFiles', setting: 'SMTP_URL' }],
    readers: [RECRUITERS_ALL, MANAGERS_OWN],
  },
  {
    key: 'duplicates',
    subjects: 'candidates',
    special: false,
    basis: 'legitimateInterests',
    tables: {
      candidates: cols('phone_key name_key merged_into_id'),
      candidate_merges: cols('id survivor_id merged_id merged_by merged_at merged_candidate survivor_before moved'),
      candidate_not_duplicates: cols('first_id second_id marked_by marked_at'),
    },
    folders: [],
    retention: [CANDIDATE_POLICY],
    readers: [RECRUITERS_ALL],
  },
  {
    key: 'blindScreening',
    subjects: 'candidates',
    special: false,
    basis: 'legitimateInterests',
    tables: { application_unblindings: cols('id application_id user_id reason created_at') },
    folders: [],
    retention: [{ rule: 'withApplication' }],
    readers: [RECRUITERS_ALL],
  },
  {
    key: 'selfIdentification',
    subjects: 'candidates',
    special: true,
    basis: 'explicitConsent',
    tables: {
      self_identifications: cols(
        'id application_id question_set question answer consent_version consented_at entered_via entered_by',
      ),
    },
    folders: [],
    retention: [{ rule: 'untilWithdrawn' }, { rule: 'withApplication' }],
    readers: [{ roles: [Role.Admin, Role.Compliance], scope: 'aggregatesOnly' }],
  },
  {
    key: 'staffAccounts',
    subjects: 'staff',
    special: false,
    basis: 'contract',
    tables: {
      users: cols(
        'id email name password_hash active token_version language created_at updated_at last_login_at deactivated_at',
      ),
      user_roles: cols('user_id role'),
      user_invitations: cols('id user_id token_hash created_at expires_at used_at'),
      vacancy_members: cols('vacancy_id user_id role'),
    },
    folders: [],
    retention: [{ rule: 'whileAccount' }, { rule: 'invitationLink' }],
    readers: [{ roles: [Role.Admin], scope: 'all' }],
  },
  {
    key: 'staffSignIn',
    subjects: 'staff',
    special: false,
    basis: 'legitimateInterests',
    tables: {
      web_sessions: cols('id user_id token_version created_at expires_at'),
      auth_throttle: cols('key points expire'),
    },
    folders: [],
    retention: [
      { rule: 'sessionIdle', setting: 'SESSION_TTL' },
      { rule: 'tokenLifetime', setting: 'AUTH_TOKEN_TTL' },
      { rule: 'failedSignIns', setting: 'AUTH_ACCOUNT_WINDOW' },
      { rule: 'knownClient', setting: 'AUTH_KNOWN_CLIENT_TTL' },
    ],
    readers: [{ roles: [], scope: 'systemOnly' }],
  },
  {
    key: 'interviewerCalibration',
    subjects: 'staff',
    special: false,
    basis: 'legitimateInterests',
    tables: {
      interviewer_calibrations: cols('vacancy_id interviewer_id leniency correction comparisons interviews updated_at'),
    },
    folders: [],
    retention: [{ rule: 'withVacancy' }],
    readers: [RECRUITERS_ALL, MANAGERS_OWN],
  },
  {
    key: 'legalHolds',
    subjects: 'candidates',
    special: false,
    // Keeping data for legal claims (GDPR art. 17(3)(e)) rests on the organisation's legitimate interests.
    basis: 'legitimateInterests',
    tables: {
      legal_holds: cols('id candidate_id vacancy_id reason placed_by placed_at released_by released_at'),
    },
    folders: [],
    retention: [{ rule: 'legalHold' }],
    readers: [{ roles: [Role.Admin], scope: 'all' }],
  },
  // The audit trail: who did what, kept for accountability (its own module and retention).
  {
    key: 'auditTrail',
    subjects: 'both',
    special: false,
    basis: 'legalObligation',
    tables: {
      audit_entries: cols(
        'seq at actor_id actor_roles ip user_agent request_id action subject_type subject_id candidate_id vacancy_id details prev_hash hash',
      ),
      audit_personal_values: cols('id candidate_id value'),
      audit_head: cols('id seq hash pruned_through pruned_hash'),
    },
    folders: [],
    retention: [{ rule: 'auditRetention', setting: 'AUDIT_RETENTION_MONTHS' }],
    readers: [{ roles: [Role.Admin], scope: 'all' }],
  },
  // Erasures: which candidate was erased, when, why and on whose request; the record is what proves it was done.
  {
    key: 'erasures',
    subjects: 'candidates',
    special: false,
    basis: 'legalObligation',
    tables: {
      candidates: cols('erased_at'),
      candidate_erasures: cols(
        'id candidate_id source reason requested_by requested_at data_erased_at files completed_at',
      ),
    },
    folders: [],
    retention: [{ rule: 'erasureRecord' }],
    readers: [{ roles: [Role.Admin], scope: 'all' }],
  },
];

/** Tables that hold no personal data of their own (a user who did something is named by id only), and why. */
export const NOT_PERSONAL: Record<string, string> = {
  migrations: 'internal',
  role_profiles: 'aboutTheJob',
  role_profile_versions: 'aboutTheJob',
  vacancies: 'aboutTheJob',
  vacancy_rounds: 'aboutTheJob',
  vacancy_events: 'aboutTheJob',
  jobs: 'idsOnly',
  scheduled_runs: 'internal',
};
