package dev.lectern.model;

/** A wrong answer the teacher expects, with the feedback that tells the learner why it is wrong. */
public record WrongAnswer(String text, String feedback) {}
