/**
 * IMS QTI 2.1 content packages at the edge: {@link dev.lectern.interchange.qti.QtiExporter} writes a zip with an
 * {@code imsmanifest.xml}, an {@code assessmentTest} and one {@code assessmentItem} per question (valid against
 * the official imsqti_v2p1.xsd), and {@link dev.lectern.interchange.qti.QtiImporter} reads such packages back,
 * and the common forms other tools write.
 */
package dev.lectern.interchange.qti;
