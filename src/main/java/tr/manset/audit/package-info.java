/** The audit log: every state change in the newsroom with who, when, what and from where. */
package tr.manset.audit;
