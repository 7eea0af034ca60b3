/** The attempt history: the only package that touches JDBC and SQLite, kept at the edge beside loading. */
package dev.lectern.store;
