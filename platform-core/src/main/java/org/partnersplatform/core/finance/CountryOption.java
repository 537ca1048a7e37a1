package org.partnersplatform.core.finance;

/** A country the calculator offers: its ISO 3166-1 alpha-3 code and its name. */
public record CountryOption(String iso3, String name) {
}
