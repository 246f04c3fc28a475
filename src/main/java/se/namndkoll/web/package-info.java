/**
 * The web interface {@code serve} starts: the archive's search, ärende and meeting pages, the source
 * documents, and the same as JSON under {@code /api/}. Spring MVC on an embedded Tomcat with
 * Thymeleaf's server-side templates; read-only, and bound to the loopback address unless told.
 */
package se.namndkoll.web;
