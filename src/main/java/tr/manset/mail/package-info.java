/**
 * Outgoing e-mail: an outbox in the database that a job drives to completion through any SMTP
 * server, with retries, a rate limit, one-click unsubscribe headers and a suppression list.
 */
package tr.manset.mail;
