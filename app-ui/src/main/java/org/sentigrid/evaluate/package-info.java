/**
 * How the engine agrees with people: the rows of a table with a human gold column scored whole (or their
 * sentences averaged), and the measures of agreement (correlations with their intervals, the error after a
 * linear fit, accuracy, F1, the confusion matrix and the threshold sweep). No front end: the command line
 * and the window show what this computes.
 */
package org.sentigrid.evaluate;
