package ru.registratura.domain.audit;

/** What an audit event records. */
public enum AuditAction {
    /** A patient's login through ESIA, successful or not (the outcome says which and why). */
    PATIENT_LOGIN,
    /** A patient pressed «Выйти». */
    PATIENT_LOGOUT,
    /** A patient's session reached its maximum age after the ESIA login. */
    PATIENT_SESSION_EXPIRED,
    /** A card added to the card file (the patient's own or a relative's). */
    CARD_ADDED,
    /** A card's details changed. */
    CARD_CHANGED,
    /** A card deleted from the card file. */
    CARD_DELETED,
    /** A card looked at: audited only when refused (another account's card). */
    CARD_VIEWED,
    /** The portal switched to act for another person of the card file. */
    ACTING_FOR_CHANGED,
    /** The patient asked to run a failed attachment search again. */
    ATTACHMENT_SEARCH_RETRIED,
    /** An appointment booked (or the attempt, refused). */
    APPOINTMENT_BOOKED,
    /** An appointment cancelled (or the attempt, refused). */
    APPOINTMENT_CANCELLED,
    /** A staff user's login with user name and password, successful or not (the outcome says why). */
    STAFF_LOGIN,
    /** A staff user pressed «Выйти». */
    STAFF_LOGOUT,
    /** A staff user changed their password (or the attempt, refused). */
    STAFF_PASSWORD_CHANGED,
    /** A staff user created (the first admin by server-config/create-admin.sh, others by an admin). */
    STAFF_USER_CREATED,
    /**
     * A registry operator's patient search (reading personal data: audited whatever it found; the detail
     * says by what and how many, never the values searched for).
     */
    STAFF_PATIENT_SEARCH,
    /** A registry operator opened a patient (a card or a register entry) to book for them. */
    STAFF_PATIENT_VIEWED,
    /** An admin changed a staff user's name, roles, institutions, or enabled / disabled them. */
    STAFF_USER_CHANGED,
    /** An admin set a new password for a staff user (and lifted a lockout). */
    STAFF_PASSWORD_RESET,
    /**
     * A staff user's second factor (TOTP): set up or removed by the user, or reset by an admin (the detail says which;
     * a refused code of the set-up too).
     */
    STAFF_SECOND_FACTOR,
    /** An admin created, changed, moved or deleted a banner of the home page. */
    BANNER_CHANGED,
    /** An admin created, changed or deleted an article of the help centre. */
    HELP_CHANGED,
    /** An admin added, changed or deleted a legal act of «Законодательство». */
    LEGAL_ACTS_CHANGED,
    /** A registry operator opened the day list of appointments (names of patients). */
    STAFF_DAY_LIST_VIEWED,
    /** A registry operator marked an appointment «Пришёл» (ATTENDED) or «Не явился» (NO_SHOW). */
    APPOINTMENT_MARKED,
    /**
     * A registry operator changed a doctor's schedule (template added, changed or ended; exception added or
     * removed); the detail says what and how many appointments it cancelled.
     */
    SCHEDULE_CHANGED,
    /** An admin started an import of the attachment register file (the detail: which import, how many lines). */
    REGISTER_IMPORT_STARTED,
    /** An admin exported the audit log as CSV (the detail: the filter's kinds, never a person's policy or SNILS). */
    AUDIT_EXPORTED,
    /** An admin added or changed an institution, division, district, doctor or specialty of the directory. */
    DIRECTORY_CHANGED,
    /** An external system identified a patient through the API (the detail: by what and whether found). */
    API_PATIENT_LOOKUP,
    /** An external system read a patient's appointments or the specialties open to them through the API. */
    API_PATIENT_READ,
    /** An appointment moved to another slot through the API (or the attempt, refused). */
    APPOINTMENT_MOVED,
    /** A patient asked for an earlier time (the waitlist), or the attempt, refused. */
    WAITLIST_REQUESTED,
    /** A patient withdrew a waitlist request or declined its offer. */
    WAITLIST_WITHDRAWN,
    /** A patient confirmed a waitlist offer: the held time booked, or the appointment moved to it. */
    WAITLIST_CONFIRMED,
    /** A registry operator issued a referral (the detail: its number and specialty, never the person's data). */
    REFERRAL_ISSUED
}
