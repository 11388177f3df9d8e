/**
 * Directory context: the region's medical institutions, their divisions, the specialties of the
 * federal nomenclature, doctors and the districts (участки) that patients are attached to.
 *
 * <p>The directory's entities are in EclipseLink's shared cache ({@code @Cacheable}; the persistence unit caches
 * selectively): every booking, wizard page and API call reads a doctor with the specialty and institution, and
 * they change a few times a year, always through JPA (the admin's pages), which keeps the cache in step. A change
 * made in the database behind JPA's back is seen after a restart. One server only: the nodes of a cluster will
 * need the caches coordinated.
 */
package ru.registratura.domain.directory;
