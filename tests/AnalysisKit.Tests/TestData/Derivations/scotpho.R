# Expected values for ScotPHO's EASR and finite-population-corrected percentages: a base-R transcription of
# scotpho-indicator-production (github.com/Public-Health-Scotland/scotpho-indicator-production, e7ee723)
# functions/helper functions/calculate_easr.R (epop_age = "normal") and calculate_perc_pcf.R. Those use
# dplyr::mutate/case_when/summarise; each step below is the same expression in base R, in the same order.
#
# Usage: Rscript scotpho.R <output folder>
out <- commandArgs(trailingOnly = TRUE)[1]
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

# ---- calculate_easr: rows of (age_grp 1-19, numerator, denominator) for one area, summed over age (and sex) ----
epop <- c(5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000)
easr <- function(age_grp, numerator, denominator, epop_total) {
  e <- epop[age_grp]
  easr_first <- numerator * e / denominator
  var_dsr <- (numerator * e^2) / denominator^2
  easr_first <- ifelse(is.infinite(easr_first), NA, easr_first)
  var_dsr <- ifelse(is.infinite(var_dsr), NA, var_dsr)
  easr_first[is.na(easr_first)] <- 0
  var_dsr[is.na(var_dsr)] <- 0
  numerator <- sum(numerator, na.rm = TRUE); easr_first <- sum(easr_first, na.rm = TRUE); var_dsr <- sum(var_dsr, na.rm = TRUE)
  easr <- easr_first / epop_total
  o_lower <- numerator * (1 - (1 / (9 * numerator)) - (1.96 / (3 * sqrt(numerator))))^3
  o_upper <- (numerator + 1) * (1 - (1 / (9 * (numerator + 1))) + (1.96 / (3 * sqrt(numerator + 1))))^3
  var <- (1 / epop_total^2) * var_dsr
  rate <- easr * 100000
  lowci <- (easr + sqrt(var / numerator) * (o_lower - numerator)) * 100000
  upci <- (easr + sqrt(var / numerator) * (o_upper - numerator)) * 100000
  v <- c(rate = rate, lowci = lowci, upci = upci)
  v[is.na(v)] <- 0
  if (v[["lowci"]] < 0) v[["lowci"]] <- 0
  c(numerator = numerator, v)
}
set.seed(31)
band_pop <- round(c(2500, 2700, 2600, 2400, 2300, 2500, 2700, 2800, 3000, 3100, 3000, 2800, 2600, 2300, 1900, 1400, 900, 500, 200) * runif(19, 0.8, 1.2))
inputs <- list()
# A: ordinary area; B: band 19 (90+) and 18 with population 0 and no events; C: 0 events overall (two empty bands);
# D: 2 events, one in a 90+ band of 20 people (lower limit negative -> 0); E/F: males and females of one area, F with an empty 90+ band (persons, 200000).
inputs$A <- list(pop = band_pop, x = rpois(19, band_pop * seq(0.0005, 0.03, length.out = 19)), total = 100000)
inputs$B <- list(pop = replace(band_pop, 18:19, 0), x = replace(rpois(19, band_pop * 0.004), 18:19, 0), total = 100000)
inputs$C <- list(pop = replace(band_pop, c(1, 19), 0), x = rep(0, 19), total = 100000)
inputs$D <- list(pop = replace(band_pop, 19, 20), x = replace(rep(0, 19), c(5, 19), 1), total = 100000)
male <- list(pop = band_pop, x = rpois(19, band_pop * 0.006))
female <- list(pop = replace(round(band_pop * 1.05), 19, 0), x = replace(rpois(19, band_pop * 0.005), 19, 0))
rows <- data.frame()
results <- data.frame()
for (area in names(inputs)) {
  a <- inputs[[area]]
  rows <- rbind(rows, data.frame(area = area, sex = "all", age_grp = 1:19, numerator = a$x, denominator = a$pop))
  r <- easr(1:19, a$x, a$pop, a$total)
  results <- rbind(results, data.frame(area = area, epop_total = a$total, numerator = r[["numerator"]],
                                       rate = r[["rate"]], lowci = r[["lowci"]], upci = r[["upci"]]))
}
rows <- rbind(rows, data.frame(area = "persons", sex = "male", age_grp = 1:19, numerator = male$x, denominator = male$pop),
              data.frame(area = "persons", sex = "female", age_grp = 1:19, numerator = female$x, denominator = female$pop))
r <- easr(c(1:19, 1:19), c(male$x, female$x), c(male$pop, female$pop), 200000)
results <- rbind(results, data.frame(area = "persons", epop_total = 200000, numerator = r[["numerator"]],
                                     rate = r[["rate"]], lowci = r[["lowci"]], upci = r[["upci"]]))
write.csv(rows, file.path(out, "scotpho_easr_input.csv"), row.names = FALSE, quote = FALSE)
for (col in c("rate", "lowci", "upci")) results[[col]] <- num(results[[col]])
write.csv(results, file.path(out, "scotpho_easr_output.csv"), row.names = FALSE, quote = FALSE)

# ---- calculate_perc_pcf ----
perc_pcf <- function(numerator, denominator, est_pop) {
  est_pop <- ifelse(is.na(denominator), 0, est_pop)
  pcf <- ifelse(est_pop > 0, sqrt((est_pop - denominator) / (est_pop - 1)), ifelse(est_pop == 0, 1, NA))
  rate <- numerator / denominator * 100
  ci_interval <- ifelse(est_pop < denominator, 0,
                        ifelse(est_pop >= denominator, 1.96 * sqrt(((rate * (100 - rate)) / denominator) * pcf), NA))
  lowci <- rate - ci_interval
  upci <- rate + ci_interval
  upci <- ifelse(!is.na(upci) & upci > 100, 100, upci)
  lowci <- ifelse(!is.na(lowci) & lowci < 0, 0, lowci)
  data.frame(numerator = numerator, denominator = denominator, est_pop = est_pop, rate = num(rate),
             lowci = num(lowci), upci = num(upci))
}
p <- suppressWarnings(perc_pcf(
  numerator   = c(45, 120, 3, 0, 199, 200, 60, 60, 60, 1, 37),
  denominator = c(150, 400, 250, 80, 200, 200, 300, 300, 300, 2, 92),
  est_pop     = c(900, 2400, 1500, 500, 230, 200, 250, 0, NA, 400, 93)))
p$case <- c("ordinary", "ordinary", "low-clamped", "zero", "high-clamped", "census", "sample-above-estimate",
            "no-estimate", "missing-estimate", "tiny-sample", "near-census")
write.csv(p, file.path(out, "scotpho_perc_pcf.csv"), row.names = FALSE, quote = FALSE)
