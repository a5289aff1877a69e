# Expected values for QicChart / QicSummary from qicharts2 0.8.1's own code path.
# qicharts2 cannot be installed here (no CRAN), so this sources the package's R files (R/qic.R,
# R/helper.functions.R, R/qic.summary.R of github.com/anhoej/qicharts2 at a269fd0, the 0.8.1 release) and calls
# qic(..., return.data = TRUE) and summary.qic on its result. Only base R and stats are needed on that path.
#
# Usage: Rscript qicharts2.R <qicharts2 source folder> <hospital_infections.csv> <output folder>
args <- commandArgs(trailingOnly = TRUE)
src <- args[1]; hai <- args[2]; out <- args[3]
for (f in c("qic.R", "helper.functions.R", "qic.summary.R")) source(file.path(src, "R", f))
options(qic.screenedmr = TRUE)  # as when the package is attached (.onAttach)

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_table <- function(d, file) {
  for (col in names(d)) if (is.numeric(d[[col]])) d[[col]] <- num(d[[col]])
  write.csv(d, file.path(out, file), row.names = FALSE, quote = FALSE)
}
summ <- function(d) summary.qic(list(data = d))

# 1. A missing numerator with its denominator present (complete.cases in qic.R drops the pair).
month <- seq(as.Date("2024-01-01"), by = "month", length.out = 14)
y <- c(10, NA, 12, 9, 15, 11, 8, 14, 13, NA, 10, 16, 12, 9)
n <- c(100, 50, 100, 90, 120, 110, 95, 105, 100, 80, 90, 130, 100, 85)
rows <- list()
sums <- list()
for (chart in c("p", "pp", "u", "up")) {
  mult <- if (chart %in% c("u", "up")) 1000 else 1
  d <- qic(month, y, n, chart = chart, multiply = mult, return.data = TRUE)
  rows[[chart]] <- data.frame(chart = chart, month = format(month), num = y, den = n,
                              d[c("n", "y", "cl", "lcl", "ucl", "lcl.95", "ucl.95", "sigma.signal")])
  d2 <- qic(month, y, n, chart = chart, multiply = mult, part = 7, exclude = 4, return.data = TRUE)
  s <- rbind(cbind(options = "none", summ(d)), cbind(options = "part7_exclude4", summ(d2)))
  sums[[chart]] <- cbind(chart = chart, s)
}
write_table(do.call(rbind, rows), "qic_missing_numerator_points.csv")
write_table(do.call(rbind, sums), "qic_missing_numerator_summary.csv")

# 2. summary() of qicharts2's own hospital_infections tests (hai_1 to hai_4), all columns.
h <- read.csv(hai)
h$month <- as.Date(h$month)
s1 <- summ(qic(month, n, days, data = h, chart = "u", return.data = TRUE))
s2 <- summ(qic(month, n, days, data = h, chart = "u", facets = ~infection, return.data = TRUE))
s3 <- summ(qic(month, n, days, data = h, chart = "u", facets = hospital ~ infection, return.data = TRUE))
h4 <- h[h$month >= as.Date("2016-07-01"), ]
s4 <- summ(qic(reorder(hospital, days), n, days, data = h4, chart = "u", multiply = 10000,
               facets = ~infection, return.data = TRUE))
write_table(rbind(cbind(test = "hai_1", s1), cbind(test = "hai_2", s2), cbind(test = "hai_3", s3),
                  cbind(test = "hai_4", s4)), "qic_hai_summary_all_columns.csv")
