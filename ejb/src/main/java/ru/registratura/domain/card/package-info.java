/**
 * The card file: the people a patient's account acts for (the patient and the relatives), and the value
 * objects that validate a person's identifiers once, at construction: {@link Snils}, {@link OmsPolicy},
 * {@link MobilePhone}, {@link FullName}. A refused value names the message to show next to its field.
 */
package ru.registratura.domain.card;
