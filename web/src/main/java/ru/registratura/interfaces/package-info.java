/**
 * Interfaces: how people and systems reach the portal, one subpackage per context and channel
 * (web pages, REST, health). Backing beans here call application services and hold no business rules.
 */
package ru.registratura.interfaces;
