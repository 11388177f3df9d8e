/** MicroProfile Health checks: what the load balancer and the admin's monitoring ask before sending patients here. */
package ru.registratura.interfaces.health;
