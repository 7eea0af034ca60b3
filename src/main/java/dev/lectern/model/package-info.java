/** Question sets as immutable values: each question kind a record of the sealed {@link dev.lectern.model.Question}; pure, no I/O. */
package dev.lectern.model;
