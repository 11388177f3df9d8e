/**
 * The patient's cabinet: the ESIA login's completion and errors, the patient's session (its maximum
 * age and idle end), logout through ESIA, and the cabinet's pages.
 */
package ru.registratura.interfaces.cabinet.web;
