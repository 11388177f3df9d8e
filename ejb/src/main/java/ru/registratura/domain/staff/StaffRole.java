package ru.registratura.domain.staff;

/** What a staff user may do. */
public enum StaffRole {
    /** A registry operator (регистратор) of one or more institutions: patients, bookings, schedules there. */
    REGISTRAR,
    /** An admin of the region: banners, staff accounts, directories, the attachment register, the audit log. */
    ADMIN
}
