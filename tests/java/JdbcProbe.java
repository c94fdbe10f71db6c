// A pgJDBC client for the PG wire tests, run as a single-file source (JDK 17, jdk.compiler):
//
//   java -cp /usr/share/java/postgresql.jar tests/java/JdbcProbe.java <jdbc-url> <user> <password> <command> [args...]
//
// Commands:
//   metadata [schemaPattern=public] [table]   what DBeaver calls on connect and in its navigator
//   query <sql>                               Statement.execute, every result
//   prepared <sql> <param...>                 PreparedStatement; params i:5 (setInt), l:5 (setLong),
//                                             d:1.5 (setDouble), b:true (setBoolean), s:abc (setString),
//                                             n: (setNull VARCHAR)
//
// stdout carries JSON lines only (anything else the JVM or the driver prints goes to stderr):
//   {"call": "...", "rows": [{column label: value, ...}]}           a metadata call (scalars: one {"value": x} row)
//   {"call": "query", "columns": [{name, label, jdbcType, typeName}], "rows": [[...]]}   a result set
//   {"call": "query", "updateCount": n}                               an update count
//   {"call": "...", "error": "...", "sqlstate": "..."}               a failed call; the next ones still run
// A failed connection prints {"call": "connect", "error", "sqlstate"}. Values: integers and floats as JSON
// numbers (a long beyond 2^53 and NaN/Infinity as strings), booleans, null, BigDecimal and all else as the
// driver's getString text. Exit code 0 unless the arguments are wrong (2) or something unexpected breaks (1).

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

public class JdbcProbe {
  private static PrintStream out;

  interface Call {
    Object run() throws Exception;
  }

  public static void main(String[] argv) throws Exception {
    out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    if (argv.length < 4) {
      System.err.println("usage: JdbcProbe <jdbc-url> <user> <password> <metadata|query|prepared> [args...]");
      System.exit(2);
    }
    String url = argv[0];
    Properties props = new Properties();
    props.setProperty("user", argv[1]);
    props.setProperty("password", argv[2]);
    String command = argv[3];
    String[] args = Arrays.copyOfRange(argv, 4, argv.length);
    Connection conn;
    try {
      conn = DriverManager.getConnection(url, props);
    } catch (SQLException e) {
      printError("connect", e);
      return;
    }
    try (conn) {
      switch (command) {
        case "metadata" -> metadata(conn, args);
        case "query" -> {
          need(args, 1, "query <sql>");
          query(conn, args[0]);
        }
        case "prepared" -> {
          need(args, 1, "prepared <sql> <params...>");
          prepared(conn, args[0], Arrays.copyOfRange(args, 1, args.length));
        }
        default -> {
          System.err.println("unknown command: " + command);
          System.exit(2);
        }
      }
    }
  }

  private static void need(String[] args, int n, String usage) {
    if (args.length < n) {
      System.err.println("usage: " + usage);
      System.exit(2);
    }
  }

  // ---- metadata ---------------------------------------------------------------------------------

