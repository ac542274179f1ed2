/** The newsroom's people, managed by admins: adding staff, roles, an Editör's categories, disabling accounts. */
package tr.manset.team;
