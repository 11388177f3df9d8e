/** The audit trail: who did what, when, from which address, with which result. */
package ru.registratura.domain.audit;
