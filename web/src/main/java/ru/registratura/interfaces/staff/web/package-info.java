/**
 * The staff workspace's pages ({@code /staff/…}): the login with user name and password, the workspace and
 * the password change. {@link ru.registratura.interfaces.staff.web.StaffAccessFilter} keeps every staff page
 * for signed-in staff; the services check roles and institutions again on every call.
 */
package ru.registratura.interfaces.staff.web;
