/** Content context: the information banners shown on the home page. */
package ru.registratura.domain.content;
