# Expected values for AnalysisKit.Prescribing: a base-R transcription of OpenPrescribing's measure calculation
# (github.com/ebmdatalab/openprescribing at 62015f4, openprescribing/frontend/management/commands/measure_sql):
#   practice_ratios.sql      calc_value = IEEE_DIVIDE(numerator, denominator), infinite or NaN -> NULL
#   practice_percent_rank.sql percentile = PERCENT_RANK() OVER (PARTITION BY month ORDER BY calc_value), NULLs apart
#                             (= (rank(ties.method = "min") - 1) / (n - 1), as OpenPrescribing's own pandas tests write it)
#   global_deciles_practices.sql  PERCENTILE_CONT(calc_value, p) = quantile(type = 7)
#   practice_list_size_measure_cost_savings.sql  cost_savings_10 = numerator - practice_10th * denominator
#   global_cost_savings.sql  SUM(IF(cost_savings_10 > 0, cost_savings_10, 0))
# Only aggregates are written for the third-party extract (deciles, counts, sums, three practices in one month), never
# its rows.
#
# Usage: Rscript openprescribing.R <items_for_antibacterial_drugs_per_1000_patients_on_list.csv> <output folder>
args <- commandArgs(trailingOnly = TRUE)
out <- args[2]
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

calc_value <- function(numerator, denominator) {
  v <- numerator / denominator
  v[is.infinite(v) | is.nan(v)] <- NA
  v
}
percent_rank <- function(v) {
  r <- rep(NA_real_, length(v))
  ok <- !is.na(v)
  n <- sum(ok)
  r[ok] <- if (n == 1) 0 else (rank(v[ok], ties.method = "min") - 1) / (n - 1)
  r * 100
}
# probs = (1:9) / 10, the correctly rounded tenths (seq(0.1, 0.9, 0.1) gives 0.7000000000000001).
deciles <- function(v) unname(quantile(v[!is.na(v)], probs = (1:9) / 10, type = 7))

# ---- a small vector by hand: ties, a missing value, an infinite ratio ----
small_n <- c(3, 0, 5, 5, 12, 7, 0, 9, 2, 4)
small_d <- c(10, 10, 20, 20, 30, 0, 0, 15, 8, 10)
v <- calc_value(small_n, small_d)
small <- data.frame(unit = paste0("U", seq_along(v)), numerator = small_n, denominator = small_d, value = v,
                    percentile = percent_rank(v), saving = small_n - deciles(v)[1] * small_d)
writeLines(c("unit,numerator,denominator,value,percentile,saving10",
             sprintf("%s,%s,%s,%s,%s,%s", small$unit, num(small$numerator), num(small$denominator), num(small$value),
                     num(small$percentile), num(small$saving))), file.path(out, "op_small_units.csv"))
writeLines(c("percentile,value", sprintf("%d,%s", seq(10, 90, 10), num(deciles(v)))), file.path(out, "op_small_deciles.csv"))

# ---- the OpenPrescribing Manchester CCG extract: items and cost per 1,000 patients on the list ----
x <- read.csv(args[1], stringsAsFactors = FALSE)
x$thousands <- x$total_list_size / 1000
rows <- c("month,units,items_p10,items_p20,items_p30,items_p40,items_p50,items_p60,items_p70,items_p80,items_p90,items_percentile_sum,cost_p10,cost_p50,cost_p90,cost_savings10_positive_sum")
named <- c("month,practice,items_value,items_percentile,cost_value,cost_percentile,cost_saving10")
for (m in sort(unique(x$date))) {
  d <- x[x$date == m, ]
  items <- calc_value(d$y_items, d$thousands) * 1
  cost <- calc_value(d$y_actual_cost, d$thousands)
  items_d <- deciles(items); cost_d <- deciles(cost)
  saving <- d$y_actual_cost - cost_d[1] * d$thousands
  rows <- c(rows, paste(c(m, sum(!is.na(items)), num(items_d), num(sum(percent_rank(items), na.rm = TRUE)),
                          num(cost_d[c(1, 5, 9)]), num(sum(ifelse(saving > 0, saving, 0)))), collapse = ","))
  if (m == "2019-09-01") {
    for (p in c("P84005", "P84009", "P84626")) {
      i <- which(d$id == p)
      named <- c(named, paste(m, p, num(items[i]), num(percent_rank(items)[i]), num(cost[i]), num(percent_rank(cost)[i]),
                              num(saving[i]), sep = ","))
    }
  }
}
writeLines(rows, file.path(out, "op_manchester_months.csv"))
writeLines(named, file.path(out, "op_manchester_practices.csv"))
