/**
 * Referrals (направления): what a specialty or a doctor marked «по направлению» needs for a booking, issued by the
 * registry for a person, consumed by a booking and returned by its cancellation.
 */
package ru.registratura.domain.referral;
