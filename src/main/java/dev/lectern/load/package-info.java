/** Loading at the edge: reads article files and YAML question sets (the only package that imports SnakeYAML) and reports every problem with its position. */
package dev.lectern.load;
