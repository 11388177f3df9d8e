/**
 * Attachment (прикрепление): the register of the territorial OMS fund saying which institution and
 * district each insured person is attached to, and each card's search in it (PENDING → FOUND / NOT_FOUND /
 * FAILED), which runs in the background after a card is added or changed.
 */
package ru.registratura.domain.attachment;
