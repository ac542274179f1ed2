/**
 * What every feature shares and no feature owns: Turkish text and time rules, storage set-up,
 * web plumbing (errors, caching headers, security) and the page layout. Depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package tr.manset.system;

import org.springframework.modulith.ApplicationModule;
