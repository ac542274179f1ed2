/**
 * Newsletters: subscribing at /abone-ol with double opt-in and a recorded KVKK consent, preferences
 * and one-click unsubscribe from every mail, the daily digest, Son Dakika alerts sent from the
 * newsroom, and mailings fanned out into the mail outbox exactly once per subscriber.
 */
package tr.manset.subscription;
