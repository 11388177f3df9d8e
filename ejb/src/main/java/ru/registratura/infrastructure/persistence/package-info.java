/**
 * JPA implementations of the domain's repositories. They join the caller's transaction and never
 * start one of their own.
 */
package ru.registratura.infrastructure.persistence;