  private static void metadata(Connection conn, String[] args) {
    String schema = args.length > 0 ? args[0] : "public";
    String table = args.length > 1 ? args[1] : null;
    DatabaseMetaData md;
    try {
      md = conn.getMetaData();
    } catch (SQLException e) {
      printError("getMetaData", e);
      return;
    }
    scalar("getDatabaseProductName", md::getDatabaseProductName);
    scalar("getDatabaseProductVersion", md::getDatabaseProductVersion);
    scalar("getDatabaseMajorVersion", md::getDatabaseMajorVersion);
    scalar("getDatabaseMinorVersion", md::getDatabaseMinorVersion);
    scalar("getDriverName", md::getDriverName);
    scalar("getDriverVersion", md::getDriverVersion);
    scalar("getUserName", md::getUserName);
    scalar("getIdentifierQuoteString", md::getIdentifierQuoteString);
    scalar("getCatalog", conn::getCatalog);
    scalar("getSchema", conn::getSchema);
    scalar("getTransactionIsolation", conn::getTransactionIsolation);
    scalar("getAutoCommit", conn::getAutoCommit);
    resultSet("getCatalogs", md::getCatalogs);
    resultSet("getSchemas", md::getSchemas);
    resultSet("getTableTypes", md::getTableTypes);
    String[] types = {"TABLE", "VIEW", "MATERIALIZED VIEW", "FOREIGN TABLE", "PARTITIONED TABLE"};
    List<List<Object>> tables = resultSet("getTables", () -> md.getTables(null, schema, "%", types));
    if (table == null && tables != null && tables.size() > 1) {
      // No table named: the first one listed (columns are label, value pairs: see rowAsObject).
      table = (String) valueOf(tables.get(1), tables.get(0), "TABLE_NAME");
    }
    String tbl = table == null ? "%" : table;
    resultSet("getColumns", () -> md.getColumns(null, schema, tbl, "%"));
    if (table != null) {
      resultSet("getPrimaryKeys", () -> md.getPrimaryKeys(null, schema, tbl));
      resultSet("getIndexInfo", () -> md.getIndexInfo(null, schema, tbl, false, true));
      resultSet("getImportedKeys", () -> md.getImportedKeys(null, schema, tbl));
    }
    resultSet("getTypeInfo", md::getTypeInfo);
    sql(conn, "SELECT current_schema()");
    sql(conn, "SHOW search_path");
  }

  private static Object valueOf(List<Object> row, List<Object> labels, String label) {
    int i = labels.indexOf(label);
    return i < 0 ? null : row.get(i);
  }

  private static void scalar(String name, Call call) {
    try {
      Object v = call.run();
      out.println("{\"call\":" + json(name) + ",\"rows\":[{\"value\":" + jsonValue(v) + "}]}");
    } catch (Exception e) {
      printError(name, e);
    }
  }

  interface ResultSetCall {
    ResultSet run() throws Exception;
  }

