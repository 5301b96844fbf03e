package org.sentigrid.desktop.main;

/**
 * What the user chose for a table file: the sheet (of a spreadsheet; null for the first, and for other tables)
 * and the column or JSON Lines field that holds the text.
 */
public record TableChoice(String sheet, String column) {
}
