package org.xinfangflow.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An exported workbook read back with Apache POI: each sheet by name, as rows of cell values (text, number, null). */
final class Workbooks {

  private Workbooks() {
  }

  static Map<String, List<List<Object>>> read(byte[] xlsx) {
    return read(new ByteArrayInputStream(xlsx));
  }

  static Map<String, List<List<Object>>> read(InputStream xlsx) {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx)) {
      for (Sheet sheet : workbook) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          List<Object> cells = new ArrayList<>();
          for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            cells.add(value(row.getCell(c)));
          }
          rows.add(cells);
        }
        sheets.put(sheet.getSheetName(), rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sheets;
  }

  /** The data rows of a list sheet (its first row is the header), each by column header. */
  static List<Map<String, Object>> records(List<List<Object>> sheet) {
    List<Object> header = sheet.get(0);
    List<Map<String, Object>> records = new ArrayList<>();
    for (List<Object> row : sheet.subList(1, sheet.size())) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        record.put(String.valueOf(header.get(c)), c < row.size() ? row.get(c) : null);
      }
      records.add(record);
    }
    return records;
  }

  private static Object value(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return null;
    }
    return cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue();
  }
}
