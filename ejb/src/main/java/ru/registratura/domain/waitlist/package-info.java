/**
 * The waitlist («Сообщить о более раннем времени»): a card's requests for an earlier time, served in the order they
 * were made, and the offers of held slots made to them.
 */
package ru.registratura.domain.waitlist;
