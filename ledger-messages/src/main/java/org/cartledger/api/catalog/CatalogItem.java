package org.cartledger.api.catalog;

/**
 * One thing a trainee can attend, perform or be signed off on.
 *
 * @param code  the stable code stored in events; never reused for something else
 * @param name  how people read it
 * @param group the heading it is listed under (a skill domain, say); may be empty
 */
public record CatalogItem(String code, String name, String group) {
}
