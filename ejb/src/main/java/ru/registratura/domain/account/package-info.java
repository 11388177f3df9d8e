/**
 * Patients' accounts: who logged in through ESIA, with the data ESIA holds about them and their children,
 * and the level of their ESIA account.
 */
package ru.registratura.domain.account;
