/**
 * XML plumbing shared by the Moodle XML and QTI readers and writers: secure parsing into a DOM whose elements
 * know their line and column, HTML text to plain text, and documents written with the JDK's serializer.
 */
package dev.lectern.interchange.xml;