  /** Prints the call's rows as objects; returns [labels, row...] for the caller, or null on error. */
  private static List<List<Object>> resultSet(String name, ResultSetCall call) {
    try (ResultSet rs = call.run()) {
      ResultSetMetaData rsmd = rs.getMetaData();
      int n = rsmd.getColumnCount();
      List<Object> labels = new ArrayList<>();
      for (int i = 1; i <= n; i++) labels.add(rsmd.getColumnLabel(i));
      List<List<Object>> all = new ArrayList<>();
      all.add(labels);
      StringBuilder sb = new StringBuilder("{\"call\":").append(json(name)).append(",\"rows\":[");
      boolean first = true;
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        if (!first) sb.append(',');
        first = false;
        sb.append('{');
        for (int i = 1; i <= n; i++) {
          Object v = value(rs, i, rsmd.getColumnType(i));
          row.add(v);
          if (i > 1) sb.append(',');
          sb.append(json((String) labels.get(i - 1))).append(':').append(jsonValue(v));
        }
        sb.append('}');
        all.add(row);
      }
      out.println(sb.append("]}"));
      return all;
    } catch (Exception e) {
      printError(name, e);
      return null;
    }
  }

  private static void sql(Connection conn, String sql) {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData rsmd = rs.getMetaData();
      int n = rsmd.getColumnCount();
      StringBuilder sb = new StringBuilder("{\"call\":").append(json(sql)).append(",\"rows\":[");
      boolean first = true;
      while (rs.next()) {
        if (!first) sb.append(',');
        first = false;
        sb.append('{');
        for (int i = 1; i <= n; i++) {
          if (i > 1) sb.append(',');
          sb.append(json(rsmd.getColumnLabel(i))).append(':').append(jsonValue(value(rs, i, rsmd.getColumnType(i))));
        }
        sb.append('}');
      }
      out.println(sb.append("]}"));
    } catch (Exception e) {
      printError(sql, e);
    }
  }

  // ---- query / prepared -------------------------------------------------------------------------

  private static void query(Connection conn, String sql) {
    try (Statement st = conn.createStatement()) {
      printResults("query", st, st.execute(sql));
    } catch (Exception e) {
      printError("query", e);
    }
  }

  private static void prepared(Connection conn, String sql, String[] params) {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) bind(ps, i + 1, params[i]);
      printResults("prepared", ps, ps.execute());
    } catch (Exception e) {
      printError("prepared", e);
    }
  }

  private static void bind(PreparedStatement ps, int index, String param) throws SQLException {
    int colon = param.indexOf(':');
    if (colon < 0) throw new IllegalArgumentException("parameter without a type prefix (i:, l:, d:, b:, s:, n:): " + param);
    String kind = param.substring(0, colon);
    String v = param.substring(colon + 1);
    switch (kind) {
      case "i" -> ps.setInt(index, Integer.parseInt(v));
      case "l" -> ps.setLong(index, Long.parseLong(v));
      case "d" -> ps.setDouble(index, Double.parseDouble(v));
      case "b" -> ps.setBoolean(index, Boolean.parseBoolean(v));
      case "s" -> ps.setString(index, v);
      case "n" -> ps.setNull(index, Types.VARCHAR);
      default -> throw new IllegalArgumentException("unknown parameter prefix: " + param);
    }
  }

  private static void printResults(String call, Statement st, boolean isResultSet) throws SQLException {
    while (true) {
      if (isResultSet) {
        try (ResultSet rs = st.getResultSet()) {
          printResultSet(call, rs);
        }
      } else {
        int count = st.getUpdateCount();
        if (count == -1) return;
        out.println("{\"call\":" + json(call) + ",\"updateCount\":" + count + "}");
      }
      isResultSet = st.getMoreResults();
    }
  }

  private static void printResultSet(String call, ResultSet rs) throws SQLException {
    ResultSetMetaData rsmd = rs.getMetaData();
    int n = rsmd.getColumnCount();
    StringBuilder sb = new StringBuilder("{\"call\":").append(json(call)).append(",\"columns\":[");
    for (int i = 1; i <= n; i++) {
      if (i > 1) sb.append(',');
      sb.append("{\"name\":").append(json(rsmd.getColumnName(i)))
          .append(",\"label\":").append(json(rsmd.getColumnLabel(i)))
          .append(",\"jdbcType\":").append(json(jdbcTypeName(rsmd.getColumnType(i))))
          .append(",\"typeName\":").append(json(rsmd.getColumnTypeName(i)))
          .append('}');
    }
    sb.append("],\"rows\":[");
    boolean first = true;
    while (rs.next()) {
      if (!first) sb.append(',');
      first = false;
      sb.append('[');
      for (int i = 1; i <= n; i++) {
        if (i > 1) sb.append(',');
        sb.append(jsonValue(value(rs, i, rsmd.getColumnType(i))));
      }
      sb.append(']');
    }
    out.println(sb.append("]}"));
  }

  private static String jdbcTypeName(int type) {
    try {
      return JDBCType.valueOf(type).getName();
    } catch (IllegalArgumentException e) {
      return String.valueOf(type);
    }
  }

  // ---- values and JSON --------------------------------------------------------------------------

  private static Object value(ResultSet rs, int i, int type) throws SQLException {
    switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE,
          Types.BOOLEAN, Types.BIT -> {
        Object v = rs.getObject(i);
        if (v instanceof Number || v instanceof Boolean || v == null) return v;
        return rs.getString(i);
      }
      default -> {
        return rs.getString(i);
      }
    }
  }

  private static String jsonValue(Object v) {
    if (v == null) return "null";
    if (v instanceof Boolean) return v.toString();
    if (v instanceof BigDecimal) return json(v.toString());
    if (v instanceof Long l) return Math.abs(l) <= 9007199254740991L ? l.toString() : json(l.toString());
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? v.toString() : json(v.toString());
    }
    if (v instanceof Number) return v.toString();
    return json(v.toString());
  }

  private static String json(String s) {
    if (s == null) return "null";
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    return sb.append('"').toString();
  }

  private static void printError(String call, Exception e) {
    String state = e instanceof SQLException se ? se.getSQLState() : null;
    String msg = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    out.println("{\"call\":" + json(call) + ",\"error\":" + json(msg) + ",\"sqlstate\":" + json(state) + "}");
  }
}
