package org.relationstimeline.countries;

/**
 * Why a party cannot join a registry: one of its phrases or its slug already names another party,
 * or a phrase has no letters or digits to be found by.
 *
 * @param field which of the party's fields: code, alpha3, name, alias, demonym, capital or slug
 * @param phrase the value of that field as written
 * @param other the party already holding it, or null when the phrase is unusable by itself
 */
public record PartyClash(String field, String phrase, String message, Party other) {}
