package org.infoshare.web;

/**
 * One Healthwatch contract: every consent, share, breach and FOI request belongs to one.
 *
 * @param id the contract's configured key, e.g. {@code hw-rutland}
 * @param name e.g. Healthwatch Rutland
 * @param council the council responsible for it, e.g. Rutland County Council
 * @param councilFoiContact the council's FOI team address, or null when not configured
 */
public record Contract(String id, String name, String council, String councilFoiContact) {
}
