package dev.rocky.compiler.bind;

import static dev.rocky.compiler.bind.BindSupport.bind;
import static dev.rocky.compiler.bind.BindSupport.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.types.TypedColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rocky's expression typing rules (spec 4.2), one expression per row, typed as the only output column
 * of {@code SELECT <expr> AS x FROM raw.orders}. raw.orders: id BIGINT NOT NULL, customer_id BIGINT
 * NOT NULL, amount DECIMAL(10,2), qty INTEGER, price DOUBLE, status VARCHAR, ts TIMESTAMP, d DATE,
 * flag BOOLEAN NOT NULL, tags VARCHAR[], meta STRUCT(a INTEGER, b VARCHAR).
 */
class ExpressionTypingTest {

  @ParameterizedTest(name = "{0} : {1} {2}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      # literals
      1                                   ; Int64          ; false
      1.50                                ; Decimal(3,2)   ; false
      1e3                                 ; Float64        ; false
      'text'                              ; String         ; false
      TRUE                                ; Boolean        ; false
      NULL                                ; Unknown        ; true
      DATE '2024-01-01'                   ; Date           ; false
      TIMESTAMP '2024-01-01 00:00:00'     ; Timestamp      ; false
      @start_date                         ; Timestamp      ; false
      # columns
      id                                  ; Int64          ; false
      amount                              ; Decimal(10,2)  ; true
      tags                                ; Array(String)  ; true
      # casts keep the operand's nullability; TRY_CAST is always nullable
      CAST(qty AS BIGINT)                 ; Int64          ; true
      CAST(id AS VARCHAR)                 ; String         ; false
      id::DOUBLE                          ; Float64        ; false
      qty::DECIMAL(12,4)                  ; Decimal(12,4)  ; true
      TRY_CAST(id AS INTEGER)             ; Int32          ; true
      CAST(ts AS DATE)                    ; Date           ; true
      CAST(status AS TEXT)                ; String         ; true
      # arithmetic: common supertype, nullable if either side is
      id + 1                              ; Int64          ; false
      qty + id                            ; Int64          ; true
      qty * price                         ; Float64        ; true
      amount + qty                        ; Decimal(12,2)  ; true
      amount * 2.5                        ; Decimal(10,2)  ; true
      id % 7                              ; Int64          ; false
      -qty                                ; Int32          ; true
      status + 1                          ; Unknown        ; true
      ts + INTERVAL '1' DAY               ; Timestamp      ; true
      d + INTERVAL '1' DAY                ; Timestamp      ; true
      d + 1                               ; Date           ; true
      d - d                               ; Int64          ; true
      status || '!'                       ; String         ; true
      'a' || 'b'                          ; String         ; false
      # predicates
      id > 1                              ; Boolean        ; false
      qty > 1                             ; Boolean        ; true
      flag AND id = 1                     ; Boolean        ; false
      NOT flag                            ; Boolean        ; false
      status IS NULL                      ; Boolean        ; false
      status IS DISTINCT FROM 'x'         ; Boolean        ; false
      id IN (1, 2)                        ; Boolean        ; false
      qty BETWEEN 1 AND 5                 ; Boolean        ; true
      status LIKE 'a%'                    ; Boolean        ; true
      status ILIKE 'a%'                   ; Boolean        ; true
      EXISTS (SELECT 1 FROM raw.customers) ; Boolean       ; false
      id IN (SELECT id FROM raw.customers) ; Boolean       ; false
      # CASE: supertype of the branches, nullable without ELSE
      CASE WHEN flag THEN 1 ELSE 2 END    ; Int64          ; false
      CASE WHEN flag THEN 1 END           ; Int64          ; true
      CASE WHEN flag THEN qty ELSE id END ; Int64          ; true
      CASE WHEN flag THEN 'a' ELSE NULL END ; String       ; true
      CASE status WHEN 'a' THEN 1.5 ELSE 2 END ; Decimal(20,1) ; false
      CASE WHEN flag THEN 'a' ELSE 1 END  ; Unknown        ; false
      # conditional functions
      COALESCE(qty, 0)                    ; Int64          ; false
      COALESCE(qty, price)                ; Float64        ; true
      COALESCE(NULL, status)              ; String         ; true
      IFNULL(status, 'none')              ; String         ; false
      NULLIF(id, 0)                       ; Int64          ; true
      IF(flag, 'a', 'b')                  ; String         ; false
      IFF(flag, qty, NULL)                ; Int32          ; true
      IF(flag, NULL, 'b')                 ; String         ; true
      GREATEST(qty, id)                   ; Int64          ; true
      LEAST(id, 1)                        ; Int64          ; false
      # aggregates
      COUNT(*)                            ; Int64          ; false
      COUNT(DISTINCT status)              ; Int64          ; false
      SUM(qty)                            ; Int64          ; true
      SUM(amount)                         ; Decimal(10,2)  ; true
      SUM(price)                          ; Float64        ; true
      AVG(qty)                            ; Float64        ; true
      AVG(amount)                         ; Float64        ; true
      MIN(ts)                             ; Timestamp      ; true
      MAX(status)                         ; String         ; true
      ARRAY_AGG(status)                   ; Array(String)  ; true
      STRING_AGG(status, ',')             ; String         ; true
      BOOL_OR(flag)                       ; Boolean        ; true
      STDDEV(price)                       ; Float64        ; true
      COUNT(*) FILTER (WHERE flag)        ; Int64          ; false
      # window functions
      ROW_NUMBER() OVER (ORDER BY id)     ; Int64          ; false
      RANK() OVER (PARTITION BY status ORDER BY ts) ; Int64 ; false
      DENSE_RANK() OVER (ORDER BY ts)     ; Int64          ; false
      NTILE(4) OVER (ORDER BY id)         ; Int64          ; false
      PERCENT_RANK() OVER (ORDER BY id)   ; Float64        ; false
      CUME_DIST() OVER (ORDER BY id)      ; Float64        ; false
      LAG(amount) OVER (ORDER BY ts)      ; Decimal(10,2)  ; true
      LEAD(id, 1) OVER (ORDER BY ts)      ; Int64          ; true
      FIRST_VALUE(status) OVER (ORDER BY ts) ; String      ; true
      SUM(qty) OVER (PARTITION BY status) ; Int64          ; true
      # string functions
      UPPER(status)                       ; String         ; true
      LOWER(TRIM(status))                 ; String         ; true
      SUBSTRING(status FROM 1 FOR 2)      ; String         ; true
      CONCAT(status, 'x')                 ; String         ; true
      REPLACE(status, 'a', 'b')           ; String         ; true
      LENGTH(status)                      ; Int64          ; true
      POSITION('a' IN status)             ; Int64          ; true
      # numeric functions
      ABS(amount)                         ; Decimal(10,2)  ; true
      ROUND(price, 2)                     ; Float64        ; true
      CEIL(amount)                        ; Decimal(10,2)  ; true
      FLOOR(id)                           ; Int64          ; false
      SIGN(qty)                           ; Int32          ; true
      SQRT(qty)                           ; Float64        ; true
      POWER(qty, 2)                       ; Float64        ; true
      LN(price)                           ; Float64        ; true
      # date functions
      NOW()                               ; Timestamp      ; false
      CURRENT_TIMESTAMP                   ; Timestamp      ; false
      CURRENT_DATE                        ; Date           ; false
      DATE(ts)                            ; Date           ; true
      TO_TIMESTAMP(status)                ; Timestamp      ; true
      YEAR(d)                             ; Int32          ; true
      EXTRACT(MONTH FROM d)               ; Int32          ; true
      DATE_TRUNC('day', ts)               ; Timestamp      ; true
      DATEDIFF('day', d, d)               ; Int64          ; true
      # subscripts, struct fields, subqueries, unknown functions
      tags[1]                             ; String         ; true
      meta.a                              ; Int32          ; true
      (SELECT MAX(id) FROM raw.customers) ; Int32          ; true
      no_such_function(qty)               ; Unknown        ; true
      """)
  void typesExpression(String expr, String type, boolean nullable) {
    ModelAnalysis a = bind("SELECT " + expr + " AS x FROM raw.orders");
    TypedColumn x = column(a, "x");
    assertThat(x.type().typeName()).as("type of %s", expr).isEqualTo(type);
    assertThat(x.nullable()).as("nullability of %s", expr).isEqualTo(nullable);
    assertThat(a.diagnostics()).as("diagnostics of %s", expr).isEmpty();
  }
}
