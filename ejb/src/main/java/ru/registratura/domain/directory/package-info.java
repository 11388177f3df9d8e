/**
 * Directory context: the region's medical institutions, their divisions, the specialties of the
 * federal nomenclature, doctors and the districts (участки) that patients are attached to.
 */
package ru.registratura.domain.directory;
