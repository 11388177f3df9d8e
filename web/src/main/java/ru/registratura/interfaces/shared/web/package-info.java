/** What every page shares: the layout's data, the language switch and the error pages' reference numbers. */
package ru.registratura.interfaces.shared.web;
