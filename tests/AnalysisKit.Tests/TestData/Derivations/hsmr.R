# Expected values for HsmrFunnel: a base-R transcription of PHS's HSMR funnel code (github.com/Public-Health-Scotland/hsmr,
# create_smr_data.R, "Create warning and control confidence limits for funnel plot", identical in
# create_excel_tables.R). That code uses dplyr::mutate/case_when/if_else; each step below is the same expression in
# base R, in the same order, on one period of hospitals. round_half_up is janitor's (setup_environment.R loads janitor):
# trunc(|x|·10^d + 0.5 + √ε)/10^d with x's sign. smr = deaths/pred as in R/smr_data.R (unrounded).
#
# Usage: Rscript hsmr.R <output folder>
out <- commandArgs(trailingOnly = TRUE)[1]
round_half_up <- function(x, digits = 0) {
  posneg <- sign(x)
  z <- abs(x) * 10^digits
  z <- z + 0.5 + sqrt(.Machine$double.eps)
  z <- trunc(z)
  z <- z / 10^digits
  z * posneg
}
funnel <- function(case, deaths, pred) {
  smr <- deaths / pred
  st_err <- round_half_up(sqrt(1 / round_half_up(pred, 8)), 8)
  z <- round_half_up(((round_half_up(smr, 8) - 1) / round_half_up(st_err, 8)), 8)
  z_score <- z
  z_max <- max(z); z_min <- min(z)
  z_flag <- ifelse(z == z_max, 1, ifelse(z == z_min, -1, 0))   # case_when: first match wins
  z <- ifelse(z == z_max | z == z_min, 0, z)
  z_max <- max(z); z_min <- min(z)                               # over the vector still holding those zeros
  z <- ifelse(z_flag == 1, z_max, ifelse(z_flag == -1, z_min, z))
  z_flag <- ifelse(z != 0, 1, 0)
  w_score <- round_half_up(sqrt(sum(round_half_up(z * z, 8)) / sum(z_flag)), 8)
  uwl <- 1 + 1.96 * round_half_up(st_err * w_score, 8)
  ucl <- 1 + 3.09 * round_half_up(st_err * w_score, 8)
  lwl <- 1 - 1.96 * round_half_up(st_err * w_score, 8)
  lcl <- 1 - 3.09 * round_half_up(st_err * w_score, 8)
  flag <- ifelse(smr > ucl, "1", ifelse(smr < lcl, "2", ifelse(smr > uwl & smr <= ucl, "3",
          ifelse(smr < lwl & smr >= lcl, "4", "0"))))
  data.frame(case = case, hospital = seq_along(deaths), deaths = deaths, pred = pred, smr = smr, st_err = st_err,
             z = z_score, z_winsorised = z, w_score = w_score, uwl = uwl, ucl = ucl, lwl = lwl, lcl = lcl, flag = flag)
}
set.seed(2024)
pred <- round(runif(30, 40, 900), 6) + runif(30) / 7   # predicted deaths with long decimals, as from a model
deaths <- rpois(30, pred * exp(rnorm(30, 0, 0.2)))
ties <- c(130, 130, 120, 110, 80, 80, 95, 100)            # tied largest and tied smallest z
d <- rbind(
  funnel("issue", c(130, 120, 110, 105), rep(100, 4)),     # all z > 0: the smallest is replaced by 0
  funnel("synthetic", deaths, pred),
  funnel("ties", ties, rep(100, length(ties))))
num <- function(x) sprintf("%.17g", x)
for (col in c("deaths", "pred", "smr", "st_err", "z", "z_winsorised", "w_score", "uwl", "ucl", "lwl", "lcl")) d[[col]] <- num(d[[col]])
write.csv(d, file.path(out, "hsmr_funnel_derived.csv"), row.names = FALSE, quote = FALSE)
