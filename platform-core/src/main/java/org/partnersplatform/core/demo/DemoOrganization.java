package org.partnersplatform.core.demo;

/** A demo organization and how much its people tend to contribute (0 to 1). */
record DemoOrganization(long id, String name, String domain, double engagement) {
}
