/** The public pages anyone can open without logging in: home (banners, institutions) and the region's directory. */
package ru.registratura.interfaces.publicsite.web;
