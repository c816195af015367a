/**
 * The closed list of error codes of the public interface (CONTRACT.md). A code never changes
 * meaning; messages come from the i18n catalogue. Each entry says when it is thrown and its status.
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, when: 'The request does not match its schema (unknown fields, wrong types, bad values).' },
  rule_set_unknown: { status: 400, when: 'No eligibility rule set is encoded for the date asked (before 2018-01-01).' },
  unknown_award: { status: 400, when: 'The award code is not in the catalogue.' },
  unauthenticated: { status: 401, when: 'No valid session or token.' },
  invalid_credentials: { status: 401, when: 'Wrong username or password (never says which).' },
  mfa_invalid: { status: 401, when: 'Wrong or expired second-factor code or challenge.' },
  csrf_failed: { status: 403, when: 'A cookie-authenticated write without the matching X-CSRF-Token header.' },
  forbidden: { status: 403, when: 'The actor may see the record but not do this to it.' },
  mfa_setup_required: { status: 403, when: 'An administrator without a second factor must enrol one first.' },
  not_found: { status: 404, when: 'No such record, or the record is outside the actor scope (never a leak).' },
  conflict: { status: 409, when: 'The change conflicts with stored data (e.g. a username already taken).' },
  invalid_transition: { status: 409, when: 'The workflow does not allow this step from the record\'s current state, or not for this role (dossiers, council, decisions).' },
  missing_documents: { status: 422, when: 'A dossier is submitted without a document its award requires (details.missing lists the kinds).' },
  quota_exceeded: { status: 422, when: 'Submitting would exceed a quota in force (e.g. the CSTĐ cơ sở cap of the unit, RULES.md §5); details say the cap, used and requested.' },
  already_voted: { status: 409, when: 'A council member has already voted (electronically or in writing) in this session.' },
  council_quorum_not_met: { status: 409, when: 'Closing a council session before enough members took part (electronically or in writing) for its results to be valid (parameter council.quorum.percent).' },
  council_voter_outside: { status: 422, when: 'A ballot paper (electronic, or a written one recorded by the secretary) has a choice for an agenda item the member does not vote on under its rule: where the denominator is standing_members only standing members vote, where it is present_members only members recorded present, and a member who is a nominee (linked to the nominated person) or declared a conflict of interest on the item (recusal) never votes on it (details.memberId, details.itemIds, details.denominators, details.reasons: nominee, recused, not_standing or absent per item). Nothing is stored and the attempt is audited as denied.' },
  council_attendance_not_met: { status: 409, when: 'Closing a session that considers a hero title when fewer members were present than council.heroSession.presentPercent of all members (details: members, present, required).' },
  decision_number_taken: { status: 409, when: 'A decision number entered by hand is already used in that number book.' },
  idempotency_key_reused: { status: 422, when: 'An Idempotency-Key was reused for a different request.' },
  cluster_not_member: { status: 403, when: 'The organisation acted for is not a member of the cluster in that year, or the actor does not represent it (clusters).' },
  cluster_self_scoring: { status: 422, when: 'A member scores itself as an assessor; self-assessment is separate and never counted (clusters).' },
  cluster_assessor_not_allowed: { status: 403, when: 'This kind of assessor does not score in this cluster\'s assessment mode (clusters).' },
  cluster_score_out_of_range: { status: 422, when: 'A score is below 0, above the criterion\'s maximum, or finer than 0.01 (details.min, details.max).' },
  cluster_evidence_required: { status: 422, when: 'A self-assessment on a criterion that requires evidence has none (clusters).' },
  cluster_scoring_table_invalid: { status: 422, when: 'The scoring table of a new round has problems (details.problems: coded, each with its group and criterion position; see checkScoringTable) (clusters).' },
  cluster_round_closed: { status: 409, when: 'The year\'s scoring round is closed (scores locked) or not open yet (clusters).' },
  cluster_ballot_closed: { status: 409, when: 'The honouring ballot is not open (not opened yet, or closed) (clusters).' },
  cluster_already_voted: { status: 409, when: 'This member has already cast its vote in the cluster ballot.' },
  cluster_self_vote: { status: 422, when: 'A member votes on itself in the cluster ballot.' },
  cluster_unknown_nominee: { status: 422, when: 'A vote names an organisation that is not a nominee, or names one twice.' },
  movement_transition_invalid: { status: 409, when: 'The movement registration cannot take this step from its current state.' },
  movement_review_wrong_level: { status: 403, when: 'The actor may review registrations of this unit (its scope covers it) but is not at the level that reviews it: the level directly above the registering unit (details.reviewOrganisationId, details.reviewOrganisation); nothing changes and the attempt is audited.' },
  movement_registration_outside: { status: 422, when: 'The unit is not among those the movement concerns on the registration date: the authority itself, a unit it was cascaded to (a target) or a unit under one — under the authority when it names no target; successors of merged targets count (details.organisationId); nothing is stored and the attempt is audited.' },
  movement_registration_duplicate: { status: 409, when: 'The unit, or the individual, has already registered for this movement and year (details.registrationId, details.state, details.year); a returned registration is resubmitted, not registered again. Nothing is stored and the attempt is audited.' },
  movement_registration_year_outside: { status: 422, when: 'The year registered for is outside the movement\'s period (details.year, details.periodFrom, details.periodTo); nothing is stored.' },
  registry_entry_invalid: { status: 422, when: 'A record keyed in a data-entry campaign fails the import validation (details.errors: field, header, code, Vietnamese message; nothing is stored).' },
  campaign_not_open: { status: 409, when: 'The data-entry campaign is closed, or the entry date is outside its start and deadline.' },
  campaign_same_officer: { status: 409, when: 'Double entry: the second entry of a record must be keyed by a different officer (or the same officer sent different values).' },
  campaign_record_complete: { status: 409, when: 'Double entry: the record (recordRef) has already been entered twice.' },
  campaign_adjudicator_entered: { status: 409, when: 'Double entry: the adjudicator is one of the two officers who entered the record.' },
  reissue_transition_invalid: { status: 409, when: 'The reissue request cannot take this step from its current state.' },
  precondition_failed: { status: 412, when: 'If-Match names an old version: someone changed the record meanwhile.' },
  payload_too_large: { status: 413, when: 'The body or upload is larger than allowed.' },
  unsupported_media_type: { status: 415, when: 'The content type is not accepted here (for uploads details.reason says why, e.g. extension_mismatch, macro_enabled, pdf_active_content, pdf_encrypted).' },
  file_infected: { status: 422, when: 'The malware scanner (ClamAV) found a signature in an upload (details.signature); nothing was stored and the attempt is audited.' },
  file_quarantined: { status: 410, when: 'The stored file was quarantined by a later scan (`thidua files rescan`): a malware signature, or bytes that no longer match their SHA-256 (details.reason, details.signature); it is kept but not served.' },
  precondition_required: { status: 428, when: 'The change needs an If-Match header.' },
  too_many_attempts: { status: 429, when: 'Too many failed logins or requests; try again after Retry-After seconds.' },
  internal_error: { status: 500, when: 'An unexpected failure; nothing was half-written (the transaction rolled back).' },
  service_unavailable: { status: 503, when: 'The database is not reachable.' },
  storage_unavailable: { status: 503, when: 'The file store (S3-compatible object store) refused or did not answer; nothing was recorded.' },
  file_scan_unavailable: { status: 503, when: 'A malware scanner is configured but could not scan the upload (unreachable, timeout, error); the upload is refused, nothing stored.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.status = ERROR_CODES[code].status;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
