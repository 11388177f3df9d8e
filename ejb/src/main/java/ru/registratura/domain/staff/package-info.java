/**
 * Staff of the region: registry operators of institutions and admins, with a login of their own (user
 * name and password, not ESIA), roles, the institutions an operator works for, and lockout after failed
 * logins.
 */
package ru.registratura.domain.staff;
